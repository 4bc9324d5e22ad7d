import { accountsPageQueries } from '../../../src/main/accounts/repository';
import { TIMELINE_SQL } from '../../../src/main/checkins/repository';
import { generateSampleNotes } from '../../../src/main/sample/generate-notes';
import type { AccountsPageInput } from '../../../src/shared/accounts/schema';
import { localIsoDate } from '../../../src/shared/dates/iso-date';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';

/** The account that gets thousands of notes of its own (issue 12 item 17). */
const BIG_TIMELINE_NOTES = 5_000;
const PAGE = 100;

/** One window of the accounts table (`accounts:page`) against its three statements run bare. */
function accountsPageCase(book: BenchBook, name: string, input: AccountsPageInput, now: Date): BenchCase {
  const store = book.runtime.store!;
  const queries = accountsPageQueries(store, input, localIsoDate(now));
  const ids = queries.ids.compile();
  const idsStatement = store.sqlite.prepare(ids.sql);
  const pageIds = (idsStatement.all(...(ids.parameters as unknown[])) as { id: string }[]).map((r) => r.id);
  const rows = queries.rows(pageIds).compile();
  const totals = queries.totals.compile();
  const rowsStatement = store.sqlite.prepare(rows.sql);
  const totalsStatement = store.sqlite.prepare(totals.sql);
  return {
    name,
    iterations: 100,
    handler: async () => {
      const result = await book.runtime.invoke('accounts:page', APP_URL, input);
      if (!result.ok) throw new Error(result.error.message);
    },
    bare: () => {
      idsStatement.all(...(ids.parameters as unknown[]));
      rowsStatement.all(...(rows.parameters as unknown[]));
      return totalsStatement.get(...(totals.parameters as unknown[]));
    },
  };
}

/**
 * At scale (issue 12 item 17), on book L: the accounts table a page at a time with the filters
 * the table offers (text, health tier, "older than" a version, by version), and the check-in
 * timeline of one account holding 5,000 notes of its own, first page and a page deep into it.
 */
export function scaleCases(book: BenchBook, now: Date): BenchCase[] {
  const store = book.runtime.store!;
  const db = store.sqlite;
  const big = book.accountIds[1]!;
  // A kept book (FIELDBOOK_BENCH_DIR) already gave the account its notes on an earlier run.
  if ((db.prepare(TIMELINE_SQL.count).get(big) as { n: number }).n < BIG_TIMELINE_NOTES) generateSampleNotes(store, [big], BIG_TIMELINE_NOTES, now, 7);
  const notesOfBig = (db.prepare(TIMELINE_SQL.count).get(big) as { n: number }).n;
  // Half way down the timeline: the cursor "Show older notes" sends after 50 pages.
  const middle = db
    .prepare('SELECT held_at, id FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL ORDER BY held_at DESC, id DESC LIMIT 1 OFFSET ?')
    .get(big, Math.floor(notesOfBig / 2)) as { held_at: string; id: string };
  const first = db.prepare(TIMELINE_SQL.page);
  const next = db.prepare(TIMELINE_SQL.nextPage);
  const tasks = db.prepare(TIMELINE_SQL.actionItems);
  const count = db.prepare(TIMELINE_SQL.count);
  const timeline = (name: string, after: { heldAt: string; id: string } | null): BenchCase => ({
    name,
    iterations: 300,
    handler: async () => {
      const result = await book.runtime.invoke('checkins:list', APP_URL, { accountId: big, ...(after ? { after } : {}) });
      if (!result.ok) throw new Error(result.error.message);
    },
    bare: () => {
      const rows = (after ? next.all(big, after.heldAt, after.id, 51) : first.all(big, 51)) as { id: string }[];
      tasks.all(JSON.stringify(rows.slice(0, 50).map((r) => r.id)));
      return count.get(big);
    },
  });
  return [
    accountsPageCase(book, 'accounts page, by name (first 100 of 2,000)', { sort: 'name', direction: 'asc', offset: 0, limit: PAGE }, now),
    accountsPageCase(
      book,
      'accounts page, text + tier + older than, by version',
      { query: 'a', tier: 'yellow', olderThan: '2.1', sort: 'productVersion', direction: 'desc', offset: 0, limit: PAGE },
      now,
    ),
    accountsPageCase(book, 'accounts page, by version, rows 1,900–2,000', { sort: 'productVersion', direction: 'asc', offset: 1_900, limit: PAGE }, now),
    timeline(`timeline of a ${notesOfBig.toLocaleString('en-US')}-note account, first 50`, null),
    timeline(`timeline of a ${notesOfBig.toLocaleString('en-US')}-note account, 50 from the middle`, { heldAt: middle.held_at, id: middle.id }),
  ];
}
