import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { npsGroup } from '../../shared/lifecycle/surveys';
import type { Store } from '../db/store';
import { getAccountLifecycle } from './service';

/**
 * What issue 13's records tell the health score (issue 9) and Today about one account, in the
 * health model's own terms: the raw signals it already takes (open tickets by severity, NPS on
 * its 0–10 scale, CSAT), plus what only these records know. The health branch calls this when
 * it scores an account; nothing here depends on health.
 */
export interface LifecycleHealthInputs {
  /** Open or pending tickets by severity — RawSignals.ticketsP1…P3 of the support component. */
  ticketsP1: number;
  ticketsP2: number;
  ticketsP3: number;
  /** Every ticket recorded, open or not: with none, the open counts above say nothing. */
  ticketsRecorded: number;
  /** Tickets opened in the last 30 days and the 30 before: the tickets-spike signal compares them. */
  ticketsOpenedLast30d: number;
  ticketsOpenedPrior30d: number;
  /** The average of each contact's latest NPS answer (0–10, one decimal) — RawSignals.nps; null with none. */
  nps: number | null;
  /** How many contacts' latest NPS answers the average above is of. */
  npsRespondents: number;
  /** The average of each contact's latest CSAT (1–5) — RawSignals.csat; null with none. */
  csat: number | null;
  /** How many contacts' latest CSAT answers the average above is of. */
  csatRespondents: number;
  /** Contacts whose latest NPS is 9–10: the referral signal. */
  promoters: string[];
  /** Milestones past their date and not met: the outcomes component's risk flag. */
  milestonesAtRisk: number;
  milestonesMet: number;
  milestonesTotal: number;
  /** Unresolved escalations, and how many of those have breached their first-response time. */
  openEscalations: number;
  slaBreaches: number;
  /** Onboarding-kit progress. */
  kitShared: number;
  kitTotal: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function lifecycleHealthInputs(store: Store, accountId: string, now: Date): LifecycleHealthInputs {
  const life = getAccountLifecycle(store, accountId, now);
  const today = localIsoDate(now);
  const from30 = addDays(today, -30);
  const from60 = addDays(today, -60);
  const latestNps = new Map<string, { score: number; name: string }>();
  // Responses come newest first, so the first per contact is its latest.
  for (const r of life.surveys.responses) {
    if (r.kind !== 'nps') continue;
    const key = r.contactId ?? `gone:${r.id}`;
    if (!latestNps.has(key)) latestNps.set(key, { score: r.score, name: r.contactName });
  }
  const npsScores = [...latestNps.values()];
  const unresolved = life.escalations.filter((e) => e.resolvedAt === null);
  return {
    ticketsP1: life.openBySeverity.P1,
    ticketsP2: life.openBySeverity.P2,
    ticketsP3: life.openBySeverity.P3,
    ticketsRecorded: life.tickets.length,
    ticketsOpenedLast30d: life.tickets.filter((t) => t.openedOn > from30).length,
    ticketsOpenedPrior30d: life.tickets.filter((t) => t.openedOn > from60 && t.openedOn <= from30).length,
    nps: npsScores.length === 0 ? null : oneDecimal(npsScores.reduce((a, b) => a + b.score, 0) / npsScores.length),
    npsRespondents: npsScores.length,
    csat: life.surveys.figures.csat.average,
    csatRespondents: life.surveys.figures.csat.responses,
    promoters: npsScores.filter((s) => npsGroup(s.score) === 'promoter').map((s) => s.name),
    milestonesAtRisk: life.outcomes.atRisk,
    milestonesMet: life.outcomes.met,
    milestonesTotal: life.outcomes.total,
    openEscalations: unresolved.length,
    slaBreaches: unresolved.filter((e) => e.clock.state === 'breached').length,
    kitShared: life.kit.progress.shared,
    kitTotal: life.kit.progress.total,
  };
}
