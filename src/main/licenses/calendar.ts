import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from '../../shared/dates/iso-date';
import { LICENSE_KIND_LABELS } from '../../shared/licenses/rules';
import type { License, SaveResult } from '../../shared/licenses/schema';
import type { MainContext } from '../context';
import { AppError } from '../ipc/app-error';
import { writeFileAtomically } from '../files/atomic-write';
import { safeFileName } from '../files/safe-file-name';
import { fileSlug } from './files';
import { getLicense } from './service';

const day = (iso: string): DateArray => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** An all-day event on `on`, with a reminder the calendar app shows `alarmDays` before. */
function allDay(uid: string, on: string, title: string, description: string, alarmDays: number): EventAttributes {
  return {
    uid,
    start: day(on),
    end: day(addDays(on, 1)),
    title,
    description,
    productId: 'fieldbook/licenses',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: title, trigger: { days: alarmDays, before: true } }],
  };
}

/**
 * A calendar file (iCalendar, RFC 5545) for a license: its expiry with the reminder ahead of
 * it, and for a standard license the renewal kick-off. UIDs are the license's, so importing the
 * file again updates the events instead of doubling them.
 */
export function licenseCalendar(license: License): string {
  const who = `${license.licensee} (${license.accountName})`;
  const events: EventAttributes[] = [
    allDay(
      `${license.id}-expiry@fieldbook`,
      license.expiresAt,
      `License expires: ${who}`,
      `${LICENSE_KIND_LABELS[license.kind]} license ${license.id}, modules ${license.modules.join(', ')}. Valid from ${license.validFrom}; expires on ${license.expiresAt}.`,
      license.reminderDays,
    ),
  ];
  if (license.kind === 'standard' && license.remindOn < license.expiresAt) {
    events.push(
      allDay(
        `${license.id}-renewal-kickoff@fieldbook`,
        license.remindOn,
        `Renewal kick-off: ${who}`,
        `Six months before the license expires on ${license.expiresAt}: trigger Sales and start renewal discussions (adoption, business impact, upsell).`,
        0,
      ),
    );
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}`);
  return value;
}

/** "Add to calendar": the .ics file through the save dialog, for the CSM's own calendar app. */
export async function saveLicenseCalendar(ctx: MainContext, id: string): Promise<SaveResult> {
  const license = getLicense(ctx.store, id, ctx.now());
  if (license.revokedAt) throw new AppError('CONFLICT', `This license was revoked on ${license.revokedAt.slice(0, 10)}: it has no expiry to remember.`);
  const path = await ctx.dialogs.chooseSavePath({
    title: 'Add license expiry to calendar',
    defaultName: safeFileName(`${fileSlug(license.accountName)}-license-expiry-${license.expiresAt}`, 'ics'),
    filters: [{ name: 'Calendar file', extensions: ['ics'] }],
  });
  if (!path) return { saved: false };
  await writeFileAtomically(path, licenseCalendar(license));
  return { saved: true, path };
}
