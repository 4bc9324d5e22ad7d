import { localIsoDate } from '../../shared/dates/iso-date';
import type { LicenseKind } from '../../shared/licenses/rules';
import { reminderDate } from '../../shared/licenses/status';
import type { Store } from '../db/store';
import { createTask, removeOpenGeneratedTasks } from '../tasks/service';

export const reminderKey = (licenseId: string) => `license:${licenseId}:reminder`;

interface RemindedLicense {
  id: string;
  accountId: string;
  licensee: string;
  kind: LicenseKind;
  expiresAt: string;
  projectEnd: string | null;
}

function reminderTitle(l: RemindedLicense): string {
  switch (l.kind) {
    case 'standard':
      return `Renewal kick-off: the license for ${l.licensee} expires on ${l.expiresAt}. Trigger Sales and start renewal discussions (adoption, business impact, upsell).`;
    case 'temporary':
      return `Temporary license for ${l.licensee} expires on ${l.expiresAt}: extend it or issue the standard license.`;
    case 'mvp':
      return `MVP license for ${l.licensee} expires on ${l.expiresAt} (project ends ${l.projectEnd ?? 'soon'}): agree what follows the MVP.`;
    default: {
      const never: never = l.kind;
      throw new Error(`Unknown license kind ${String(never)}`);
    }
  }
}

/**
 * One reminder per license, in the one tasks domain: a standard license gets its renewal
 * kick-off six months before expiry, a temporary or MVP license a reminder a week before. A
 * reminder whose day has already passed is due today. The dedupe key makes it once-only.
 */
export function createLicenseReminder(store: Store, license: RemindedLicense, owner: string, now: Date): void {
  const today = localIsoDate(now);
  const due = reminderDate(license.kind, license.expiresAt);
  createTask(
    store,
    {
      accountId: license.accountId,
      title: reminderTitle(license),
      owner,
      dueOn: due < today ? today : due,
      source: { kind: 'license', id: license.id },
      dedupeKey: reminderKey(license.id),
    },
    now,
  );
}

/** A revoked license needs no reminder: its open one goes. */
export function dropLicenseReminder(store: Store, licenseId: string): void {
  removeOpenGeneratedTasks(store, [reminderKey(licenseId)]);
}

/** A renewed or upgraded license's reminder has done its job: it is marked done. */
export function completeLicenseReminder(store: Store, licenseId: string, now: Date): void {
  const at = now.toISOString();
  store.run(
    store.q
      .updateTable('tasks')
      .set({ done_at: at, updated_at: at })
      .where('dedupe_key', '=', reminderKey(licenseId))
      .where('done_at', 'is', null),
  );
}
