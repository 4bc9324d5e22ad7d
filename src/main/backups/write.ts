import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { checkIntegrityOffThread } from '../db/integrity-check';
import { syncFolder } from '../files/atomic-write';

export interface WrittenBackup {
  path: string;
  sizeBytes: number;
}

/** A backup is one self-contained file, readable read-only: the copy leaves WAL mode (a one-page write). */
function toRollbackJournal(temp: string): BetterSqlite3.Database {
  const copy = new BetterSqlite3(temp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } catch (error) {
    copy.close();
    throw error;
  }
  return copy;
}

const failedCheck = (detail: string) => new Error(`The backup copy failed its integrity check (${detail}).`);

/**
 * Makes a checked copy ready to be renamed into place: rollback-journal mode, then the full
 * integrity check. A copy that fails is removed by the caller; nothing of it ever carries a
 * backup's name.
 */
function checkCopy(temp: string): void {
  const copy = toRollbackJournal(temp);
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw failedCheck(String(check));
  } finally {
    copy.close();
  }
}

/**
 * The same check for a backup taken while the app runs, with the integrity check on a worker
 * thread: at book L it takes most of a backup's ten-odd seconds, during which main's thread
 * would answer no call from the window.
 */
async function checkCopyOffThread(temp: string, signal: AbortSignal | undefined, released: (exited: Promise<void>) => void): Promise<void> {
  toRollbackJournal(temp).close();
  const verdict = await checkIntegrityOffThread(temp, { thorough: true, released, ...(signal ? { signal } : {}) });
  if (!verdict.ok) throw failedCheck(verdict.detail);
}

function moveIntoPlace(temp: string, folder: string, name: string): WrittenBackup {
  const path = join(folder, name);
  renameSync(temp, path);
  return { path, sizeBytes: statSync(path).size };
}

const tempPath = (folder: string, name: string) => join(folder, `.${name}.partial`);

const removeTemp = (temp: string) => {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
};

/**
 * Backs the open database up with SQLite's online backup API (better-sqlite3 `db.backup`), a
 * few hundred pages per step between which the event loop runs, so a large book never freezes
 * the app. Written to a hidden temp name, checked, then renamed: a failed or cancelled backup
 * never replaces or looks like a good one.
 */
export async function writeBackup(
  db: Database,
  folder: string,
  name: string,
  options: { signal?: AbortSignal; progress?: (done: number, total: number) => void } = {},
): Promise<WrittenBackup> {
  mkdirSync(folder, { recursive: true });
  const temp = tempPath(folder, name);
  removeTemp(temp);
  // The check's worker holds the copy open until its thread exits, even after a cancel: on Windows
  // the copy can be neither renamed nor removed before, which would leave a hidden whole-book copy.
  let checkerExited: Promise<void> = Promise.resolve();
  try {
    await db.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        options.signal?.throwIfAborted();
        options.progress?.(totalPages - remainingPages, totalPages);
        return 200;
      },
    });
    options.signal?.throwIfAborted();
    await checkCopyOffThread(temp, options.signal, (exited) => (checkerExited = exited));
    await checkerExited;
    options.signal?.throwIfAborted();
    const written = moveIntoPlace(temp, folder, name);
    await syncFolder(folder);
    return written;
  } catch (error) {
    await checkerExited;
    removeTemp(temp);
    throw error;
  }
}

/**
 * The same, synchronously, for the copy taken before a migration (opening runs before anything
 * else, so there is nothing to keep responsive): `VACUUM INTO` is one read transaction.
 */
export function writeBackupNow(db: Database, folder: string, name: string): WrittenBackup {
  mkdirSync(folder, { recursive: true });
  const temp = tempPath(folder, name);
  removeTemp(temp);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    checkCopy(temp);
    return moveIntoPlace(temp, folder, name);
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
}
