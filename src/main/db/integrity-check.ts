import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

/** What SQLite's check said about the data file: 'ok', or its first words about the damage. */
export type IntegrityVerdict = { ok: true } | { ok: false; detail: string };

/** Runs SQLite's check of a data file and answers without blocking the caller. */
export type IntegrityChecker = (file: string, options: { thorough: boolean }) => Promise<IntegrityVerdict>;

// Plain CommonJS handed to the worker as text: the main bundle has no second entry to point a
// Worker at, and the test runners run TypeScript a worker thread couldn't load. The driver is
// required by its resolved path, so it is the same better-sqlite3 main uses.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma(workerData.thorough ? 'integrity_check(20)' : 'quick_check(20)');
  const words = rows.map((row) => String(Object.values(row)[0]));
  parentPort.postMessage(words.length === 1 && words[0] === 'ok' ? { ok: true } : { ok: false, detail: words.join('; ') });
} catch (error) {
  parentPort.postMessage({ ok: false, detail: String(error && error.message) });
} finally {
  if (db) db.close();
}
`;

function driverPath(): string {
  // The app's main bundle and the test runners are CommonJS (`require` exists); the benchmark
  // runs as an ES module from the project folder, where node_modules is found from the cwd.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(join(process.cwd(), 'package.json')).resolve;
  return resolve('better-sqlite3');
}

/**
 * `PRAGMA quick_check` (or the full `integrity_check` when `thorough`) on a worker thread with
 * its own read-only connection: 2.5–3 s at a 416 MB book that main's thread keeps for the window.
 * A read-only connection never checkpoints or recovers a log into the file it checks.
 */
export const checkIntegrityOffThread: IntegrityChecker = (file, { thorough }) =>
  new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), file, thorough } });
    let answered = false;
    const answer = (verdict: IntegrityVerdict) => {
      if (answered) return;
      answered = true;
      resolve(verdict);
    };
    worker.once('message', (message: IntegrityVerdict) => answer(message));
    // A worker that can't start or dies without a word is no verdict: the check then runs here,
    // slower for the window, rather than a healthy book being shown as damaged (or the reverse).
    worker.once('error', () => answer(checkHere(file, thorough)));
    worker.once('exit', () => answer(checkHere(file, thorough)));
  });

function checkHere(file: string, thorough: boolean): IntegrityVerdict {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const words = (db.pragma(thorough ? 'integrity_check(20)' : 'quick_check(20)') as Record<string, unknown>[]).map((row) => String(Object.values(row)[0]));
    return words.length === 1 && words[0] === 'ok' ? { ok: true } : { ok: false, detail: words.join('; ') };
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  } finally {
    db?.close();
  }
}
