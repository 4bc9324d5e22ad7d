import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

/** What SQLite's check said about the data file: 'ok', or its first words about the damage. */
export type IntegrityVerdict = { ok: true } | { ok: false; detail: string };

export interface IntegrityCheckOptions {
  thorough: boolean;
  /**
   * When the worker can't start or dies without a verdict, run the check on this thread instead
   * (default true: the launch needs a verdict). The idle check says false: it rejects with a
   * `CheckNotRunError` rather than freeze the window for the seconds a full check takes.
   */
  fallbackHere?: boolean;
  /**
   * Aborting lets go of the check at once (close, restore, Cancel): the promise rejects with the
   * signal's reason. The worker itself runs on until SQLite's current step returns (a full check is
   * one step: seconds at a large book), still holding the file open: see `released`.
   */
  signal?: AbortSignal;
  /**
   * Told once a worker thread has the file: `exited` resolves when that thread has really ended and
   * let go of the file (after an abort too). Whoever replaces or removes the file, or starts another
   * check, waits for it. A checker that runs no thread (or a stand-in) may never call it.
   */
  released?: (exited: Promise<void>) => void;
}

/** Runs SQLite's check of a data file and answers without blocking the caller. */
export type IntegrityChecker = (file: string, options: IntegrityCheckOptions) => Promise<IntegrityVerdict>;

/** The check did not run (the worker thread could not start or died): no verdict either way. */
export class CheckNotRunError extends Error {
  override name = 'CheckNotRunError';
}

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
export const checkIntegrityOffThread: IntegrityChecker = (file, { thorough, fallbackHere = true, signal, released }) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let answered = false;
    const settle = (done: () => void) => {
      if (answered) return;
      answered = true;
      signal?.removeEventListener('abort', onAbort);
      done();
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), file, thorough } });
    } catch (error) {
      return fallbackHere ? resolve(checkHere(file, thorough)) : reject(new CheckNotRunError(`The check's worker thread could not start: ${(error as Error).message}`));
    }
    // Registered before anything else can end it: 'exit' is the one sure sign the file is let go.
    released?.(new Promise<void>((resolve) => worker.once('exit', () => resolve())));
    // terminate() stops the worker only once SQLite's current step returns; `released` tells when.
    const onAbort = () => settle(() => (void worker.terminate(), reject(signal?.reason)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: IntegrityVerdict) => settle(() => resolve(message)));
    // A worker that can't start or dies without a word is no verdict: the check then runs here,
    // slower for the window, rather than a healthy book being shown as damaged (or the reverse).
    const noVerdict = (why: string) =>
      settle(() => (fallbackHere ? resolve(checkHere(file, thorough)) : reject(new CheckNotRunError(`The check's worker thread ${why}.`))));
    worker.once('error', (error) => noVerdict(`failed: ${error.message}`));
    worker.once('exit', () => noVerdict('ended without a verdict'));
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
