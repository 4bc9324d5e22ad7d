import type { Segment, Stage } from '../accounts/segments';
import { TIER_LABELS, type Tier } from './models';
import type { PriorityLevel } from './priority';

/**
 * Seed 003's tier names for Fieldbook's segments. Seed 003 sells Starter / Pro / Enterprise;
 * its Enterprise is our Enterprise (≥ $100K), Pro our Mid-Market, Starter our SMB.
 */
export const SEED_TIER: Record<Segment, 'Enterprise' | 'Pro' | 'Starter'> = {
  Enterprise: 'Enterprise',
  'Mid-Market': 'Pro',
  SMB: 'Starter',
};

/** Seed 003 writes the at-risk stage "At-Risk"; Churned has no seed name and is kept. */
export const SEED_STAGE: Record<Stage, string> = {
  Onboarding: 'Onboarding',
  Adoption: 'Adoption',
  Retention: 'Retention',
  Expansion: 'Expansion',
  'At-risk': 'At-Risk',
  Churned: 'Churned',
};

export interface SummaryInput {
  name: string;
  segment: Segment;
  stage: Stage;
  score: number | null;
  tier: Tier | null;
  lastContact: string | null;
  nextAction: string | null;
  priority: PriorityLevel;
  notes: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** One account in seed 003's output format, eight lines. */
export function accountSummary(a: SummaryInput): string {
  return [
    `CUSTOMER: ${oneLine(a.name)}`,
    `TIER: ${SEED_TIER[a.segment]}`,
    `HEALTH_SCORE: ${a.score === null || a.tier === null ? 'not scored' : `${a.score} (${TIER_LABELS[a.tier]})`}`,
    `STAGE: ${SEED_STAGE[a.stage]}`,
    `LAST_CONTACT: ${a.lastContact ?? 'none recorded'}`,
    `NEXT_ACTION: ${a.nextAction ? oneLine(a.nextAction) : 'none planned'}`,
    `PRIORITY: ${a.priority}`,
    `NOTES: ${oneLine(a.notes) || '—'}`,
  ].join('\n');
}
