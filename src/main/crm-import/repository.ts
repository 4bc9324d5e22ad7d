import type { Account } from '../../shared/accounts/schema';
import type { Contact } from '../../shared/contacts/schema';
import { accountColumns, toAccount } from '../accounts/repository';
import { contactColumns, listAccountContacts } from '../contacts/repository';
import type { TasksTable } from '../db/schema';
import type { Store } from '../db/store';

/** Every active account, for matching an import's names against (archived ones don't collide). */
export function activeAccounts(store: Store): Account[] {
  return store.all(store.q.selectFrom('accounts').selectAll().where('archived_at', 'is', null)).map(toAccount);
}

export function accountContacts(store: Store, accountId: string): Contact[] {
  return listAccountContacts(store, accountId);
}

// Prepared statements for writing thousands of new records in one import: the same columns
// insertAccount / insertContact / insertTaskRow write, without building the query each time.

const INSERT_ACCOUNT = `INSERT INTO accounts (id, name, name_key, filter_key, arr_cents, segment, segment_override, stage, owner_csm,
  contract_start, renewal_date, product_version, notes, created_at, updated_at, archived_at)
  VALUES (@id, @name, @name_key, @filter_key, @arr_cents, @segment, @segment_override, @stage, @owner_csm,
  @contract_start, @renewal_date, @product_version, @notes, @created_at, @updated_at, NULL)`;

export function insertImportedAccount(store: Store, row: ReturnType<typeof accountColumns> & { id: string; created_at: string; updated_at: string }): void {
  store.prepared(INSERT_ACCOUNT).run(row);
}

export function activeAccountIdByNameKey(store: Store, nameKey: string): string | undefined {
  return (store.prepared('SELECT id FROM accounts WHERE name_key = ? AND archived_at IS NULL').get(nameKey) as { id: string } | undefined)?.id;
}

const INSERT_CONTACT = `INSERT INTO contacts (id, account_id, name, title, role, email, phone, salutation, is_champion, is_decision_maker,
  is_sponsor, is_economic_buyer, left_on, created_at, updated_at)
  VALUES (@id, @account_id, @name, @title, @role, @email, @phone, @salutation, @is_champion, @is_decision_maker,
  @is_sponsor, @is_economic_buyer, @left_on, @created_at, @updated_at)`;

export function insertImportedContact(store: Store, row: ReturnType<typeof contactColumns> & { id: string; account_id: string; created_at: string; updated_at: string }): void {
  store.prepared(INSERT_CONTACT).run(row);
}

const INSERT_TASK = `INSERT INTO tasks (id, account_id, title, owner, due_on, done_at, snoozed_until, source_kind, source_id, dedupe_key,
  source_removed_at, details, created_at, updated_at)
  VALUES (@id, @account_id, @title, @owner, @due_on, @done_at, @snoozed_until, @source_kind, @source_id, @dedupe_key,
  @source_removed_at, @details, @created_at, @updated_at)
  ON CONFLICT (dedupe_key) DO NOTHING`;

export function insertGeneratedTask(store: Store, row: TasksTable): void {
  store.prepared(INSERT_TASK).run(row);
}
