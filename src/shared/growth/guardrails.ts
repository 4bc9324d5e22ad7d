/**
 * Seed 003's "When NOT to Upsell", as rules over plain facts about one account. Each rule that
 * holds gives a reason the CSM sees before an opportunity is created or moved on; they may go
 * ahead anyway, with a note saying why.
 */
import { daysBetween } from '../dates/iso-date';

/** Seed 003: "Just onboarded (too soon)" — the first 90 days after the contract starts. */
export const JUST_ONBOARDED_DAYS = 90;

export const GUARDRAIL_CODES = ['just-onboarded', 'open-tickets', 'escalation', 'health', 'complaint'] as const;
export type GuardrailCode = (typeof GUARDRAIL_CODES)[number];

export interface Guardrail {
  code: GuardrailCode;
  /** One sentence naming the reason, shown as is. */
  reason: string;
}

export type HealthTier = 'green' | 'yellow' | 'red';
export type HealthTrend = 'up' | 'down' | 'flat';

export interface GuardrailFacts {
  today: string;
  /** The contract start; an account without one is not treated as just onboarded. */
  contractStart: string | null;
  /** Open support tickets at priority P1 or P2. */
  openP1P2Tickets: number;
  openEscalations: number;
  /** The latest health check's tier and trend, or null when there is none. */
  health: { tier: HealthTier | null; trend: HealthTrend | null } | null;
  /** Complaints (high or critical bugs and friction) the customer raised that haven't shipped a fix. */
  unresolvedComplaints: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether the contract started less than 90 days before `today` (day 0 up to day 89). */
export function justOnboarded(contractStart: string | null, today: string): boolean {
  if (!contractStart) return false;
  const days = daysBetween(contractStart, today);
  return days >= 0 && days < JUST_ONBOARDED_DAYS;
}

/** Every guardrail that holds for these facts, in the order the seed lists its concerns. */
export function upsellGuardrails(facts: GuardrailFacts): Guardrail[] {
  const out: Guardrail[] = [];
  if (justOnboarded(facts.contractStart, facts.today)) {
    const day = daysBetween(facts.contractStart ?? facts.today, facts.today);
    out.push({
      code: 'just-onboarded',
      reason: `Just onboarded: the contract started ${plural(day, 'day', 'days')} ago (first ${JUST_ONBOARDED_DAYS} days).`,
    });
  }
  if (facts.openP1P2Tickets > 0) {
    out.push({ code: 'open-tickets', reason: `${plural(facts.openP1P2Tickets, 'P1/P2 ticket is', 'P1/P2 tickets are')} open.` });
  }
  if (facts.openEscalations > 0) {
    out.push({ code: 'escalation', reason: `${plural(facts.openEscalations, 'escalation is', 'escalations are')} open.` });
  }
  const health = facts.health;
  if (health && (health.tier === 'red' || health.trend === 'down')) {
    const reason =
      health.tier === 'red' && health.trend === 'down'
        ? 'Health is red and falling.'
        : health.tier === 'red'
          ? 'Health is red.'
          : 'Health is falling.';
    out.push({ code: 'health', reason });
  }
  if (facts.unresolvedComplaints > 0) {
    out.push({
      code: 'complaint',
      reason: `${plural(facts.unresolvedComplaints, 'complaint is', 'complaints are')} unresolved.`,
    });
  }
  return out;
}
