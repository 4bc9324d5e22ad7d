import { CHECKIN_KIND_LABELS, type CheckinKind } from '../checkins/kinds';
import { parseSections, trimBlankEdges } from '../checkins/sections';
import { dayLabel } from './day-label';
import type { HandoverBlock, HandoverDocument } from './document';

/** Everything a recap is made from, gathered by main from the note and what hangs off it. */
export interface RecapSource {
  accountName: string;
  /** The CSM's name, for action items owned by "us". */
  csmName: string;
  note: { kind: CheckinKind; heldAt: string; attendees: { name: string }[]; body: string };
  actionItems: { title: string; owner: string; dueOn: string | null; done: boolean }[];
  feedback: { request: string; askedBy: string[] }[];
}

export function recapTitle(source: Pick<RecapSource, 'accountName' | 'note'>): string {
  return `${source.accountName}: ${CHECKIN_KIND_LABELS[source.note.kind]}, ${dayLabel(source.note.heldAt)}`;
}

function ownerLabel(owner: string, csmName: string): string {
  const o = owner.trim();
  if (o === '') return 'no owner yet';
  if (o.toLowerCase() === 'us' && csmName.trim() !== '') return `us (${csmName.trim()})`;
  return o;
}

/**
 * The customer-ready recap of a meeting: who was there, the sections that were filled in (empty
 * agenda headings left out), the action items with owners and dates, and the feedback captured.
 */
export function buildRecap(source: RecapSource): HandoverDocument {
  const blocks: HandoverBlock[] = [];
  const attendees = source.note.attendees.map((a) => a.name.trim()).filter((n) => n !== '');
  blocks.push({ kind: 'meta', text: `Meeting: ${CHECKIN_KIND_LABELS[source.note.kind]} on ${dayLabel(source.note.heldAt)}` });
  blocks.push({ kind: 'meta', text: `Attendees: ${attendees.length > 0 ? attendees.join(', ') : 'not recorded'}` });

  for (const section of parseSections(source.note.body).filter((s) => s.filled)) {
    const body = trimBlankEdges(section.body);
    if (section.heading !== null) blocks.push({ kind: 'heading', text: section.heading });
    else blocks.push({ kind: 'heading', text: 'Notes' });
    if (body.length > 0) blocks.push({ kind: 'markdown', lines: body });
  }

  blocks.push({ kind: 'heading', text: 'Action items' });
  if (source.actionItems.length === 0) blocks.push({ kind: 'meta', text: 'No action items.' });
  else
    blocks.push({
      kind: 'list',
      items: source.actionItems.map((t) => {
        const due = t.dueOn ? `due ${dayLabel(t.dueOn)}` : 'no date';
        return `${t.done ? '[done] ' : ''}${t.title} (${ownerLabel(t.owner, source.csmName)}, ${due})`;
      }),
    });

  if (source.feedback.length > 0) {
    blocks.push({ kind: 'heading', text: 'Feedback captured' });
    blocks.push({
      kind: 'list',
      items: source.feedback.map((f) => (f.askedBy.length > 0 ? `${f.request} (asked by ${f.askedBy.join(', ')})` : f.request)),
    });
  }
  return { title: `Recap: ${recapTitle(source)}`, blocks };
}
