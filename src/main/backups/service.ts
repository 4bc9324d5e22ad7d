import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Backup, BackupKind, BackupOverview } from '../../shared/backups/schema';
import { BackupName } from '../../shared/backups/schema';
import { AppError } from '../ipc/app-error';
import { inspectBackup } from './inspect';
import { backupFileName, parseBackupFileName } from './names';
import { backupsToDelete, expiredPreMigration } from './retention';
import { writeBackup, type WrittenBackup } from './write';

const DAY_MS = 86_400_000;
/** A start makes a backup when the newest is older than this. */
export const START_BACKUP_AFTER_MS = DAY_MS;
/** Today warns when no backup has succeeded for this long. */
export const WARN_AFTER_MS = 7 * DAY_MS;

export interface BackupsOptions {
  dataDir: string;
  databaseFile: string;
  now: () => Date;
}

export const defaultBackupFolder = (dataDir: string) => join(dataDir, 'backups');

/** The backup files in a folder, newest first (other files there are ignored). */
function backupFilesIn(folder: string): { name: string; createdAt: Date; kind: BackupKind }[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    // Missing, not a folder, or on a drive that is not connected: no backups to show there.
    return [];
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupFileName(name);
      return parsed ? [{ name, ...parsed }] : [];
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/**
 * Backups: writing them (on demand, at start, before a restore), listing and pruning them, and
 * putting one in place of the data file. Holds the last failure in memory so Settings can say
 * when a backup failed. The open database is passed in by the caller (the runtime's store).
 */
export function createBackups(options: BackupsOptions) {
  let lastFailure: { at: string; message: string } | null = null;
  const cache = new Map<string, { mtimeMs: number; size: number; facts: { schemaVersion: number | null; accounts: number | null } }>();

  const describe = (folder: string, file: { name: string; createdAt: Date; kind: BackupKind }): Backup => {
    const path = join(folder, file.name);
    const stat = statSync(path);
    let entry = cache.get(path);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      let facts: { schemaVersion: number | null; accounts: number | null };
      try {
        facts = inspectBackup(path, { thorough: false });
      } catch {
        facts = { schemaVersion: null, accounts: null };
      }
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, facts };
      cache.set(path, entry);
    }
    return { name: file.name, kind: file.kind, createdAt: file.createdAt.toISOString(), sizeBytes: stat.size, ...entry.facts };
  };

  const overview = (folder: string): BackupOverview => {
    const files = backupFilesIn(folder);
    const backups = files.map((f) => describe(folder, f));
    const newest = files[0]?.createdAt ?? null;
    const failure = lastFailure && (!newest || new Date(lastFailure.at) > newest) ? lastFailure : null;
    return {
      folder,
      isDefaultFolder: folder === defaultBackupFolder(options.dataDir),
      backups,
      lastSuccessAt: newest ? newest.toISOString() : null,
      lastFailure: failure,
    };
  };

  // Deleting a backup of a large book (hundreds of MB) takes a second or more in the kernel: done
  // on libuv's threads, so main's thread keeps answering the window meanwhile.
  const removeAll = (folder: string, names: readonly string[]) => Promise.all(names.map((name) => rm(join(folder, name), { force: true })));
  const prune = (folder: string, justWritten: string) => removeAll(folder, backupsToDelete(backupFilesIn(folder), new Set([justWritten])));

  type Op = { signal?: AbortSignal; progress?: (done: number, total: number) => void };

  /** Writes one backup and prunes around it. Only ever called through `serially`. */
  const writeOne = async (db: Database, folder: string, kind: BackupKind, op: Op): Promise<Backup> => {
    let at = options.now();
    // Two backups in the same millisecond (a fixed clock, a fast machine) must not share a name.
    while (existsSync(join(folder, backupFileName(at, kind)))) at = new Date(at.getTime() + 1);
    const name = backupFileName(at, kind);
    let written: WrittenBackup;
    try {
      written = await writeBackup(db, folder, name, op);
    } catch (error) {
      if (op.signal?.aborted) throw error;
      const message = `The backup to ${folder} failed: ${(error as Error).message}`;
      lastFailure = { at: at.toISOString(), message };
      throw new AppError('UNAVAILABLE', message);
    }
    lastFailure = null;
    await prune(folder, name);
    const backup = describe(folder, { name, createdAt: at, kind });
    return { ...backup, sizeBytes: written.sizeBytes };
  };

  // One backup at a time: two running together would prune each other's file away (retention
  // keeps one a day) and race on the temp copy. Each request waits for the one before it.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };
  // "Back up now" pressed again while one is waiting or running joins it: one file, both calls
  // answered with it. Automatic and pre-restore backups always get their own, taken after it.
  let manualInFlight: Promise<Backup> | null = null;

  /**
   * Backs up now. Waits for any backup already running. A manual request while another manual
   * one is waiting or running gets that one's result (its progress and cancelling are the first
   * caller's).
   */
  const create = (db: Database, folder: string, kind: BackupKind, op: Op = {}): Promise<Backup> => {
    if (kind === 'manual' && manualInFlight) return manualInFlight;
    const result = serially(() => writeOne(db, folder, kind, op));
    if (kind === 'manual') {
      manualInFlight = result;
      const clear = () => {
        if (manualInFlight === result) manualInFlight = null;
      };
      result.then(clear, clear);
    }
    return result;
  };

  return {
    overview,
    create,
    /** At start: forget pre-migration copies of earlier starts, and back up when the newest is a day old. */
    atStart(db: Database, folder: string, startedAt: Date): Promise<void> {
      // In the queue, so a "Back up now" already running counts as the newest backup.
      return serially(async () => {
        await removeAll(folder, expiredPreMigration(backupFilesIn(folder), startedAt));
        const newest = backupFilesIn(folder).find((b) => b.kind !== 'pre-migration');
        if (newest && options.now().getTime() - newest.createdAt.getTime() < START_BACKUP_AFTER_MS) return;
        await writeOne(db, folder, 'automatic', {});
      });
    },
    /**
     * Checks a backup thoroughly before it may replace the data: a name from the folder's list
     * (never a path from the page), the full integrity check, Fieldbook data no newer than this app.
     */
    verify(folder: string, name: string, latestSchema: number): string {
      const checked = BackupName.safeParse(name);
      const path = join(folder, name);
      if (!checked.success || !existsSync(path)) throw new AppError('NOT_FOUND', `There is no backup named ${name} in ${folder}.`);
      let facts;
      try {
        facts = inspectBackup(path, { thorough: true });
      } catch (error) {
        throw new AppError('INVALID_INPUT', `The backup ${name} can't be restored: ${(error as Error).message}. Nothing was changed.`);
      }
      if (facts.schemaVersion > latestSchema) {
        throw new AppError('INVALID_INPUT', `The backup ${name} was written by a newer Fieldbook (schema ${facts.schemaVersion}). Nothing was changed.`);
      }
      return path;
    },
  };
}

export type Backups = ReturnType<typeof createBackups>;

/**
 * Copies a backup next to the data file under a temp name, while the app still runs on the old
 * data (so pruning can't remove the source meanwhile, and a failed copy changes nothing).
 * Returns the step that, with the file closed, renames it over the data file and removes the
 * old file's -wal / -shm (they belong to the replaced data).
 */
export function stageDataFile(databaseFile: string, source: string): { apply: () => void; discard: () => void } {
  const temp = `${databaseFile}.restoring`;
  rmSync(temp, { force: true });
  copyFileSync(source, temp);
  return {
    apply: () => {
      for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
      renameSync(temp, databaseFile);
    },
    discard: () => rmSync(temp, { force: true }),
  };
}
