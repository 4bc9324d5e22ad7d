import type { Segment } from '../accounts/segments';

/**
 * Support tickets and escalations (seeds 000, 001, 002). Escalation levels and first-response
 * times are seed 001's "Support Escalation Procedures"; the seed names no SMB times above L1,
 * so those come from Settings (`smbEscalationResponseMinutes`).
 */
export const TICKET_SYSTEMS = ['zendesk', 'jira', 'other'] as const;
export type TicketSystem = (typeof TICKET_SYSTEMS)[number];
export const TICKET_SYSTEM_LABELS: Record<TicketSystem, string> = { zendesk: 'Zendesk', jira: 'Jira', other: 'Other' };

export const SEVERITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const TICKET_STATUSES = ['open', 'pending', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = { open: 'Open', pending: 'Pending', solved: 'Solved', closed: 'Closed' };
/** Open and pending tickets still count against the account. */
export const isTicketOpen = (status: TicketStatus) => status === 'open' || status === 'pending';

export const ESCALATION_LEVELS = ['L1', 'L2', 'L3', 'L4'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_LEVEL_LABELS: Record<EscalationLevel, string> = {
  L1: 'L1 · Customer Success Manager',
  L2: 'L2 · Senior CSM',
  L3: 'L3 · VP of Customer Success',
  L4: 'L4 · Executive',
};

/** Seed 001's first-response times in minutes, Enterprise and Mid-Market at every level, SMB at L1. */
export const SEED_RESPONSE_MINUTES = {
  Enterprise: { L1: 240, L2: 120, L3: 60, L4: 30 },
  'Mid-Market': { L1: 1440, L2: 480, L3: 240, L4: 120 },
  SMB: { L1: 2880 },
} as const;

/** SMB above L1, as Settings holds it; by default the Mid-Market times (8 h / 4 h / 2 h). */
export interface SmbEscalationMinutes {
  L2: number;
  L3: number;
  L4: number;
}
export const DEFAULT_SMB_ESCALATION_MINUTES: SmbEscalationMinutes = { L2: 480, L3: 240, L4: 120 };

/** The first-response time promised for an escalation at `level` to an account in `segment`. */
export function responseMinutes(segment: Segment, level: EscalationLevel, smb: SmbEscalationMinutes = DEFAULT_SMB_ESCALATION_MINUTES): number {
  if (segment === 'SMB') return level === 'L1' ? SEED_RESPONSE_MINUTES.SMB.L1 : smb[level];
  return SEED_RESPONSE_MINUTES[segment][level];
}

export type SlaState = 'running' | 'breached' | 'met' | 'missed';

export interface SlaClock {
  /** When the first response is due (an instant, ISO). */
  dueAt: string;
  state: SlaState;
  /** Minutes until due (negative once past), while nobody has responded; otherwise null. */
  minutesLeft: number | null;
}

const MINUTE = 60_000;

/**
 * The first-response clock. It counts elapsed time between instants, so it runs the same across
 * midnight and across a daylight-saving change (a 4-hour promise is 4 real hours, whatever the
 * wall clock shows). Running until a first response; breached once due with none; then met or
 * missed by when the response came.
 */
export function slaClock(escalation: { openedAt: string; firstResponseAt: string | null; responseMinutes: number }, now: Date): SlaClock {
  const due = Date.parse(escalation.openedAt) + escalation.responseMinutes * MINUTE;
  const dueAt = new Date(due).toISOString();
  if (escalation.firstResponseAt !== null) {
    return { dueAt, state: Date.parse(escalation.firstResponseAt) <= due ? 'met' : 'missed', minutesLeft: null };
  }
  const minutesLeft = Math.floor((due - now.getTime()) / MINUTE);
  return { dueAt, state: now.getTime() >= due ? 'breached' : 'running', minutesLeft };
}

/** "2 h 15 min", "45 min", "1 d 3 h": a duration in minutes as the clock shows it. */
export function formatMinutes(minutes: number): string {
  const m = Math.abs(minutes);
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
  const days = Math.floor(m / (24 * 60));
  const hours = Math.floor((m % (24 * 60)) / 60);
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

/** Open tickets per severity. */
export function openBySeverity(tickets: readonly { severity: Severity; status: TicketStatus }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { P1: 0, P2: 0, P3: 0, P4: 0 };
  for (const t of tickets) if (isTicketOpen(t.status)) counts[t.severity] += 1;
  return counts;
}
