import { SEARCH_KINDS } from '../../../src/shared/search/kinds';
import { matchExpression } from '../../../src/shared/search/query';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';
import { countKindSql, RANK_WINDOW, searchKindRankedSql, searchKindSql } from '../../../src/main/search/repository';
import { COUNT_CAP } from '../../../src/main/search/service';

/** What the issue measured: bm25 over every matching note, best 20. */
const NAIVE = `SELECT rowid, bm25(search_fts_checkin_note) AS score FROM search_fts_checkin_note WHERE search_fts_checkin_note MATCH ? ORDER BY rank LIMIT 20`;

export function searchCase(book: BenchBook, label: string, word: string, iterations: number): BenchCase {
  const db = book.runtime.store!.sqlite;
  // What the handler runs per kind: a count, then the plain ranked statement for few matches or the window for many.
  const statements = SEARCH_KINDS.map((kind) => ({
    count: db.prepare(countKindSql(kind)),
    ranked: db.prepare(searchKindRankedSql(kind)),
    window: db.prepare(searchKindSql(kind)),
  }));
  const naive = db.prepare(NAIVE);
  const match = matchExpression(word);
  return {
    name: `search a ${label} word ("${word}")`,
    iterations,
    handler: async () => {
      const result = await book.runtime.invoke('search:query', APP_URL, { text: word });
      if (!result.ok) throw new Error(result.error.message);
    },
    bare: () =>
      statements.map((s) => {
        const n = (s.count.get({ match, cap: COUNT_CAP + 1 }) as { n: number }).n;
        if (n === 0) return [];
        return n <= RANK_WINDOW ? s.ranked.all({ match, limit: 5, offset: 0 }) : s.window.all({ match, window: RANK_WINDOW, limit: 5 });
      }),
    naive: { label: 'naive ORDER BY rank LIMIT 20 over every matching note', run: () => naive.all(`"${word}"`), iterations: Math.min(iterations, 30) },
  };
}

/** How many notes contain the word, to show what "common" and "rare" mean in this book. */
export function noteMatches(book: BenchBook, word: string): number {
  const db = book.runtime.store!.sqlite;
  return (db.prepare(`SELECT count(*) AS n FROM search_fts_checkin_note WHERE search_fts_checkin_note MATCH ?`).get(`"${word}"`) as { n: number }).n;
}
