import { addDays, daysBetween } from '../dates/iso-date';
import { addMonths } from '../dates/months';
import type { LicenseKind } from './rules';
import type { LicenseStatus } from './schema';

/** Seed 000: six months before a license expires, trigger Sales and start renewal talks. */
export const RENEWAL_KICKOFF_MONTHS = 6;
/** Seed 000: short (temporary, MVP) licenses get a reminder before they expire. */
export const SHORT_LICENSE_REMINDER_DAYS = 7;
/** Every standard license also gets a reminder near its expiry, whatever its length. */
export const STANDARD_LICENSE_REMINDER_DAYS = 30;
/** The most days ahead an expiry reminder may be set. */
export const MAX_REMINDER_DAYS = 180;

/** Days before expiry the expiry reminder falls due: the license's own choice, or its kind's default. */
export function expiryReminderDays(kind: LicenseKind, chosen: number | null | undefined): number {
  if (chosen != null) return chosen;
  return kind === 'standard' ? STANDARD_LICENSE_REMINDER_DAYS : SHORT_LICENSE_REMINDER_DAYS;
}

/** The day a license's expiry reminder falls due (seed 000: "set a calendar reminder before expiration"). */
export function expiryReminderDate(kind: LicenseKind, expiresAt: string, chosen: number | null | undefined): string {
  return addDays(expiresAt, -expiryReminderDays(kind, chosen));
}

/**
 * The day a license starts to "expire soon" in the history: six months ahead for a standard
 * license (the renewal kick-off), its expiry reminder's day for a temporary or MVP one.
 */
export function reminderDate(kind: LicenseKind, expiresAt: string, chosen: number | null = null): string {
  switch (kind) {
    case 'standard':
      return addMonths(expiresAt, -RENEWAL_KICKOFF_MONTHS);
    case 'temporary':
    case 'mvp':
      return expiryReminderDate(kind, expiresAt, chosen);
    default: {
      const never: never = kind;
      throw new Error(`Unknown license kind ${String(never)}`);
    }
  }
}

export interface LicenseTimes {
  kind: LicenseKind;
  validFrom: string;
  expiresAt: string;
  revokedAt: string | null;
  reminderDays?: number | null;
}

/** Where a license stands on `today` (`YYYY-MM-DD`); the badge in the license history. */
export function licenseStatus(l: LicenseTimes, today: string): LicenseStatus {
  if (l.revokedAt) return 'revoked';
  if (today < l.validFrom) return 'not-yet-valid';
  if (today >= l.expiresAt) return 'expired';
  if (today >= reminderDate(l.kind, l.expiresAt, l.reminderDays ?? null)) return 'expiring-soon';
  return 'valid';
}

export function daysLeft(expiresAt: string, today: string): number {
  return daysBetween(today, expiresAt);
}

export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = {
  'not-yet-valid': 'Not yet valid',
  valid: 'Valid',
  'expiring-soon': 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
};
