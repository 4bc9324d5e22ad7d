import { localIsoDate } from '../../shared/dates/iso-date';
import { upsellGuardrails, type GuardrailFacts } from '../../shared/growth/guardrails';
import type { GuardrailCheck } from '../../shared/growth/schema';
import type { Store } from '../db/store';
import { getAccount } from '../accounts/service';
import { countUnresolvedComplaints } from './repository';

/**
 * Facts the "when not to upsell" rules need that no domain on this branch records yet. Support
 * tickets and escalations come with the lifecycle domain, health tier and trend with the health
 * domain; until they are merged these read as "none" and `notWired` says so on screen.
 */
export const NOT_WIRED = ['open P1/P2 tickets and escalations (lifecycle)', 'health tier and trend (health)'] as const;

/** Gathers one account's facts from main's domains. */
export function guardrailFacts(store: Store, accountId: string, now: Date): GuardrailFacts {
  const account = getAccount(store, accountId);
  return {
    today: localIsoDate(now),
    contractStart: account.contractStart,
    openP1P2Tickets: 0,
    openEscalations: 0,
    health: null,
    unresolvedComplaints: countUnresolvedComplaints(store, accountId),
  };
}

export function checkGuardrails(store: Store, accountId: string, now: Date): GuardrailCheck {
  return { guardrails: upsellGuardrails(guardrailFacts(store, accountId, now)), notWired: [...NOT_WIRED] };
}
