import type { Alert } from '../../shared/health/schema';
import { createAccount, updateAccount } from '../accounts/service';
import { createContact, updateContact } from '../contacts/service';
import type { Store } from '../db/store';
import { evaluateBook } from '../health/service';
import type { CrmPlan } from './plan';

export interface CrmImportCounts {
  accountsCreated: number;
  accountsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
  raised: Alert[];
}

/**
 * Writes a plan in one transaction, through the same services a CSM's own edits use (so an
 * imported account gets its renewal tasks and search entries like one typed in, and the
 * onboarding timeline when its stage is Onboarding), then scores
 * the book once. Anything refused rolls the whole import back: a half-imported file never stays.
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
      let accountId: string;
      if (planned.action === 'add') {
        // The onboarding timeline only for an account the CRM says is onboarding (see createAccount).
        accountId = createAccount(store, planned.fields, now, { onboarding: planned.fields.stage === 'Onboarding' }).id;
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
