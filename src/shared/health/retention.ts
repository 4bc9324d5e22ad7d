import { addMonths } from '../dates/months';

export const RENEWAL_OUTCOMES = ['renewed', 'expanded', 'contracted', 'churned'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];
export const OUTCOME_LABELS: Record<RenewalOutcome, string> = {
  renewed: 'Renewed',
  expanded: 'Expanded',
  contracted: 'Contracted',
  churned: 'Churned',
};

/** Why ARR was lost (seed 002, month 12: "if they have moved to another solution, which and why?"). */
export const LOSS_REASONS = ['price', 'product-gap', 'competitor', 'champion-left', 'budget', 'low-adoption', 'acquisition', 'other'] as const;
export type LossReason = (typeof LOSS_REASONS)[number];
export const LOSS_REASON_LABELS: Record<LossReason, string> = {
  price: 'Price',
  'product-gap': 'Product gap',
  competitor: 'Competitor',
  'champion-left': 'Champion left',
  budget: 'Budget',
  'low-adoption': 'Low adoption',
  acquisition: 'Acquisition',
  other: 'Other',
};

/** Seed 001's targets. */
export const GRR_TARGET = 95;
export const NRR_TARGET = 115;

export interface OutcomeRecord {
  accountId: string;
  /** The day the outcome counts on: the renewal date, or the day it was recorded when that was earlier. */
  on: string;
  previousArr: number;
  newArr: number;
}

export interface Retention {
  from: string;
  to: string;
  /** Percent, one decimal; null when nothing renewed in the window. */
  grr: number | null;
  nrr: number | null;
  startingArr: number;
  keptArr: number;
  endingArr: number;
  outcomes: number;
}

/**
 * Gross and net revenue retention over the trailing 12 months (from the same day a year ago,
 * exclusive, to today, inclusive), from recorded renewal outcomes only:
 * GRR = Σ min(new ARR, previous ARR) ÷ Σ previous ARR — expansions don't count, losses do;
 * NRR = Σ new ARR ÷ Σ previous ARR — expansions count too.
 * Accounts whose renewal passed without an outcome are not counted (the caller lists them).
 */
export function retention(records: readonly OutcomeRecord[], today: string): Retention {
  const from = addMonths(today, -12);
  const inWindow = records.filter((r) => r.on > from && r.on <= today);
  const startingArr = inWindow.reduce((s, r) => s + r.previousArr, 0);
  const keptArr = inWindow.reduce((s, r) => s + Math.min(r.newArr, r.previousArr), 0);
  const endingArr = inWindow.reduce((s, r) => s + r.newArr, 0);
  const pct = (n: number) => (startingArr > 0 ? Math.round((n / startingArr) * 1000) / 10 : null);
  return { from, to: today, grr: pct(keptArr), nrr: pct(endingArr), startingArr, keptArr, endingArr, outcomes: inWindow.length };
}

/** The outcome a change of ARR implies, for the form's default. */
export function outcomeFor(previousArr: number, newArr: number): RenewalOutcome {
  if (newArr <= 0) return 'churned';
  if (newArr > previousArr) return 'expanded';
  if (newArr < previousArr) return 'contracted';
  return 'renewed';
}
