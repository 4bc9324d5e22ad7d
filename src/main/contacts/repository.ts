import type { Contact, ContactFields as ParsedContactFields } from '../../shared/contacts/schema';

/** The form's fields; `isEconomicBuyer` (migration 0012) may be left out by callers that predate it. */
export type ContactFields = Omit<ParsedContactFields, 'isEconomicBuyer'> & { isEconomicBuyer?: boolean };
import type { ContactsTable } from '../db/schema';
import type { Store } from '../db/store';

export function toContact(row: ContactsTable): Contact {
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

export const contactColumns = (f: ContactFields) => ({
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

export function findContact(store: Store, id: string): Contact | undefined {
  const row = store.first(store.q.selectFrom('contacts').selectAll().where('id', '=', id));
  return row && toContact(row);
}

/** An account's contacts: current ones first, then those who left; by name. */
export function listAccountContacts(store: Store, accountId: string): Contact[] {
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

export function insertContact(store: Store, id: string, accountId: string, fields: ContactFields, at: string): void {
  store.run(store.q.insertInto('contacts').values({ id, account_id: accountId, ...contactColumns(fields), created_at: at, updated_at: at }));
}

export function updateContactFields(store: Store, id: string, fields: ContactFields, at: string): void {
  store.run(store.q.updateTable('contacts').set({ ...contactColumns(fields), updated_at: at }).where('id', '=', id));
}

export function deleteContact(store: Store, id: string): void {
  store.run(store.q.deleteFrom('contacts').where('id', '=', id));
}
