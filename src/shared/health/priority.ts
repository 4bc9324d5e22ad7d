import type { Risk } from './risk';
import type { Severity } from './triggers';

/**
 * Today's order (PRODUCT.md item 7): priority = risk × ARR × due × item weight, higher first.
 * The same arithmetic runs in SQL for the ranked list (see main/today/ranking.ts); this is its
 * reference, unit-tested, and what the "why" line shows.
 *
 * - risk: Critical 4, At-risk 3, Watch 2, Healthy 1, not scored 1.5
 * - ARR: 1 + log10(1 + ARR / 1,000) — $0 → 1, $10K → 2.0, $100K → 3.0, $1M → 4.0
 * - due: overdue 3, today 2.5, within 7 days 2, within 30 days 1.5, later 1
 * - item: alert urgent 2, high 1.5, medium 1.2, low 1; renewal 1.2; task 1
 * Levels: ≥ 20 urgent, ≥ 10 high, ≥ 5 medium, else low.
 */
export const RISK_WEIGHT: Record<Risk, number> = { critical: 4, 'at-risk': 3, watch: 2, healthy: 1 };
export const UNSCORED_WEIGHT = 1.5;
export const SEVERITY_WEIGHT: Record<Severity, number> = { urgent: 2, high: 1.5, medium: 1.2, low: 1 };
export const RENEWAL_WEIGHT = 1.2;
export const TASK_WEIGHT = 1;

export const PRIORITY_LEVELS = ['urgent', 'high', 'medium', 'low'] as const;
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

export const riskWeight = (risk: Risk | null) => (risk === null ? UNSCORED_WEIGHT : RISK_WEIGHT[risk]);

export const arrFactor = (arr: number) => 1 + Math.log10(1 + Math.max(0, arr) / 1000);

export function dueFactor(daysToDue: number): number {
  if (daysToDue < 0) return 3;
  if (daysToDue === 0) return 2.5;
  if (daysToDue <= 7) return 2;
  if (daysToDue <= 30) return 1.5;
  return 1;
}

export function priority(input: { risk: Risk | null; arr: number; daysToDue: number; itemWeight: number }): number {
  return riskWeight(input.risk) * arrFactor(input.arr) * dueFactor(input.daysToDue) * input.itemWeight;
}

export function priorityLevel(p: number): PriorityLevel {
  if (p >= 20) return 'urgent';
  if (p >= 10) return 'high';
  if (p >= 5) return 'medium';
  return 'low';
}
