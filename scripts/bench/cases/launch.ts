import { join } from 'node:path';
import { startRuntime, type Runtime } from '../../../src/main/runtime';
import { DATABASE_FILE_NAME, openDatabase } from '../../../src/main/db/open';
import { stats } from '../measure';
import { APP_URL, type BenchBook } from '../book';
import type { HeavyRow } from './data-safety';

const ITERATIONS = Number(process.env.FIELDBOOK_BENCH_HEAVY_ITERATIONS ?? 3);
/** What the accounts table asks for first. */
const FIRST_PAGE = { sort: 'name', direction: 'asc', offset: 0, limit: 100 } as const;

async function firstPage(runtime: Runtime): Promise<void> {
  const result = await runtime.invoke('accounts:page', APP_URL, FIRST_PAGE);
  if (!result.ok) throw new Error(`accounts:page: ${result.error.message}`);
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Issue 11 "opening fast": from starting main's runtime on book L to the accounts table's first
 * page answered (launch to data), with the integrity check left to a worker thread; beside it,
 * the old launch (quick_check on main's thread before anything) and the time until writes are
 * let through. The book's own runtime must be closed first (one clean close, so no full check).
 */
export async function launchCase(book: BenchBook): Promise<HeavyRow> {
  const handler: number[] = [];
  const bare: number[] = [];
  const writable: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = process.hrtime.bigint();
    const runtime = startRuntime({
      dataDir: book.dataDir,
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null },
      reveal: () => {},
      appUrls: [APP_URL],
      validateOutput: false,
      automaticBackups: false,
    });
    if (runtime.status.state !== 'ready') throw new Error(`book L did not open: ${JSON.stringify(runtime.status)}`);
    await firstPage(runtime);
    handler.push(since(start));
    await runtime.verified;
    writable.push(since(start));
    await runtime.close();

    // The launch before: every check, quick_check included, on main's thread first.
    const oldStart = process.hrtime.bigint();
    const db = openDatabase(join(book.dataDir, DATABASE_FILE_NAME));
    db.prepare('SELECT id, name FROM accounts ORDER BY name LIMIT 50').all();
    bare.push(since(oldStart));
    db.close();
  }
  const w = stats(writable);
  return {
    name: 'launch to data, book L (first accounts page)',
    handler: stats(handler),
    bare: stats(bare),
    notes: [
      `  bare = the old launch: quick_check on main's thread, then a first page; writes let through after p50 ${w.p50.toFixed(0)} ms, p95 ${w.p95.toFixed(0)} ms (background check)`,
    ],
  };
}
