import { addDays, daysBetween } from '../dates/iso-date';
import { addMonths } from '../dates/months';
import type { LicenseKind } from './rules';
import type { LicenseStatus } from './schema';

/** Seed 000: six months before a license expires, trigger Sales and start renewal talks. */
export const RENEWAL_KICKOFF_MONTHS = 6;
/** Seed 000: short (temporary, MVP) licenses get a reminder before they expire. */
export const SHORT_LICENSE_REMINDER_DAYS = 7;

/**
 * The day a license's expiry reminder falls due: six months ahead for a standard license (the
 * renewal kick-off), a week ahead for a temporary or MVP one. From that day the license list
 * flags it as expiring soon.
 */
export function reminderDate(kind: LicenseKind, expiresAt: string): string {
  switch (kind) {
    case 'standard':
      return addMonths(expiresAt, -RENEWAL_KICKOFF_MONTHS);
    case 'temporary':
    case 'mvp':
      return addDays(expiresAt, -SHORT_LICENSE_REMINDER_DAYS);
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
}

/** Where a license stands on `today` (`YYYY-MM-DD`); the badge in the license history. */
export function licenseStatus(l: LicenseTimes, today: string): LicenseStatus {
  if (l.revokedAt) return 'revoked';
  if (today < l.validFrom) return 'not-yet-valid';
  if (today >= l.expiresAt) return 'expired';
  if (today >= reminderDate(l.kind, l.expiresAt)) return 'expiring-soon';
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
