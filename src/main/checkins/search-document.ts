import { localIsoDate } from '../../shared/dates/iso-date';
import { CHECKIN_KIND_LABELS, type CheckinKind } from '../../shared/checkins/kinds';
import type { Attendee } from '../../shared/checkins/schema';
import type { SearchDocument } from '../search/documents';

/** A note is found by its kind and day, its text, and the names of the people who attended. */
export function noteDocument(note: { id: string; accountId: string; kind: CheckinKind; heldAt: string; attendees: Attendee[]; body: string }): SearchDocument {
  return {
    kind: 'checkin-note',
    id: note.id,
    accountId: note.accountId,
    title: `${CHECKIN_KIND_LABELS[note.kind]} · ${localIsoDate(new Date(note.heldAt))}`,
    body: note.attendees.length > 0 ? `${note.body}\n${note.attendees.map((a) => a.name).join(', ')}` : note.body,
  };
}
