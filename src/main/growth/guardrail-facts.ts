import { localIsoDate } from '../../shared/dates/iso-date';
import { upsellGuardrails, type GuardrailFacts } from '../../shared/growth/guardrails';
import type { GuardrailCheck } from '../../shared/growth/schema';
import { openBySeverity, type Severity, type TicketStatus } from '../../shared/lifecycle/support';
import type { Store } from '../db/store';
import { getAccount } from '../accounts/service';
import { getAccountHealth } from '../health/service';
import { listEscalations, listTickets } from '../lifecycle/repository';
import { countUnresolvedComplaints } from './repository';

/**
 * Gathers one account's facts for seed 003's "When NOT to Upsell" from the domains that own
 * them: the contract start (accounts), open P1/P2 tickets and unresolved escalations (lifecycle
 * support), the current tier and trend (health — the CSM's override counts, as it does on the
 * Health tab), and complaints no release has fixed (feedback).
 */
export function guardrailFacts(store: Store, accountId: string, now: Date): GuardrailFacts {
  const account = getAccount(store, accountId);
  const open = openBySeverity(listTickets(store, accountId).map((t) => ({ severity: t.severity as Severity, status: t.status as TicketStatus })));
  const health = getAccountHealth(store, accountId, now);
  return {
    today: localIsoDate(now),
    contractStart: account.contractStart,
    openP1P2Tickets: open.P1 + open.P2,
    openEscalations: listEscalations(store, accountId).filter((e) => e.resolved_at === null).length,
    health: health.tier === null && health.trend === null ? null : { tier: health.tier, trend: health.trend },
    unresolvedComplaints: countUnresolvedComplaints(store, accountId),
  };
}

export function checkGuardrails(store: Store, accountId: string, now: Date): GuardrailCheck {
  return { guardrails: upsellGuardrails(guardrailFacts(store, accountId, now)) };
}
