import { daysBetween } from '../dates/iso-date';

export const LICENSE_KINDS = ['standard', 'temporary', 'mvp'] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

export const LICENSE_KIND_LABELS: Record<LicenseKind, string> = {
  standard: 'Standard',
  temporary: 'Temporary',
  mvp: 'MVP',
};

/** Seed 000, "License Generation": temporary licenses last at most 30 days. */
export const TEMPORARY_MAX_DAYS = 30;

export interface LicenseDates {
  kind: LicenseKind;
  validFrom: string;
  expiresAt: string;
  projectStart?: string | null;
  projectEnd: string | null;
}

export interface RuleIssue {
  path: 'validFrom' | 'expiresAt' | 'projectStart' | 'projectEnd';
  message: string;
}

/**
 * The licensing rules of seed 000, as sentences shown at the field they concern: a license
 * expires after it starts; a temporary one lasts at most 30 days; an MVP one lies within the
 * project, from its start to its end. Dates are `YYYY-MM-DD`; a license is valid from the start of `validFrom` until the
 * start of `expiresAt` (UTC), so a 30-day license starting 1 May expires on 31 May.
 */
export function licenseRuleIssues(v: LicenseDates): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const days = daysBetween(v.validFrom, v.expiresAt);
  if (days <= 0) {
    issues.push({ path: 'expiresAt', message: 'The expiry date must be after the start date.' });
  }
  switch (v.kind) {
    case 'standard':
      break;
    case 'temporary':
      if (days > TEMPORARY_MAX_DAYS) {
        issues.push({
          path: 'expiresAt',
          message: `A temporary license lasts at most ${TEMPORARY_MAX_DAYS} days; this one lasts ${days}.`,
        });
      }
      break;
    case 'mvp':
      // Seed 000: an MVP license lies within the project, from its start to its end.
      if (!v.projectStart) {
        issues.push({ path: 'projectStart', message: "Enter the MVP project's start date: the license can't start before it." });
      } else if (v.validFrom < v.projectStart) {
        issues.push({ path: 'validFrom', message: `An MVP license can't start before the project, which starts on ${v.projectStart}.` });
      }
      if (!v.projectEnd) {
        issues.push({ path: 'projectEnd', message: "Enter the MVP project's end date: the license can't outlast it." });
      } else if (v.projectStart && v.projectEnd <= v.projectStart) {
        issues.push({ path: 'projectEnd', message: 'The project must end after it starts.' });
      } else if (v.expiresAt > v.projectEnd) {
        issues.push({ path: 'expiresAt', message: `An MVP license can't outlast the project, which ends on ${v.projectEnd}.` });
      }
      break;
    default: {
      const never: never = v.kind;
      throw new Error(`Unknown license kind ${String(never)}`);
    }
  }
  return issues;
}

/** Channels a license file may be shared through (seed 000: "share only with authorised recipients via secure channels"). */
export const SHARE_CHANNELS = ['encrypted-email', 'secure-file-transfer', 'customer-portal', 'in-person', 'other-secure'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

export const SHARE_CHANNEL_LABELS: Record<ShareChannel, string> = {
  'encrypted-email': 'Encrypted email',
  'secure-file-transfer': 'Secure file transfer',
  'customer-portal': 'Customer portal',
  'in-person': 'In person (USB, on site)',
  'other-secure': 'Other secure channel',
};
