import { randomUUID } from 'node:crypto';
import { accountsListQuery } from '../../../src/main/accounts/repository';
import { evaluateBook } from '../../../src/main/health/service';
import { generateSampleHealth } from '../../../src/main/sample/generate-health';
import { rankToday, todayParams } from '../../../src/main/today/ranking';
import { TODAY_SQL } from '../../../src/main/today/repository';
import { addDays, localIsoDate } from '../../../src/shared/dates/iso-date';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import { stats, type BenchCase, type Timings } from '../measure';

/** Issue 9's book L: 50,000 health checks and 50,000 tasks over the 2,000 accounts. */
const CHECKS_PER_ACCOUNT = 25;
const TASKS_TARGET = 50_000;

/**
 * Adds health checks and enough open tasks (most of them overdue, as in the report) to
 * reach book L, in one transaction; returns how many of each the book holds.
 */
export function growToBookL(book: BenchBook, now: Date): { checks: number; tasks: number } {
  const store = book.runtime.store!;
  const db = store.sqlite;
  const today = localIsoDate(now);
  const count = (table: 'health_checks' | 'tasks') => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  // A kept book (FIELDBOOK_BENCH_DIR) was grown by an earlier run: grown again, it would drift past book L.
  if (count('health_checks') < book.accountIds.length * CHECKS_PER_ACCOUNT) generateSampleHealth(store, book.accountIds, CHECKS_PER_ACCOUNT, now);
  const checks = count('health_checks');
  const have = count('tasks');
  const insert = db.prepare(
    `INSERT INTO tasks (id, account_id, title, owner, due_on, source_kind, created_at, updated_at) VALUES (?, ?, ?, '', ?, 'manual', ?, ?)`,
  );
  store.tx(() => {
    for (let i = have; i < TASKS_TARGET; i++) {
      const accountId = book.accountIds[i % book.accountIds.length]!;
      insert.run(randomUUID(), accountId, `Follow up ${i}`, addDays(today, -(i % 400) + 10), now.toISOString(), now.toISOString());
    }
  });
  return { checks, tasks: count('tasks') };
}

export function healthCases(book: BenchBook, now: Date): BenchCase[] {
  const store = book.runtime.store!;
  const db = store.sqlite;
  const list = accountsListQuery(store, { sort: 'name', direction: 'asc' }, localIsoDate(now)).compile();
  const listStatement = db.prepare(list.sql);
  const page = db.prepare(TODAY_SQL.page);
  const params = todayParams(now);
  return [
    {
      name: 'accounts table with health (2,000 rows)',
      iterations: 200,
      handler: async () => {
        const result = await book.runtime.invoke('accounts:list', APP_URL, { sort: 'name', direction: 'asc' });
        if (!result.ok) throw new Error(result.error.message);
      },
      bare: () => listStatement.all(...(list.parameters as unknown[])),
    },
    {
      name: 'Today ranked (alerts, tasks, renewals; first 50)',
      iterations: 100,
      handler: async () => {
        const result = await book.runtime.invoke('today:list', APP_URL, {});
        if (!result.ok) throw new Error(result.error.message);
      },
      // The page carries the counts (a window over the whole ranking); the counts statement runs only past the end.
      bare: () => page.all({ ...params, limit: 50, offset: 0 }),
    },
    todayAfterWriteCase(book, now),
  ];
}

/**
 * Today right after a write, so its kept answer can't be used: the groups statement, the page's
 * cutoff worked out in JS, and the page ranked from it. Bare runs the same two statements with
 * the cutoff known; the naive column is the one statement that ranks every item (the old path).
 */
function todayAfterWriteCase(book: BenchBook, now: Date): BenchCase {
  const store = book.runtime.store!;
  const db = store.sqlite;
  const params = todayParams(now);
  const touch = db.prepare('UPDATE accounts SET notes = notes WHERE rowid = 1');
  const groups = db.prepare(TODAY_SQL.groups);
  const pageFrom = db.prepare(TODAY_SQL.pageFrom);
  const page = db.prepare(TODAY_SQL.page);
  // The cutoff and accounts the handler works out for the first page, taken once from its own answer.
  const first = rankToday(store, { limit: 50 }, now);
  const cutoff = Math.min(...first.items.map((i) => i.priority)) - 1e-9;
  const accounts = JSON.stringify([...new Set(first.items.filter((i) => i.kind === 'task').map((i) => i.accountId))]);
  return {
    name: 'Today after a write (nothing kept; first 50)',
    iterations: 60,
    next: () => touch.run(),
    handler: async () => {
      const result = await book.runtime.invoke('today:list', APP_URL, {});
      if (!result.ok) throw new Error(result.error.message);
    },
    bare: () => {
      groups.all(params);
      pageFrom.all({ ...params, limit: 50, offset: 0, cutoff, accounts });
    },
    naive: { label: 'naive: one statement ranking every item', run: () => page.all({ ...params, limit: 50, offset: 0 }), iterations: 30 },
  };
}

/** Evaluating every trigger for the whole book, as at start (target ≤ 250 ms at p95). */
export function evaluateBookTimes(book: BenchBook, now: Date, runs = 20): Timings {
  const store = book.runtime.store!;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    evaluateBook(store, now);
    const spent = process.cpuUsage(used);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}
