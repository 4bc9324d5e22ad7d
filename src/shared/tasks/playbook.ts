import type { Segment } from '../accounts/segments';
import type { CheckinKind } from '../checkins/kinds';
import { addDays } from '../dates/iso-date';
import { addMonths } from '../dates/months';

/**
 * Every generated task's template, in one declarative place.
 *
 * Onboarding counts from the contract start (or the day the account is created): seed 002's
 * timeline — the due day is the last day of each window, months are calendar months — with
 * seed 003's check-ins at days 7, 14 and 30.
 *
 * Renewal counts from each renewal date: seed 001's 90 / 60 / 30-day tasks with their full
 * wording, seed 002's month-10/11/12 questions folded into them (they fall on the same weeks of
 * a one-year contract), and the renewal day itself. A multi-year contract gets the same set
 * before every contract anniversary up to the renewal, as a yearly review.
 */
export type Offset = { days: number } | { months: number };

export interface StepTemplate {
  key: string;
  title: string;
  offset: Offset;
}

export const ONBOARDING_STEPS: readonly StepTemplate[] = [
  { key: 'welcome', title: 'Send the welcome message, license and installation playbook', offset: { days: 0 } },
  { key: 'introduction', title: 'Personal introduction with the customer team', offset: { days: 5 } },
  { key: 'check-in-7', title: 'Day-7 check-in: setup complete, first task done (seed 003)', offset: { days: 7 } },
  { key: 'installation-follow-up', title: 'Installation follow-up with the platform team', offset: { days: 10 } },
  { key: 'check-in-14', title: 'Day-14 check-in: team trained, using it daily (seed 003)', offset: { days: 14 } },
  { key: 'product-education', title: 'Product education session', offset: { days: 30 } },
  { key: 'check-in-30', title: 'Day-30 check-in: business review, address concerns (seed 003)', offset: { days: 30 } },
  { key: 'discovery', title: 'Discovery: goals, success criteria and stakeholders', offset: { days: 60 } },
  { key: 'check-in-90', title: 'Day-90 check-in and success plan', offset: { days: 90 } },
  { key: 'outlook-6m', title: 'Six-month outlook review: the customer’s roadmap and growth', offset: { months: 6 } },
];

export const RENEWAL_STEPS: readonly StepTemplate[] = [
  {
    key: 'renewal-90',
    title: 'Renewal in 90 days: health score review, stakeholder mapping, value realisation, competitive intelligence',
    offset: { days: -90 },
  },
  {
    key: 'renewal-60',
    title: 'Renewal in 60 days: renewal meeting, contract negotiation, expansion opportunities, executive briefing; who is responsible for the renewal?',
    offset: { days: -60 },
  },
  {
    key: 'renewal-30',
    title: 'Renewal in 30 days: contract finalisation, implementation planning, success planning; any blockers to renewal?',
    offset: { days: -30 },
  },
  {
    key: 'renewal-day',
    title: 'Renewal day: follow up and record the outcome; if lost, which solution and why?',
    offset: { days: 0 },
  },
];

export interface PlannedTask {
  /** Stable per account, step and anchor date, so laying the plan out twice never duplicates a task. */
  key: string;
  title: string;
  dueOn: string;
}

export const applyOffset = (date: string, offset: Offset) => ('days' in offset ? addDays(date, offset.days) : addMonths(date, offset.months));

export function onboardingPlan(startDate: string): PlannedTask[] {
  return ONBOARDING_STEPS.map((s) => ({ key: s.key, title: s.title, dueOn: applyOffset(startDate, s.offset) }));
}

/** The renewal steps before one renewal date. */
export function renewalPlan(renewalDate: string): PlannedTask[] {
  return RENEWAL_STEPS.map((s) => ({ key: s.key, title: s.title, dueOn: applyOffset(renewalDate, s.offset) }));
}

export interface AnchoredPlan {
  /** The date the steps count back from: a contract anniversary or the renewal date. */
  anchor: string;
  steps: PlannedTask[];
}

/**
 * The renewal steps for every year of the contract: before each anniversary of the contract
 * start that falls before the renewal date (a yearly review), and before the renewal itself.
 */
export function contractPlan(contractStart: string | null, renewalDate: string): AnchoredPlan[] {
  const plans: AnchoredPlan[] = [];
  if (contractStart) {
    for (let year = 1; year < 50; year++) {
      const anniversary = addMonths(contractStart, 12 * year);
      // An anniversary within six months of the renewal (or past it) is covered by the renewal's own steps.
      if (addMonths(anniversary, 6) > renewalDate) break;
      plans.push({
        anchor: anniversary,
        steps: renewalPlan(anniversary).map((s) => ({ ...s, title: s.key === 'renewal-day' ? `Contract year ${year} ends: yearly review with the customer` : `Year ${year} review — ${s.title.replace(/^Renewal in (\d+) days/, 'in $1 days')}` })),
      });
    }
  }
  plans.push({ anchor: renewalDate, steps: renewalPlan(renewalDate) });
  return plans;
}

/**
 * The segment's meeting cadence, as one rolling task per kind ("Next sync", "Next QBR") that
 * moves on each time such a meeting's note is recorded:
 *
 * - Enterprise: a sync every 2 weeks (seed 000's bi-weekly sync; seed 003 "weekly/bi-weekly
 *   check-ins"), a QBR every 3 months (seed 001 "Quarterly business reviews").
 * - Mid-Market: a sync every month (seed 003 "Monthly check-ins (Pro+)"), a QBR every 6 months
 *   (seed 001 "Semi-annual business reviews").
 * - SMB: a check-in every 3 months (seed 003's feedback loop, "Quarterly check-ins"); no QBR
 *   (seed 001: digital, self-service).
 *
 * A review counts as a sync too (the meeting was held); only a review moves the QBR on.
 */
export const CADENCE_KINDS = ['sync', 'qbr'] as const;
export type CadenceKind = (typeof CADENCE_KINDS)[number];

export interface CadenceStep {
  every: Offset;
  title: string;
}

export const SEGMENT_CADENCE: Record<Segment, Record<CadenceKind, CadenceStep | null>> = {
  Enterprise: {
    sync: { every: { days: 14 }, title: 'Next sync (every 2 weeks for Enterprise): health, Q&A on blockers and bugs, platform checkup' },
    qbr: { every: { months: 3 }, title: 'Next QBR (quarterly for Enterprise): roadmap review, value delivered, goals for next quarter' },
  },
  'Mid-Market': {
    sync: { every: { months: 1 }, title: 'Next sync (monthly for Mid-Market): health, Q&A on blockers and bugs, platform checkup' },
    qbr: { every: { months: 6 }, title: 'Next business review (half-yearly for Mid-Market): roadmap review, value delivered, goals' },
  },
  SMB: {
    sync: { every: { months: 3 }, title: 'Next check-in (quarterly for SMB): usage, open questions, feedback' },
    qbr: null,
  },
};

/** The check-in kinds that move each rolling task on. */
export const CADENCE_NOTE_KINDS: Record<CadenceKind, readonly CheckinKind[]> = {
  sync: ['bi-weekly-sync', 'quarterly-review', 'half-yearly-review'],
  qbr: ['quarterly-review', 'half-yearly-review'],
};

/** The rolling task's day: one cadence after the last such meeting (or after the contract start). */
export const nextCadenceDue = (lastHeldOn: string, step: CadenceStep) => applyOffset(lastHeldOn, step.every);
