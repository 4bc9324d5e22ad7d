import { addDays, daysBetween } from '../dates/iso-date';
import { addMonths } from '../dates/months';
import { TIER_RANK, type Tier } from './models';
import { milestoneAtRiskTriggers, recordPromoterTriggers, recordTicketSpikeTrigger, slaBreachTriggers, type RecordFacts } from './record-triggers';
import type { RawSignals } from './signals';

/**
 * Early-warning triggers (PRODUCT.md item 7; seed 001 "Early Warning System", seed 003
 * "Proactive Outreach Triggers", seed 004 risk tiers). Each is a small pure function of what is
 * known about an account; main raises one open alert per account and kind, and never raises
 * the same cause twice (a closed alert stays closed).
 */
export const ALERT_KINDS = [
  'usage-drop-50',
  'usage-drop-25',
  'no-login',
  'ticket-spike',
  'champion-left',
  'champion-changed',
  'payment-late',
  'competitor',
  'renewal-60',
  'renewal-90',
  'health-fell',
  'license-expiring',
  'promoter',
  'milestone-at-risk',
  'sla-breach',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const SEVERITIES = ['urgent', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Days to act on an alert of each severity, counted from the day it was raised. */
export const RESPOND_WITHIN_DAYS: Record<Severity, number> = { urgent: 0, high: 2, medium: 7, low: 14 };

export const ALERT_INFO: Record<AlertKind, { label: string; severity: Severity; play: string }> = {
  'usage-drop-50': { label: 'Usage down 50 % or more', severity: 'urgent', play: 'Check-in call to identify blockers (seed 003).' },
  'usage-drop-25': {
    label: 'Usage down 25 % or more',
    severity: 'high',
    play: 'Find the cause: a technical issue goes to the specialists with a root-cause analysis; a value doubt gets an ROI analysis and use-case expansion (seed 001).',
  },
  'no-login': { label: 'No login for 7 days', severity: 'medium', play: 'Re-engagement email with a value reminder (seed 003).' },
  'ticket-spike': {
    label: 'Support tickets spike',
    severity: 'high',
    play: 'Schedule a troubleshooting session; escalate to the technical specialists (seeds 003, 001).',
  },
  'champion-left': {
    label: 'Champion left',
    severity: 'high',
    play: 'Map the stakeholders again, find a new champion and bring in the executive sponsor (seed 001).',
  },
  'champion-changed': {
    label: 'Champion changed role',
    severity: 'high',
    play: 'Meet them in their new role: do they still sponsor us? Map the stakeholders again and find who champions us now (seed 001).',
  },
  'payment-late': { label: 'Payment late', severity: 'high', play: 'Talk through the contract and payment with finance and the sponsor; restate the value delivered (seed 001).' },
  competitor: {
    label: 'Competitor mentioned',
    severity: 'high',
    play: 'Competitive analysis, a proof of concept with real data, reference customers (seed 001).',
  },
  'renewal-60': { label: 'Renewal in 60 days', severity: 'high', play: 'Business review and ROI discussion; renewal meeting and proposal (seeds 003, 001).' },
  'renewal-90': {
    label: 'Renewal in 90 days',
    severity: 'medium',
    play: 'Health review, stakeholder mapping, value realisation, competitive intelligence (seed 001).',
  },
  'health-fell': {
    label: 'Health fell a tier',
    severity: 'high',
    play: 'Review the components that fell and agree a plan: targeted outreach on Watch, a success-plan reset when at risk (seed 004).',
  },
  'license-expiring': { label: 'License expiring within 6 months', severity: 'medium', play: 'Start renewal talks with Sales (seed 000: six months before expiry).' },
  promoter: { label: 'Promoter', severity: 'low', play: 'Ask for a referral or testimonial (seed 003).' },
  'milestone-at-risk': {
    label: 'Success-plan milestone at risk',
    severity: 'high',
    play: 'Review the goal with the customer: find what blocks the milestone, agree a new date or reset the success plan (seed 004).',
  },
  'sla-breach': {
    label: 'Escalation SLA breached',
    severity: 'urgent',
    play: 'Respond now, tell the customer what happens next and bring in the next escalation level (seed 001).',
  },
};

export interface CheckFacts {
  id: string;
  checkedOn: string;
  score: number | null;
  tier: Tier | null;
  /** The usage component's score (either model calls it usage). */
  usage: number | null;
  signals: RawSignals;
}

export interface AccountFacts {
  today: string;
  latest: CheckFacts | null;
  previous: CheckFacts | null;
  renewalDate: string | null;
  /** Champions marked as having left. */
  championsLeft: readonly { id: string; name: string; leftOn: string }[];
  /** Licenses neither revoked nor replaced. */
  licenses: readonly { id: string; expiresAt: string }[];
  /** What the lifecycle records (success plan, escalations, tickets, surveys) say; none when absent. */
  records?: RecordFacts;
}

export interface TriggerHit {
  kind: AlertKind;
  /** What raised it (a check, a contact, a date): the same cause never raises a second alert. */
  cause: string;
  severity: Severity;
  /** Why, in a sentence the CSM can read. */
  reason: string;
}

/** A champion who left longer ago than this is history, not a signal. */
export const CHAMPION_LEFT_WITHIN_DAYS = 90;
/** Seed 004: "two or more P1/P2 within 14 days". */
export const TICKET_SPIKE_WINDOW_DAYS = 14;

type UsageMeasure = { label: string; from: number; to: number };

/**
 * The usage figure both checks have, most direct first: logins in the last 30 days, then active
 * users, then the usage component's score.
 */
export function usageMeasure(latest: CheckFacts, previous: CheckFacts): UsageMeasure | null {
  const pairs: [string, number | null, number | null][] = [
    ['logins in the last 30 days', previous.signals.logins30d, latest.signals.logins30d],
    ['active users', previous.signals.activeUsers, latest.signals.activeUsers],
    ['the usage score', previous.usage, latest.usage],
  ];
  for (const [label, from, to] of pairs) if (from !== null && to !== null) return { label, from, to };
  return null;
}

/** Fraction by which usage fell (0.5 = halved); 0 when it rose or stayed. */
export function usageDrop(m: UsageMeasure): number {
  if (m.from <= 0 || m.to >= m.from) return 0;
  return (m.from - m.to) / m.from;
}

export function usageDropTrigger(f: AccountFacts): TriggerHit | null {
  if (!f.latest || !f.previous) return null;
  const m = usageMeasure(f.latest, f.previous);
  if (!m) return null;
  const drop = usageDrop(m);
  const kind: AlertKind | null = drop >= 0.5 ? 'usage-drop-50' : drop >= 0.25 ? 'usage-drop-25' : null;
  if (!kind) return null;
  return {
    kind,
    cause: `check:${f.latest.id}`,
    severity: ALERT_INFO[kind].severity,
    reason: `Usage fell ${Math.round(drop * 100)} %: ${m.label} went from ${m.from} to ${m.to} since the check of ${f.previous.checkedOn}.`,
  };
}

export function noLoginTrigger(f: AccountFacts): TriggerHit | null {
  const d = f.latest?.signals.daysSinceLastUse;
  if (!f.latest || d === null || d === undefined || d < 7) return null;
  return { kind: 'no-login', cause: `check:${f.latest.id}`, severity: 'medium', reason: `No login for ${d} days at the check of ${f.latest.checkedOn}.` };
}

const highTickets = (s: RawSignals) => (s.ticketsP1 === null && s.ticketsP2 === null ? null : (s.ticketsP1 ?? 0) + (s.ticketsP2 ?? 0));

export function ticketSpikeTrigger(f: AccountFacts): TriggerHit | null {
  if (!f.latest) return null;
  const now = highTickets(f.latest.signals);
  if (now === null) return null;
  const before = f.previous ? highTickets(f.previous.signals) : null;
  const hit = (() => {
    if (before === null) return now >= 2 ? `${now} open P1/P2 tickets` : null;
    if (before > 0 && now >= 2 * before) return `open P1/P2 tickets doubled, ${before} → ${now}`;
    const within = daysBetween(f.previous!.checkedOn, f.latest.checkedOn) <= TICKET_SPIKE_WINDOW_DAYS;
    if (within && now - before >= 2) return `${now - before} more open P1/P2 tickets within ${TICKET_SPIKE_WINDOW_DAYS} days`;
    return null;
  })();
  return hit ? { kind: 'ticket-spike', cause: `check:${f.latest.id}`, severity: 'high', reason: `Support tickets spiked: ${hit}.` } : null;
}

export function championLeftTriggers(f: AccountFacts): TriggerHit[] {
  return f.championsLeft
    .filter((c) => c.leftOn <= f.today && daysBetween(c.leftOn, f.today) <= CHAMPION_LEFT_WITHIN_DAYS)
    .map((c) => ({ kind: 'champion-left', cause: `contact:${c.id}`, severity: 'high', reason: `${c.name}, a champion, left on ${c.leftOn}.` }));
}

export function paymentLateTrigger(f: AccountFacts): TriggerHit | null {
  if (!f.latest?.signals.paymentLate) return null;
  return { kind: 'payment-late', cause: `check:${f.latest.id}`, severity: 'high', reason: `Payment reported late at the check of ${f.latest.checkedOn}.` };
}

export function competitorTrigger(f: AccountFacts): TriggerHit | null {
  if (!f.latest?.signals.competitorMentioned) return null;
  return { kind: 'competitor', cause: `check:${f.latest.id}`, severity: 'high', reason: `A competitor was mentioned at the check of ${f.latest.checkedOn}.` };
}

export function renewalTrigger(f: AccountFacts): TriggerHit | null {
  if (!f.renewalDate) return null;
  const days = daysBetween(f.today, f.renewalDate);
  if (days < 0 || days > 90) return null;
  const kind: AlertKind = days <= 60 ? 'renewal-60' : 'renewal-90';
  return { kind, cause: `renewal:${f.renewalDate}`, severity: ALERT_INFO[kind].severity, reason: `Renews on ${f.renewalDate}, in ${days} days.` };
}

export function healthFellTrigger(f: AccountFacts): TriggerHit | null {
  const [now, before] = [f.latest?.tier, f.previous?.tier];
  if (!f.latest || !now || !before || TIER_RANK[now] >= TIER_RANK[before]) return null;
  return {
    kind: 'health-fell',
    cause: `check:${f.latest.id}`,
    severity: now === 'red' ? 'urgent' : 'high',
    reason: `Health fell from ${before} to ${now} (${f.previous?.score ?? '—'} → ${f.latest.score ?? '—'}).`,
  };
}

export function licenseExpiringTriggers(f: AccountFacts): TriggerHit[] {
  const horizon = addMonths(f.today, 6);
  return f.licenses
    .filter((l) => l.expiresAt >= f.today && l.expiresAt <= horizon)
    .map((l) => ({ kind: 'license-expiring', cause: `license:${l.id}`, severity: 'medium', reason: `A license expires on ${l.expiresAt}, in ${daysBetween(f.today, l.expiresAt)} days.` }));
}

export function promoterTrigger(f: AccountFacts): TriggerHit | null {
  const score = f.latest?.signals.nps;
  if (!f.latest || score === null || score === undefined || score < 9) return null;
  return { kind: 'promoter', cause: `check:${f.latest.id}`, severity: 'low', reason: `NPS ${score} at the check of ${f.latest.checkedOn}: a promoter.` };
}

/** Every trigger that holds for the account now, in a stable order. */
export function evaluateTriggers(f: AccountFacts): TriggerHit[] {
  return [
    usageDropTrigger(f),
    noLoginTrigger(f),
    ticketSpikeTrigger(f),
    recordTicketSpikeTrigger(f),
    ...championLeftTriggers(f),
    paymentLateTrigger(f),
    competitorTrigger(f),
    renewalTrigger(f),
    healthFellTrigger(f),
    ...licenseExpiringTriggers(f),
    promoterTrigger(f),
    ...recordPromoterTriggers(f),
    ...milestoneAtRiskTriggers(f),
    ...slaBreachTriggers(f),
  ].filter((h): h is TriggerHit => h !== null);
}

/**
 * The hits that become new alerts: none of a kind that already has an open alert (no storms),
 * none whose cause already raised one (a closed alert stays closed), at most one per kind.
 */
export function newAlerts(hits: readonly TriggerHit[], openKinds: ReadonlySet<AlertKind>, usedCauses: ReadonlySet<string>): TriggerHit[] {
  const taken = new Set(openKinds);
  const picked: TriggerHit[] = [];
  for (const hit of hits) {
    if (taken.has(hit.kind) || usedCauses.has(`${hit.kind}|${hit.cause}`)) continue;
    taken.add(hit.kind);
    picked.push(hit);
  }
  return picked;
}

export function alertDueOn(raisedOn: string, severity: Severity): string {
  return addDays(raisedOn, RESPOND_WITHIN_DAYS[severity]);
}
