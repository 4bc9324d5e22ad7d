import { randomUUID } from 'node:crypto';
import type { Contact, ContactFields as ParsedContactFields } from '../../shared/contacts/schema';

/** The form's fields; `isEconomicBuyer` (migration 0012) may be left out by callers that predate it. */
type ContactFields = Omit<ParsedContactFields, 'isEconomicBuyer'> & { isEconomicBuyer?: boolean };
import type { Selectable } from 'kysely';
import type { ContactsTable } from '../db/schema';

type ContactRow = Selectable<ContactsTable>;
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { indexDocument, removeDocument } from '../search/documents';
import { contactDocument } from './search-document';

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    title: row.title,
    role: row.role,
    email: row.email,
    phone: row.phone,
    salutation: row.salutation,
    isChampion: row.is_champion === 1,
    isDecisionMaker: row.is_decision_maker === 1,
    isSponsor: row.is_sponsor === 1,
    isEconomicBuyer: row.is_economic_buyer === 1,
    leftOn: row.left_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const columns = (f: ContactFields) => ({
  name: f.name,
  title: f.title,
  role: f.role,
  email: f.email,
  phone: f.phone,
  salutation: f.salutation,
  is_champion: f.isChampion ? 1 : 0,
  is_decision_maker: f.isDecisionMaker ? 1 : 0,
  is_sponsor: f.isSponsor ? 1 : 0,
  is_economic_buyer: f.isEconomicBuyer === true ? 1 : 0,
  left_on: f.leftOn,
});

function requireContact(store: Store, id: string): Contact {
  const row = store.first(store.q.selectFrom('contacts').selectAll().where('id', '=', id));
  if (!row) throw notFound('That contact');
  return toContact(row);
}

/** An account's contacts: current ones first, then those who left; by name. */
export function listContacts(store: Store, accountId: string): Contact[] {
  getAccount(store, accountId);
  return store
    .all(
      store.q
        .selectFrom('contacts')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy((eb) => eb('left_on', 'is not', null))
        .orderBy('name'),
    )
    .map(toContact);
}

export function createContact(store: Store, accountId: string, fields: ContactFields, now: Date): Contact {
  return store.tx(() => {
    getAccount(store, accountId);
    const at = now.toISOString();
    const id = randomUUID();
    store.run(
      store.q.insertInto('contacts').values({ id, account_id: accountId, ...columns(fields), created_at: at, updated_at: at }),
    );
    indexDocument(store, contactDocument(id, accountId, fields));
    return requireContact(store, id);
  });
}

export function updateContact(store: Store, id: string, fields: ContactFields, now: Date): Contact {
  return store.tx(() => {
    const current = requireContact(store, id);
    store.run(store.q.updateTable('contacts').set({ ...columns(fields), updated_at: now.toISOString() }).where('id', '=', id));
    indexDocument(store, contactDocument(id, current.accountId, fields));
    return requireContact(store, id);
  });
}

/** For mistakes only: someone who left the company is marked with `leftOn`, not removed. */
export function removeContact(store: Store, id: string): { id: string } {
  return store.tx(() => {
    requireContact(store, id);
    store.run(store.q.deleteFrom('contacts').where('id', '=', id));
    removeDocument(store, 'contact', id);
    return { id };
  });
}
