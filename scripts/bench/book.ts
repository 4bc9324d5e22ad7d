import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../src/main/db/open';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { generateSampleBook } from '../../src/main/sample/generate';
import { generateSampleNotes } from '../../src/main/sample/generate-notes';

export const APP_URL = 'app://fieldbook/index.html';

export interface BenchBook {
  runtime: Runtime;
  /** The folder the book lives in (exports and backups of the data-safety cases go here too). */
  dataDir: string;
  accountIds: string[];
  /** True when an existing book was reused (FIELDBOOK_BENCH_DIR). */
  reused: boolean;
  dispose(): Promise<void>;
}

/**
 * A book of `accounts` accounts and `notes` check-in notes, served by the real runtime. It is
 * built in a fresh temp folder and removed afterwards, unless FIELDBOOK_BENCH_DIR names a
 * folder: then the book is kept there and reused by the next run (to iterate on a query).
 */
export async function buildBook(accounts: number, notes: number, now: Date): Promise<BenchBook> {
  const startedAt = Date.now();
  const keptDir = process.env.FIELDBOOK_BENCH_DIR;
  const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'fieldbook-bench-'));
  if (keptDir) mkdirSync(keptDir, { recursive: true });
  const reused = keptDir !== undefined && existsSync(join(keptDir, DATABASE_FILE_NAME));
  const runtime = startRuntime({
    dataDir,
    // "Export everything" saves next to the book; nothing else in the bench asks for a file.
    dialogs: { chooseSavePath: async () => join(dataDir, 'bench-export.json'), chooseOpenPath: async () => null, chooseFolder: async () => null },
    reveal: () => {},
    appUrls: [APP_URL],
    validateOutput: false,
    // No backup at start: the data-safety cases time backups themselves, one at a time.
    automaticBackups: false,
    // The book's clock starts at `now` and moves on with real time: backups are named by the
    // millisecond, and two written at one frozen instant would share a name.
    now: () => new Date(now.getTime() + (Date.now() - startedAt)),
  });
  // A kept book opens read-only while its integrity check runs (issue 11's launch): wait for the
  // verdict, then write through the writable store it hands over.
  await runtime.verified;
  const store = runtime.store;
  if (!store) throw new Error(`The benchmark book could not be opened: ${JSON.stringify(runtime.status)}`);
  let accountIds: string[];
  if (reused) {
    accountIds = store.all(store.q.selectFrom('accounts').select('id').orderBy('created_at')).map((r) => r.id);
  } else {
    // A bigger page cache while one transaction writes the whole book, so it is not spilled to the WAL midway.
    store.sqlite.pragma('cache_size = -262144');
    accountIds = generateSampleBook(store, accounts, now).accountIds;
    generateSampleNotes(store, accountIds, notes, now);
    store.sqlite.pragma('cache_size = -2000');
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.sqlite.pragma('optimize');
  }
  return {
    runtime,
    dataDir,
    accountIds,
    reused,
    async dispose() {
      await runtime.close();
      if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
