import { addDays } from '../dates/iso-date';

/**
 * The onboarding timeline laid out when an account is created (seed 001 and PRODUCT.md
 * "Playbook timeline"): the due day is the last day of each window, counted from contract
 * start (or from creation when there is none).
 */
export const ONBOARDING_STEPS: readonly { key: string; title: string; dayOffset: number }[] = [
  { key: 'welcome', title: 'Send the welcome message, license and installation playbook', dayOffset: 0 },
  { key: 'introduction', title: 'Personal introduction with the customer team', dayOffset: 5 },
  { key: 'installation-follow-up', title: 'Installation follow-up with the platform team', dayOffset: 10 },
  { key: 'product-education', title: 'Product education session', dayOffset: 30 },
  { key: 'discovery', title: 'Discovery: goals, success criteria and stakeholders', dayOffset: 60 },
  { key: 'check-in-90', title: 'Day-90 check-in and success plan', dayOffset: 90 },
  { key: 'outlook-6m', title: 'Six-month outlook review', dayOffset: 182 },
  { key: 'renewal-check-in-10m', title: 'Renewal check-in (month 10)', dayOffset: 304 },
  { key: 'renewal-check-in-11m', title: 'Renewal check-in (month 11)', dayOffset: 335 },
  { key: 'renewal-check-in-12m', title: 'Renewal check-in (month 12)', dayOffset: 365 },
];

/** Renewal preparation (seed 001, "Renewal Process"): days before the renewal date. */
export const RENEWAL_STEPS: readonly { key: string; title: string; daysBefore: number }[] = [
  { key: 'renewal-90', title: 'Renewal in 90 days: health review, stakeholder map, value realised', daysBefore: 90 },
  { key: 'renewal-60', title: 'Renewal in 60 days: renewal meeting and proposal', daysBefore: 60 },
  { key: 'renewal-30', title: 'Renewal in 30 days: finalise the contract', daysBefore: 30 },
];

export interface PlannedTask {
  /** Stable per account and step, so laying the plan out twice never duplicates a task. */
  key: string;
  title: string;
  dueOn: string;
}

export function onboardingPlan(startDate: string): PlannedTask[] {
  return ONBOARDING_STEPS.map((s) => ({ key: s.key, title: s.title, dueOn: addDays(startDate, s.dayOffset) }));
}

export function renewalPlan(renewalDate: string): PlannedTask[] {
  return RENEWAL_STEPS.map((s) => ({ key: s.key, title: s.title, dueOn: addDays(renewalDate, -s.daysBefore) }));
}
