import { randomUUID } from 'node:crypto';
import type { CheckinKind } from '../../shared/checkins/kinds';
import { CHECKIN_KINDS } from '../../shared/checkins/kinds';
import { checkinTemplate } from '../../shared/checkins/template';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { insertNote } from '../checkins/repository';
import { noteDocument } from '../checkins/search-document';
import type { Store } from '../db/store';
import { indexDocument } from '../search/documents';
import { createTask } from '../tasks/service';
import { seededRandom, type Random } from './random';
import { productVersionsById } from './repository';
import * as L from './note-words';

/** Bi-weekly syncs are most of a book's notes; the other kinds come now and then. */
function sampleKind(rnd: Random): CheckinKind {
  return rnd.chance(0.7) ? 'bi-weekly-sync' : rnd.pick(CHECKIN_KINDS);
}

/** Fills the agenda of a note of this kind with a few plausible lines under each heading. */
function sampleBody(rnd: Random, kind: CheckinKind, productVersion: string): string {
  const lines = (pool: readonly string[], n: number) => Array.from({ length: n }, () => `- ${rnd.pick(pool)}`).join('\n');
  const rare = rnd.chance(0.0005) ? `\n${rnd.pick(L.RARE_LINES)}` : '';
  if (kind !== 'bi-weekly-sync') {
    return `${lines(L.CHECKUP_LINES, 2)}\n${lines(L.REQUEST_LINES, 1)}\n${lines(L.FEEDBACK_LINES, 1)}${rare}`;
  }
  return checkinTemplate(kind, { productVersion })
    .replace(/^(## Health score.*\n\n)/m, `$1${lines(L.HEALTH_LINES, 2)}`)
    .replace(/^(### Blockers\n\n)/m, `$1${lines(L.BLOCKER_LINES, 1)}`)
    .replace(/^(### Bugs\n\n)/m, `$1${lines(L.BUG_LINES, 1)}`)
    .replace(/^(### Feature requests\n\n)/m, `$1${lines(L.REQUEST_LINES, 2)}`)
    .replace(/^(### Templates.*\n\n)/m, `$1${lines(L.CHECKUP_LINES, 2)}`)
    .replace(/^(## Open feedback\n\n)/m, `$1${lines(L.FEEDBACK_LINES, 1)}${rare}`);
}

/**
 * Adds `count` check-in notes spread over the given accounts and the last two years, oldest
 * first, each indexed for search, with an action item on about one note in five. One
 * transaction; used by the benchmarks.
 */
export function generateSampleNotes(store: Store, accountIds: readonly string[], count: number, now: Date, seed = 2): number {
  const rnd = seededRandom(seed);
  const today = localIsoDate(now);
  const versions = productVersionsById(store);
  const meetings = Array.from({ length: count }, () => ({
    accountId: accountIds[rnd.int(0, accountIds.length - 1)]!,
    heldAt: `${addDays(today, -rnd.int(0, 730))}T${String(rnd.int(8, 17)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}:00.000Z`,
  })).sort((a, b) => (a.heldAt < b.heldAt ? -1 : 1));
  return store.tx(() => {
    for (const meeting of meetings) {
      const kind = sampleKind(rnd);
      const id = randomUUID();
      const note = {
        id,
        accountId: meeting.accountId,
        kind,
        heldAt: meeting.heldAt,
        attendees: [],
        body: sampleBody(rnd, kind, versions.get(meeting.accountId) ?? ''),
      };
      insertNote(store, {
        id,
        account_id: note.accountId,
        kind,
        held_at: note.heldAt,
        attendees: '[]',
        body: note.body,
        revision: 1,
        created_at: note.heldAt,
        updated_at: note.heldAt,
        deleted_at: null,
      });
      indexDocument(store, noteDocument(note));
      if (rnd.chance(0.2)) {
        createTask(
          store,
          {
            accountId: note.accountId,
            title: rnd.pick(L.ACTION_ITEMS),
            owner: rnd.pick(['Alex Moreau', 'Giulia Rossi', 'Marco Bianchi']),
            dueOn: addDays(meeting.heldAt.slice(0, 10), rnd.int(3, 21)),
            source: { kind: 'checkin-note', id },
          },
          now,
        );
      }
    }
    return count;
  });
}
