import { useState } from 'react';
import type { Contact } from '../../../shared/contacts/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDay } from '../ui/format';
import { toast } from '../ui/toasts';
import { ContactForm } from './ContactForm';
import { contactToForm, emptyContact } from './contact-form-values';
import { useContacts } from './queries';

type Editing = { mode: 'new' } | { mode: 'edit'; contact: Contact } | null;

export function ContactsCard({ accountId }: { accountId: string }) {
  const { data: contacts, error: loadError } = useContacts(accountId);
  const error = loadError?.message;
  const removeContact = useApiMutation('contacts.remove');
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);

  const remove = async (contact: Contact) => {
    setRemoving(null);
    try {
      await removeContact.mutateAsync({ id: contact.id });
      toast.info(`Removed ${contact.name}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <section className="card" aria-label="Contacts">
      <div className="card-header">
        <h2>Contacts</h2>
        <Button size="sm" onClick={() => setEditing({ mode: 'new' })}>
          Add contact
        </Button>
      </div>
      {error && (
        <p className="form-error card-body" role="alert">
          {error}
        </p>
      )}
      {contacts && contacts.length === 0 && (
        <div className="card-body">
          <p className="muted">
            No contacts yet. Add the people you work with — mark the champion and the decision maker, so you notice when
            one of them leaves.
          </p>
        </div>
      )}
      {contacts && contacts.length > 0 && (
        <ul className="contact-list">
          {contacts.map((c) => (
            <li key={c.id} className={c.leftOn ? 'contact left' : 'contact'}>
              <div className="contact-main">
                <div className="row">
                  <strong>
                    {c.salutation ? `${c.salutation} ` : ''}
                    {c.name}
                  </strong>
                  {c.isChampion && <span className="badge badge-ok">Champion</span>}
                  {c.isDecisionMaker && <span className="badge badge-info">Decision maker</span>}
                  {c.isSponsor && <span className="badge badge-info">Sponsor</span>}
                  {c.isEconomicBuyer && <span className="badge badge-info">Economic buyer</span>}
                  {c.leftOn && <span className="badge badge-warn">Left {formatDay(c.leftOn)}</span>}
                </div>
                <div className="muted contact-meta">
                  {[c.title, c.role].filter(Boolean).join(' · ') || 'No title recorded'}
                </div>
                <div className="contact-meta">
                  {c.email && (
                    <a href={`mailto:${c.email}`} target="_blank" rel="noreferrer">
                      {c.email}
                    </a>
                  )}
                  {c.email && c.phone && <span className="faint"> · </span>}
                  {c.phone && <span>{c.phone}</span>}
                </div>
              </div>
              <div className="row">
                <Button size="sm" variant="ghost" aria-label={`Edit ${c.name}`} onClick={() => setEditing({ mode: 'edit', contact: c })}>
                  Edit
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Remove ${c.name}`} onClick={() => setRemoving(c)}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ContactForm
          accountId={accountId}
          {...(editing.mode === 'edit' ? { contact: editing.contact } : {})}
          initial={editing.mode === 'edit' ? contactToForm(editing.contact) : emptyContact()}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            toast.info(editing.mode === 'edit' ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
          }}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'contact'}?`}
        message="Removing deletes the contact for good. If they left the company, edit them and tick “Left the company” instead: it keeps the history."
        confirmLabel="Remove"
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
