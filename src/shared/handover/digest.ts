import { addDays } from '../dates/iso-date';
import { CHECKIN_KIND_LABELS, type CheckinKind } from '../checkins/kinds';
import { dayLabel } from './day-label';
import type { HandoverBlock, HandoverDocument } from './document';

/** Monday of the week `day` (`YYYY-MM-DD`) falls in; a digest covers Monday to Sunday. */
export function weekStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** What happened across the book in one week, gathered by main. */
export interface DigestSource {
  /** Monday of the week. */
  weekStart: string;
  csmName: string;
  notes: { accountName: string; kind: CheckinKind; heldAt: string }[];
  blockersOpened: { accountName: string; title: string; owner: string }[];
  blockersResolved: { accountName: string; title: string; resolvedBy: string }[];
  /** Accounts whose readiness checklist moved: items done this week and where it stands now. */
  readiness: { accountName: string; doneThisWeek: number; percent: number }[];
  feedback: { accountName: string; request: string }[];
  licenses: { accountName: string; licensee: string; kind: string; expiresAt: string }[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The weekly digest for the CSM's manager: each part with a count, then the detail. */
export function buildDigest(source: DigestSource): HandoverDocument {
  const end = addDays(source.weekStart, 6);
  const blocks: HandoverBlock[] = [];
  if (source.csmName.trim() !== '') blocks.push({ kind: 'meta', text: `From ${source.csmName.trim()}` });
  blocks.push({
    kind: 'meta',
    text: [
      plural(source.notes.length, 'meeting', 'meetings'),
      `${plural(source.blockersOpened.length, 'blocker', 'blockers')} opened, ${source.blockersResolved.length} resolved`,
      `readiness moved on ${plural(source.readiness.length, 'account', 'accounts')}`,
      plural(source.feedback.length, 'feedback request', 'feedback requests'),
      plural(source.licenses.length, 'license', 'licenses') + ' issued',
    ].join(' · '),
  });
  const part = (heading: string, items: string[], none: string) => {
    blocks.push({ kind: 'heading', text: heading });
    if (items.length === 0) blocks.push({ kind: 'meta', text: none });
    else blocks.push({ kind: 'list', items });
  };
  part(
    'Meetings held',
    source.notes.map((n) => `${dayLabel(n.heldAt)}: ${n.accountName}, ${CHECKIN_KIND_LABELS[n.kind]}`),
    'No meetings this week.',
  );
  part(
    'Blockers opened',
    source.blockersOpened.map((b) => `${b.accountName}: ${b.title}${b.owner.trim() ? ` (owner: ${b.owner.trim()})` : ''}`),
    'No new blockers.',
  );
  part(
    'Blockers resolved',
    source.blockersResolved.map((b) => `${b.accountName}: ${b.title}${b.resolvedBy.trim() ? ` (resolved by ${b.resolvedBy.trim()})` : ''}`),
    'No blockers resolved.',
  );
  part(
    'Readiness moved',
    source.readiness.map((r) => `${r.accountName}: ${plural(r.doneThisWeek, 'item', 'items')} done, now ${r.percent}% ready`),
    'No readiness items done this week.',
  );
  part(
    'Feedback captured',
    source.feedback.map((f) => `${f.accountName}: ${f.request}`),
    'No feedback captured.',
  );
  part(
    'Licenses issued',
    source.licenses.map((l) => `${l.accountName}: ${l.licensee}, ${l.kind}, expires ${dayLabel(l.expiresAt)}`),
    'No licenses issued.',
  );
  return { title: `Weekly digest: ${dayLabel(source.weekStart)} to ${dayLabel(end)}`, blocks };
}
