import type { Escalation, Ticket } from '../../shared/lifecycle/schema';
import { formatMinutes, isTicketOpen, SEVERITIES } from '../../shared/lifecycle/support';
import type { QbrSection } from '../../shared/qbr/schema';

type Fact = QbrSection['facts'][number];
type Table = QbrSection['tables'][number];

const within = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;
const day = (timestamp: string) => timestamp.slice(0, 10);

/** Open on the period's last day: opened by then and not closed by then. */
function openAtEnd(t: Ticket, to: string): boolean {
  if (t.openedOn > to) return false;
  return t.closedOn === null ? isTicketOpen(t.status) : t.closedOn > to;
}

/** The escalations a review of the period talks about: opened in it, or still unresolved when it began. */
export function escalationsOfPeriod(escalations: readonly Escalation[], from: string, to: string): Escalation[] {
  return escalations
    .filter((e) => within(day(e.openedAt), from, to) || (day(e.openedAt) < from && (e.resolvedAt === null || day(e.resolvedAt) >= from)))
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
}

/** "Missed" and "breached" both broke the first-response promise. */
export const breachedSla = (e: Escalation) => e.clock.state === 'missed' || e.clock.state === 'breached';

function slaText(e: Escalation): string {
  switch (e.clock.state) {
    case 'met':
      return 'Met';
    case 'missed': {
      const late = Math.round((Date.parse(e.firstResponseAt ?? e.clock.dueAt) - Date.parse(e.clock.dueAt)) / 60_000);
      return `Breached (answered ${formatMinutes(late)} late)`;
    }
    case 'breached':
      return 'Breached (no response yet)';
    case 'running':
      return 'Running';
    default: {
      const never: never = e.clock.state;
      return never;
    }
  }
}

/**
 * The usage analysis's support part, from the lifecycle's support records: tickets opened and
 * closed in the period by priority, and escalations with their first-response SLA (seed 001).
 */
export function supportPart(tickets: readonly Ticket[], escalations: readonly Escalation[], from: string, to: string): { facts: Fact[]; tables: Table[] } {
  const opened = tickets.filter((t) => within(t.openedOn, from, to));
  const closed = tickets.filter((t) => within(t.closedOn, from, to));
  const touched = tickets.some((t) => within(t.openedOn, from, to) || within(t.closedOn, from, to) || openAtEnd(t, to));
  const inPeriod = escalationsOfPeriod(escalations, from, to);
  const breaches = inPeriod.filter(breachedSla).length;
  return {
    facts: [
      { label: 'Tickets opened / closed', value: `${opened.length} / ${closed.length}` },
      { label: 'Escalations (SLA breached)', value: `${inPeriod.length} (${breaches} breached)` },
    ],
    tables: [
      {
        title: 'Support tickets by priority',
        header: ['Priority', 'Opened', 'Closed', 'Open at period end'],
        rows: touched
          ? SEVERITIES.map((p) => ({
              cells: [
                p,
                String(opened.filter((t) => t.severity === p).length),
                String(closed.filter((t) => t.severity === p).length),
                String(tickets.filter((t) => t.severity === p && openAtEnd(t, to)).length),
              ],
            }))
          : [],
        empty: 'No support tickets were opened, closed or open this period.',
      },
      {
        title: 'Escalations and first-response SLA',
        header: ['Opened', 'Level', 'Summary', 'Owner', 'Respond within', 'SLA', 'Resolved'],
        rows: inPeriod.map((e) => ({
          cells: [day(e.openedAt), e.level, e.summary, e.owner || '—', formatMinutes(e.responseMinutes), slaText(e), e.resolvedAt ? day(e.resolvedAt) : 'Not yet'],
        })),
        empty: 'No escalation was open this period.',
      },
    ],
  };
}
