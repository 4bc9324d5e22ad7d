import { randomUUID } from 'node:crypto';
import type { Account, AccountFields, AccountRow, ListAccountsInput } from '../../shared/accounts/schema';
import { localIsoDate } from '../../shared/dates/iso-date';
import type { Store } from '../db/store';
import { fieldConflict, notFound } from '../ipc/app-error';
import { hideAccountDocuments, indexDocument, showAccountDocuments } from '../search/documents';
import { layOutOnboarding, syncRenewalTasks } from '../tasks/playbook';
import { syncCadenceTasks } from '../tasks/cadence';
import { accountDocument } from './search-document';
import { accountNameKey } from './names';
import {
  findAccount,
  findActiveByNameKey,
  insertAccount,
  listAccounts,
  setAccountArchivedAt,
  toAccount,
  updateAccountFields,
} from './repository';

const duplicateName = (name: string) =>
  fieldConflict('name', `There is already an account called "${name}". Pick another name or open that account.`);

export function getAccount(store: Store, id: string): Account {
  const row = findAccount(store, id);
  if (!row) throw notFound('That account');
  return toAccount(row);
}

/**
 * Creates the account and lays out its onboarding and renewal tasks, in one transaction.
 * `onboarding: false` leaves the onboarding timeline out: a CRM import brings customers already
 * past it (stage Adoption and later), who shouldn't arrive with a month of day-one tasks.
 */
export function createAccount(store: Store, fields: AccountFields, now: Date, options: { onboarding?: boolean } = {}): Account {
  return store.tx(() => {
    if (findActiveByNameKey(store, accountNameKey(fields.name))) throw duplicateName(fields.name);
    const at = now.toISOString();
    const id = randomUUID();
    insertAccount(store, id, fields, at);
    if (options.onboarding !== false) layOutOnboarding(store, { id, contractStart: fields.contractStart, ownerCsm: fields.ownerCsm }, now);
    syncRenewalTasks(store, { id, contractStart: fields.contractStart, renewalDate: fields.renewalDate, ownerCsm: fields.ownerCsm }, now);
    syncCadenceTasks(store, id, now);
    indexDocument(store, accountDocument(id, fields));
    return getAccount(store, id);
  });
}

export function updateAccount(store: Store, id: string, fields: AccountFields, now: Date): Account {
  return store.tx(() => {
    const current = findAccount(store, id);
    if (!current) throw notFound('That account');
    const clash = findActiveByNameKey(store, accountNameKey(fields.name));
    if (clash && clash.id !== id && current.archived_at === null) throw duplicateName(fields.name);
    updateAccountFields(store, id, fields, now.toISOString());
    // Open playbook tasks follow the dates they count from; done ones never move.
    if (fields.contractStart !== current.contract_start) {
      layOutOnboarding(store, { id, contractStart: fields.contractStart, ownerCsm: fields.ownerCsm }, now);
    }
    if (fields.renewalDate !== current.renewal_date || fields.contractStart !== current.contract_start) {
      syncRenewalTasks(store, { id, contractStart: fields.contractStart, renewalDate: fields.renewalDate, ownerCsm: fields.ownerCsm }, now, {
        contractStart: current.contract_start,
        renewalDate: current.renewal_date,
      });
    }
    // The segment (ARR), stage or contract start may change the sync / QBR cadence.
    syncCadenceTasks(store, id, now);
    indexDocument(store, accountDocument(id, fields));
    return getAccount(store, id);
  });
}

/** Archives: the account leaves every list but keeps all its data, and can be restored. */
export function archiveAccount(store: Store, id: string, now: Date): Account {
  return store.tx(() => {
    const current = getAccount(store, id);
    if (current.archivedAt) return current;
    const at = now.toISOString();
    setAccountArchivedAt(store, id, at, at);
    hideAccountDocuments(store, id);
    return getAccount(store, id);
  });
}

export function restoreAccount(store: Store, id: string, now: Date): Account {
  return store.tx(() => {
    const current = getAccount(store, id);
    if (!current.archivedAt) return current;
    if (findActiveByNameKey(store, accountNameKey(current.name))) {
      throw fieldConflict(
        'name',
        `Can't restore "${current.name}": another active account has that name. Rename one of them first.`,
      );
    }
    setAccountArchivedAt(store, id, null, now.toISOString());
    showAccountDocuments(store, id);
    return getAccount(store, id);
  });
}

/**
 * The accounts table: SQL filters and sorts, installed versions included (semantically, 2.10.0
 * after 2.9.3; unknown versions last whichever way the column is sorted).
 */
export function listAccountRows(store: Store, input: ListAccountsInput, today: string = localIsoDate(new Date())): AccountRow[] {
  return listAccounts(store, input, today);
}
