import { addDays, daysBetween } from '../dates/iso-date';
import type { AccountFacts, TriggerHit } from './triggers';

/**
 * Triggers that read issue 13's lifecycle records rather than a health check: a success-plan
 * milestone past its date and not met (seed 004 §9), an escalation past its first-response time
 * (seed 001's SLA), two or more P1/P2 tickets opened within 14 days (seed 004), and a contact
 * whose latest NPS makes them a promoter (seed 003's referral ask). Each cause is a record's id,
 * so closing an alert never brings it back for the same record, and a new record can raise again.
 */
export interface RecordFacts {
  /** Milestones planned or in progress whose target date has passed. */
  lateMilestones: readonly { id: string; title: string; targetDate: string }[];
  /** Unresolved escalations whose first response came late or has not come by its due time. */
  breachedEscalations: readonly { id: string; level: string; summary: string; dueAt: string; responded: boolean }[];
  /** Open or pending P1 / P2 tickets, with the day each was opened. */
  openHighTickets: readonly { id: string; ref: string; severity: string; openedOn: string }[];
  /** Contacts whose latest NPS answer is 9 or 10. */
  promoters: readonly { responseId: string; name: string; score: number; respondedOn: string }[];
}

export const NO_RECORD_FACTS: RecordFacts = { lateMilestones: [], breachedEscalations: [], openHighTickets: [], promoters: [] };

/** Seed 004: "two or more P1/P2 within 14 days". */
export const RECORD_TICKET_SPIKE_DAYS = 14;
/** A promoter answer older than this is not a fresh reason to ask for a referral. */
export const PROMOTER_WITHIN_DAYS = 90;

export function milestoneAtRiskTriggers(f: AccountFacts): TriggerHit[] {
  return [...(f.records?.lateMilestones ?? [])]
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
    .map((m) => ({
      kind: 'milestone-at-risk',
      cause: `milestone:${m.id}`,
      severity: 'high',
      reason: `Success-plan milestone "${m.title}" was due on ${m.targetDate} and is not met (${daysBetween(m.targetDate, f.today)} days late).`,
    }));
}

/** An instant as the CSM reads it in a reason: "2026-11-25 14:00 UTC". */
const minuteUtc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function slaBreachTriggers(f: AccountFacts): TriggerHit[] {
  return (f.records?.breachedEscalations ?? []).map((e) => ({
    kind: 'sla-breach',
    cause: `escalation:${e.id}`,
    severity: 'urgent',
    reason: e.responded
      ? `Escalation ${e.level} "${e.summary}" got its first response after the time promised (due ${minuteUtc(e.dueAt)}).`
      : `Escalation ${e.level} "${e.summary}" has had no first response, due ${minuteUtc(e.dueAt)}.`,
  }));
}

/** Two or more open P1 / P2 tickets opened within the last 14 days; the newest ticket is the cause. */
export function recordTicketSpikeTrigger(f: AccountFacts): TriggerHit | null {
  const from = addDays(f.today, -RECORD_TICKET_SPIKE_DAYS);
  const recent = (f.records?.openHighTickets ?? []).filter((t) => t.openedOn > from && t.openedOn <= f.today);
  if (recent.length < 2) return null;
  const newest = [...recent].sort((a, b) => b.openedOn.localeCompare(a.openedOn) || b.id.localeCompare(a.id))[0]!;
  return {
    kind: 'ticket-spike',
    cause: `ticket:${newest.id}`,
    severity: 'high',
    reason: `Support tickets spiked: ${recent.length} P1/P2 tickets opened within ${RECORD_TICKET_SPIKE_DAYS} days (${recent.map((t) => `${t.severity} ${t.ref}`).join(', ')}).`,
  };
}

export function recordPromoterTriggers(f: AccountFacts): TriggerHit[] {
  return (f.records?.promoters ?? [])
    .filter((p) => p.score >= 9 && p.respondedOn <= f.today && daysBetween(p.respondedOn, f.today) <= PROMOTER_WITHIN_DAYS)
    .map((p) => ({ kind: 'promoter', cause: `survey:${p.responseId}`, severity: 'low', reason: `${p.name} answered NPS ${p.score} on ${p.respondedOn}: a promoter.` }));
}
