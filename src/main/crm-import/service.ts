import { randomUUID } from 'node:crypto';
import type { AccountFields } from '../../shared/accounts/schema';
import { segmentForArr, type Segment } from '../../shared/accounts/segments';
import type { Alert } from '../../shared/health/schema';
import { accountColumns } from '../accounts/repository';
import { accountDocument } from '../accounts/search-document';
import { updateAccount } from '../accounts/service';
import { contactColumns, type ContactFields } from '../contacts/repository';
import { contactDocument } from '../contacts/search-document';
import { createContact, updateContact } from '../contacts/service';
import type { Store } from '../db/store';
import { evaluateBook } from '../health/service';
import { fieldConflict } from '../ipc/app-error';
import { indexDocument } from '../search/documents';
import { newAccountTasks } from '../tasks/new-account-tasks';
import type { CrmPlan } from './plan';
import { activeAccountIdByNameKey, insertGeneratedTask, insertImportedAccount, insertImportedContact } from './repository';

export interface CrmImportCounts {
  accountsCreated: number;
  accountsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
  raised: Alert[];
}

/**
 * Adds one new account with its contacts as `createAccount` + `createContact` would — same rows,
 * same generated tasks (`newAccountTasks`), same search entries — with prepared statements and
 * no re-reads, since a fresh account has nothing to look up. Thousands of rows a second.
 */
function addAccount(store: Store, fields: AccountFields, contacts: readonly ContactFields[], now: Date): string {
  const columns = accountColumns(fields);
  if (activeAccountIdByNameKey(store, columns.name_key)) {
    throw fieldConflict('name', `There is already an account called "${fields.name}". Pick another name or open that account.`);
  }
  const at = now.toISOString();
  const id = randomUUID();
  insertImportedAccount(store, { id, ...columns, created_at: at, updated_at: at });
  // The onboarding timeline only for an account the CRM says is onboarding (see createAccount).
  const segment = (columns.segment_override as Segment | null) ?? segmentForArr(columns.arr_cents / 100);
  const facts = { id, contractStart: fields.contractStart, renewalDate: fields.renewalDate, ownerCsm: fields.ownerCsm, segment, stage: fields.stage };
  for (const task of newAccountTasks(facts, now, { onboarding: fields.stage === 'Onboarding' })) insertGeneratedTask(store, task);
  indexDocument(store, accountDocument(id, fields));
  for (const contact of contacts) {
    const contactId = randomUUID();
    insertImportedContact(store, { id: contactId, account_id: id, ...contactColumns(contact), created_at: at, updated_at: at });
    indexDocument(store, contactDocument(contactId, id, contact));
  }
  return id;
}

/**
 * Writes a plan in one transaction: a new account (with its renewal tasks, rolling tasks, search
 * entries, and the onboarding timeline when its stage is Onboarding) exactly as one typed in
 * would get, in bulk (`addAccount`); an update through the same services a CSM's own edits use.
 * Then scores the book once. Anything refused rolls the whole import back: a half-imported file never stays.
 * `progress` is told after each account; `checkCancelled` may throw to roll everything back.
 */
export function writeImport(
  store: Store,
  plan: CrmPlan,
  now: Date,
  progress: (done: number, total: number) => void = () => {},
  checkCancelled: () => void = () => {},
): CrmImportCounts {
  const counts: CrmImportCounts = { accountsCreated: 0, accountsUpdated: 0, contactsCreated: 0, contactsUpdated: 0, raised: [] };
  store.tx(() => {
    plan.accounts.forEach((planned, i) => {
      if (planned.action === 'add' && planned.contacts.every((c) => c.action === 'add')) {
        addAccount(store, planned.fields, planned.contacts.map((c) => c.fields), now);
        counts.accountsCreated++;
        counts.contactsCreated += planned.contacts.length;
        if (i % 200 === 199) checkCancelled();
        progress(i + 1, plan.accounts.length);
        return;
      }
      let accountId: string;
      if (planned.action === 'add') {
        accountId = addAccount(store, planned.fields, [], now);
        counts.accountsCreated++;
      } else {
        accountId = updateAccount(store, planned.id, planned.fields, now).id;
        counts.accountsUpdated++;
      }
      for (const contact of planned.contacts) {
        if (contact.action === 'add') {
          createContact(store, accountId, contact.fields, now);
          counts.contactsCreated++;
        } else {
          updateContact(store, contact.id, contact.fields, now);
          counts.contactsUpdated++;
        }
      }
      if (i % 200 === 199) checkCancelled();
      progress(i + 1, plan.accounts.length);
    });
    counts.raised = evaluateBook(store, now).raised;
  });
  return counts;
}
