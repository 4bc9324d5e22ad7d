import { randomUUID } from 'node:crypto';
import type { Contact } from '../../shared/contacts/schema';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { indexDocument, removeDocument } from '../search/documents';
import { contactDocument } from './search-document';
import { deleteContact, findContact, insertContact, listAccountContacts, updateContactFields, type ContactFields } from './repository';

export function requireContact(store: Store, id: string): Contact {
  const contact = findContact(store, id);
  if (!contact) throw notFound('That contact');
  return contact;
}

/** An account's contacts: current ones first, then those who left; by name. */
export function listContacts(store: Store, accountId: string): Contact[] {
  getAccount(store, accountId);
  return listAccountContacts(store, accountId);
}

export function createContact(store: Store, accountId: string, fields: ContactFields, now: Date): Contact {
  return store.tx(() => {
    getAccount(store, accountId);
    const at = now.toISOString();
    const id = randomUUID();
    insertContact(store, id, accountId, fields, at);
    indexDocument(store, contactDocument(id, accountId, fields));
    return requireContact(store, id);
  });
}

export function updateContact(store: Store, id: string, fields: ContactFields, now: Date): Contact {
  return store.tx(() => {
    const current = requireContact(store, id);
    updateContactFields(store, id, fields, now.toISOString());
    indexDocument(store, contactDocument(id, current.accountId, fields));
    return requireContact(store, id);
  });
}

/** For mistakes only: someone who left the company is marked with `leftOn`, not removed. */
export function removeContact(store: Store, id: string): { id: string } {
  return store.tx(() => {
    requireContact(store, id);
    deleteContact(store, id);
    removeDocument(store, 'contact', id);
    return { id };
  });
}
