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
  projectEnd: string | null;
}

export interface RuleIssue {
  path: 'expiresAt' | 'projectEnd';
  message: string;
}

/**
 * The licensing rules of seed 000, as sentences shown at the field they concern: a license
 * expires after it starts; a temporary one lasts at most 30 days; an MVP one never outlasts the
 * project. Dates are `YYYY-MM-DD`; a license is valid from the start of `validFrom` until the
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
      if (!v.projectEnd) {
        issues.push({ path: 'projectEnd', message: "Enter the MVP project's end date: the license can't outlast it." });
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
