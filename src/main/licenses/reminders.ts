import { localIsoDate } from '../../shared/dates/iso-date';
import type { LicenseKind } from '../../shared/licenses/rules';
import { expiryReminderDate, reminderDate } from '../../shared/licenses/status';
import type { Store } from '../db/store';
import { markOpenTasksDone } from '../tasks/repository';
import { createTask, removeOpenGeneratedTasks } from '../tasks/service';

export const reminderKey = (licenseId: string) => `license:${licenseId}:reminder`;
/** A standard license's reminder near expiry, beside its renewal kick-off (short licenses have one reminder, at expiry). */
export const expiryKey = (licenseId: string) => `license:${licenseId}:expiry`;

interface RemindedLicense {
  id: string;
  accountId: string;
  licensee: string;
  kind: LicenseKind;
  expiresAt: string;
  projectEnd: string | null;
  reminderDays: number | null;
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
 * A license's reminders, in the one tasks domain. Every license gets one near its expiry
 * (seed 000: "set a calendar reminder before expiration"): 7 days ahead for a temporary or MVP
 * license, 30 for a standard one, or the days chosen when it was issued. A standard license
 * also gets its renewal kick-off six months ahead. A reminder whose day has already passed is
 * due today. The dedupe keys make each once-only.
 */
export function createLicenseReminder(store: Store, license: RemindedLicense, owner: string, now: Date): void {
  const today = localIsoDate(now);
  const remind = (title: string, due: string, dedupeKey: string) =>
    createTask(
      store,
      {
        accountId: license.accountId,
        title,
        owner,
        dueOn: due < today ? today : due,
        source: { kind: 'license', id: license.id },
        dedupeKey,
      },
      now,
    );
  const expiry = expiryReminderDate(license.kind, license.expiresAt, license.reminderDays);
  if (license.kind === 'standard') {
    remind(reminderTitle(license), reminderDate(license.kind, license.expiresAt), reminderKey(license.id));
    remind(
      `License for ${license.licensee} expires on ${license.expiresAt}: make sure the renewed license is issued and sent.`,
      expiry,
      expiryKey(license.id),
    );
  } else {
    remind(reminderTitle(license), expiry, reminderKey(license.id));
  }
}

/** A revoked license needs no reminder: its open ones go. */
export function dropLicenseReminder(store: Store, licenseId: string): void {
  removeOpenGeneratedTasks(store, [reminderKey(licenseId), expiryKey(licenseId)]);
}

/** A renewed or upgraded license's reminders have done their job: they are marked done. */
export function completeLicenseReminder(store: Store, licenseId: string, now: Date): void {
  markOpenTasksDone(store, [reminderKey(licenseId), expiryKey(licenseId)], now.toISOString());
}
