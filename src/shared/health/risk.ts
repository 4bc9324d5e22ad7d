import type { Tier } from './models';
import type { Severity } from './triggers';

/** Seed 004's four risk levels. */
export const RISKS = ['healthy', 'watch', 'at-risk', 'critical'] as const;
export type Risk = (typeof RISKS)[number];
export const RISK_LABELS: Record<Risk, string> = { healthy: 'Healthy', watch: 'Watch', 'at-risk': 'At-risk', critical: 'Critical' };

/** A red score below this is critical on its own. */
export const CRITICAL_SCORE_BELOW = 35;

export interface RiskInput {
  tier: Tier | null;
  score: number | null;
  /** Severities of the account's open alerts. */
  openAlerts: readonly Severity[];
  /** Days to the renewal date, when there is one. */
  renewalInDays: number | null;
}

/**
 * The account's risk level, documented rules:
 * 1. The tier sets the base: green → Healthy, yellow → Watch, red → At-risk.
 * 2. An open urgent alert raises it one level; an open high alert lifts Healthy to Watch.
 * 3. Red with a score below 35, or red with the renewal within 90 days, is Critical.
 * Without a score: At-risk with an open urgent alert, Watch with a high one, otherwise unknown (null).
 */
export function riskOf(input: RiskInput): Risk | null {
  const urgent = input.openAlerts.includes('urgent');
  const high = input.openAlerts.includes('high');
  if (input.tier === null || input.score === null) return urgent ? 'at-risk' : high ? 'watch' : null;
  let level = input.tier === 'green' ? 0 : input.tier === 'yellow' ? 1 : 2;
  if (urgent) level += 1;
  else if (high && level === 0) level = 1;
  const renewalSoon = input.renewalInDays !== null && input.renewalInDays >= 0 && input.renewalInDays <= 90;
  if (input.tier === 'red' && (input.score < CRITICAL_SCORE_BELOW || renewalSoon)) level = 3;
  return RISKS[Math.min(level, 3)]!;
}
