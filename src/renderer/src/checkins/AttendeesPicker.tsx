import { useId, useState } from 'react';
import type { Attendee } from '../../../shared/checkins/schema';
import type { Contact } from '../../../shared/contacts/schema';
import { Button } from '../ui/Button';

interface AttendeesPickerProps {
  contacts: Contact[];
  value: Attendee[];
  onChange: (attendees: Attendee[]) => void;
}

/** Who was in the meeting: the account's contacts (ticked) and anyone else by name. */
export function AttendeesPicker({ contacts, value, onChange }: AttendeesPickerProps) {
  const [other, setOther] = useState('');
  const inputId = useId();
  const present = new Set(value.map((a) => a.contactId).filter((id): id is string => id !== null));
  const current = contacts.filter((c) => c.leftOn === null || present.has(c.id));
  const others = value.filter((a) => a.contactId === null);

  const toggle = (contact: Contact, on: boolean) =>
    onChange(on ? [...value, { contactId: contact.id, name: contact.name }] : value.filter((a) => a.contactId !== contact.id));
  const addOther = () => {
    const name = other.trim();
    if (!name || others.some((a) => a.name === name)) return;
    onChange([...value, { contactId: null, name }]);
    setOther('');
  };

  return (
    <fieldset className="attendees">
      <legend>Attendees</legend>
      {current.length === 0 && <p className="faint">No contacts yet; add them on the Overview tab, or type names below.</p>}
      <div className="attendee-options">
        {current.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={present.has(c.id)} onChange={(e) => toggle(c, e.target.checked)} />
            {c.name}
            {c.title && <span className="faint"> · {c.title}</span>}
          </label>
        ))}
      </div>
      {others.length > 0 && (
        <ul className="attendee-chips" aria-label="Other attendees">
          {others.map((a) => (
            <li key={a.name} className="badge">
              {a.name}
              <button type="button" className="chip-remove" aria-label={`Remove ${a.name}`} onClick={() => onChange(value.filter((x) => x !== a))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <label htmlFor={inputId} className="visually-hidden">
          Someone else who attended
        </label>
        <input
          id={inputId}
          className="input"
          placeholder="Someone else (name)"
          value={other}
          maxLength={200}
          onChange={(e) => setOther(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addOther();
            }
          }}
        />
        <Button size="sm" onClick={addOther} disabled={other.trim() === ''}>
          Add
        </Button>
      </div>
    </fieldset>
  );
}
