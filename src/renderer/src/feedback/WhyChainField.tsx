import { useEffect, useRef, type KeyboardEvent } from 'react';
import { MAX_WHY_STEPS, cleanWhyChain, whyNudge } from '../../../shared/feedback/why-chain';
import { Button } from '../ui/Button';

interface WhyChainFieldProps {
  steps: string[];
  onChange: (steps: string[]) => void;
  /** Called when the CSM presses Enter on an empty step: the chain is finished. */
  onDone: () => void;
  errors?: (string | undefined)[] | undefined;
}

/**
 * The "why?" chain as a growing list: Enter on an answer opens the next step, Enter on an
 * empty step stops, Backspace on an empty step removes it. A hint nudges for a second "why".
 */
export function WhyChainField({ steps, onChange, onDone, errors }: WhyChainFieldProps) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // A step added or removed exists only after the parent re-renders: focus it then.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    inputs.current[pendingFocus.current]?.focus();
    pendingFocus.current = null;
  });
  const setFocusIndex = (index: number) => {
    pendingFocus.current = index;
  };

  const answered = cleanWhyChain(steps).length;
  const nudge = whyNudge(answered);
  const canAdd = steps.length < MAX_WHY_STEPS;

  const set = (index: number, value: string) => onChange(steps.map((s, i) => (i === index ? value : s)));
  const remove = (index: number) => {
    const next = steps.filter((_, i) => i !== index);
    onChange(next.length === 0 ? [''] : next);
    setFocusIndex(Math.max(0, index - 1));
  };
  const add = () => {
    if (!canAdd) return;
    onChange([...steps, '']);
    setFocusIndex(steps.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const value = steps[index] ?? '';
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (value.trim() === '') {
        onDone();
      } else if (index === steps.length - 1) {
        add();
      } else {
        inputs.current[index + 1]?.focus();
      }
    } else if (event.key === 'Backspace' && value === '' && steps.length > 1) {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <fieldset className="why-chain-field">
      <legend className="field-label">Why? Dig for the problem underneath</legend>
      <ol className="why-steps">
        {steps.map((step, index) => (
          <li key={index} className="why-step">
            <label className="why-step-label" htmlFor={`why-step-${index}`}>
              Why {index + 1}
            </label>
            <div className="why-step-input">
              <input
                id={`why-step-${index}`}
                ref={(el) => {
                  inputs.current[index] = el;
                }}
                className="input"
                value={step}
                placeholder={index === 0 ? 'Why do they need that?' : 'And why is that?'}
                aria-invalid={errors?.[index] ? true : undefined}
                onChange={(e) => set(index, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, index)}
              />
              {steps.length > 1 && (
                <Button size="sm" variant="ghost" aria-label={`Remove why ${index + 1}`} onClick={() => remove(index)}>
                  ✕
                </Button>
              )}
            </div>
            {errors?.[index] && (
              <span className="error" role="alert">
                {errors[index]}
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="row why-chain-foot">
        <span className={nudge ? 'why-nudge' : 'hint'} role="status">
          {nudge ?? 'Stop when the answer is a problem, not a solution.'}
        </span>
        <span className="spacer" />
        {canAdd && (
          <Button size="sm" variant="ghost" onClick={add}>
            Add a why
          </Button>
        )}
      </div>
    </fieldset>
  );
}
