import type { ComponentKey } from './models';
import type { RawSignals } from './signals';

/**
 * Suggested component scores from raw signals: the documented rules. Each component is the
 * rounded mean of the sub-scores whose signals were given, each sub-score 0–100:
 *
 * - seat use: active users ÷ licensed seats × 100 (capped at 100)
 * - recency: last use ≤ 1 day ago 100, ≤ 7 days 75, ≤ 14 days 40, ≤ 30 days 10, later 0
 * - features: features adopted ÷ features available × 100
 * - training: attended 100, not attended 40
 * - tickets: 100 − 25 per open P1 − 10 per P2 − 3 per P3 (not below 0)
 * - CSAT: (CSAT − 1) ÷ 4 × 100
 * - NPS: the 0–10 answer × 10
 * - payment: on time 100, late 30
 * - competitor: not mentioned 100, mentioned 30
 * - success plan (from the account's milestones, when it has any): milestones not at risk ÷ all
 *   milestones × 100 (a milestone past its date and not met is at risk — issue 13)
 *
 * Components and their sub-scores:
 * Product usage = seat use, recency · Feature adoption = features, training ·
 * Support engagement = tickets, CSAT · Business outcomes = NPS, payment, competitor, success plan ·
 * Usage (three-component model) = seat use, recency, features · Engagement = training, CSAT, NPS ·
 * Business = payment, competitor, tickets, success plan.
 */
export interface Suggestion {
  score: number;
  /** How it was reached, one line per sub-score and the mean, for the CSM to read. */
  basis: string[];
}

interface SubScore {
  label: string;
  score: number;
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));
const round = (n: number) => Math.floor(n + 0.5);

export function seatUse(s: RawSignals): SubScore | null {
  if (s.activeUsers === null || s.licensedSeats === null || s.licensedSeats === 0) return null;
  const score = round(clamp((s.activeUsers / s.licensedSeats) * 100));
  return { label: `${s.activeUsers} of ${s.licensedSeats} seats active → ${score}`, score };
}

export function recency(s: RawSignals): SubScore | null {
  const d = s.daysSinceLastUse;
  if (d === null) return null;
  const score = d <= 1 ? 100 : d <= 7 ? 75 : d <= 14 ? 40 : d <= 30 ? 10 : 0;
  return { label: `last used ${d} day${d === 1 ? '' : 's'} ago → ${score}`, score };
}

export function features(s: RawSignals): SubScore | null {
  if (s.featuresAdopted === null || s.featuresAvailable === null || s.featuresAvailable === 0) return null;
  const score = round(clamp((s.featuresAdopted / s.featuresAvailable) * 100));
  return { label: `${s.featuresAdopted} of ${s.featuresAvailable} features adopted → ${score}`, score };
}

export function training(s: RawSignals): SubScore | null {
  if (s.trainingAttended === null) return null;
  return s.trainingAttended ? { label: 'training attended → 100', score: 100 } : { label: 'no training attended → 40', score: 40 };
}

export function tickets(s: RawSignals): SubScore | null {
  if (s.ticketsP1 === null && s.ticketsP2 === null && s.ticketsP3 === null) return null;
  const [p1, p2, p3] = [s.ticketsP1 ?? 0, s.ticketsP2 ?? 0, s.ticketsP3 ?? 0];
  const score = clamp(100 - 25 * p1 - 10 * p2 - 3 * p3);
  return { label: `open tickets P1 ${p1} · P2 ${p2} · P3 ${p3} → ${score}`, score };
}

export function csat(s: RawSignals): SubScore | null {
  if (s.csat === null) return null;
  const score = round(((s.csat - 1) / 4) * 100);
  return { label: `CSAT ${s.csat} → ${score}`, score };
}

export function nps(s: RawSignals): SubScore | null {
  if (s.nps === null) return null;
  return { label: `NPS ${s.nps} → ${s.nps * 10}`, score: s.nps * 10 };
}

export function payment(s: RawSignals): SubScore | null {
  if (s.paymentLate === null) return null;
  return s.paymentLate ? { label: 'payment late → 30', score: 30 } : { label: 'payment on time → 100', score: 100 };
}

export function competitor(s: RawSignals): SubScore | null {
  if (s.competitorMentioned === null) return null;
  return s.competitorMentioned ? { label: 'competitor mentioned → 30', score: 30 } : { label: 'no competitor mentioned → 100', score: 100 };
}

/** The account's success-plan milestones, from its lifecycle records. */
export interface PlanFacts {
  atRisk: number;
  total: number;
}

export function successPlan(plan: PlanFacts | undefined): SubScore | null {
  if (!plan || plan.total === 0) return null;
  const score = round(((plan.total - Math.min(plan.atRisk, plan.total)) / plan.total) * 100);
  return { label: `success plan: ${plan.atRisk} of ${plan.total} milestones at risk → ${score}`, score };
}

/** The components the success plan speaks to: what the customer achieved. */
const PLAN_COMPONENTS: ReadonlySet<ComponentKey> = new Set(['outcomes', 'business']);

const RULES: Record<ComponentKey, ((s: RawSignals) => SubScore | null)[]> = {
  usage: [seatUse, recency],
  adoption: [features, training],
  support: [tickets, csat],
  outcomes: [nps, payment, competitor],
  engagement: [training, csat, nps],
  business: [payment, competitor, tickets],
};

/** Usage in the three-component model also counts feature adoption (seed 003's usage metrics). */
const THREE_MODEL_USAGE = [seatUse, recency, features];

/** The suggested score of one component, or null when none of its signals was given. */
export function suggestComponent(key: ComponentKey, s: RawSignals, model: 'four-components' | 'three-components', plan?: PlanFacts): Suggestion | null {
  const rules = key === 'usage' && model === 'three-components' ? THREE_MODEL_USAGE : RULES[key];
  const parts = [...rules.map((rule) => rule(s)), PLAN_COMPONENTS.has(key) ? successPlan(plan) : null].filter((p): p is SubScore => p !== null);
  if (parts.length === 0) return null;
  const score = round(parts.reduce((sum, p) => sum + p.score, 0) / parts.length);
  const basis = parts.map((p) => p.label);
  if (parts.length > 1) basis.push(`mean of ${parts.length} → ${score}`);
  return { score, basis };
}
