import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../ui/Button';

interface ModulesInputProps {
  value: string[];
  onChange: (modules: string[]) => void;
  suggestions: readonly string[];
  error?: string | undefined;
}

/** The licensed modules as chips: type a name (earlier licenses' modules are suggested), Enter adds it. */
export function ModulesInput({ value, onChange, suggestions, error }: ModulesInputProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (!name) return;
    if (!value.some((m) => m.toLowerCase() === name.toLowerCase())) onChange([...value, name]);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };
  const offered = suggestions.filter((s) => !value.includes(s));
  return (
    <div className="field span-2">
      <label htmlFor={`${id}-input`}>Modules</label>
      <div className="chips" aria-label="Licensed modules" role="list">
        {value.map((m) => (
          <span key={m} className="chip" role="listitem">
            {m}
            <button type="button" aria-label={`Remove module ${m}`} onClick={() => onChange(value.filter((x) => x !== m))}>
              ✕
            </button>
          </span>
        ))}
        {value.length === 0 && <span className="faint">No modules yet: add the ones this license grants.</span>}
      </div>
      <div className="row modules-entry">
        <input
          id={`${id}-input`}
          className="input"
          list={`${id}-suggestions`}
          value={draft}
          placeholder="Type a module and press Enter"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button onClick={add} disabled={!draft.trim()}>
          Add module
        </Button>
      </div>
      <datalist id={`${id}-suggestions`}>
        {offered.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
