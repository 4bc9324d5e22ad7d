import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { migrate, schemaVersion } from './migrate';
import { StoreUnavailableError } from './errors';
import type { Migration } from './migration';
import { backupFileName } from '../backups/names';
import { writeBackupNow } from '../backups/write';

export const DATABASE_FILE_NAME = 'fieldbook.sqlite';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Clock for the name of the pre-migration backup. */
  now?: () => Date;
  /** Where the pre-migration backup goes (default: `backups/` next to the file). */
  backupFolder?: string;
  /**
   * The file already passed its integrity check on a worker thread since the app started
   * (`openForLaunch`): the header, schema and foreign-file checks still run, the slow one not again.
   */
  verified?: boolean;
}

/**
 * Opens (or creates) the data file with the durability settings every connection needs, and
 * migrates it. A file that isn't a SQLite database, fails its integrity check, or has a newer
 * schema is refused before anything is written to it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  const isNew = !existsSync(file);
  // The checks run on a read-only connection: closing it can't checkpoint or recover a log into
  // a file that turns out to be refused (another program's WAL database, say).
  if (!isNew) checkReadOnly(file, migrations.length, options.verified !== true);
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    assertPragmas(db);
    migrate(db, migrations, {
      beforeUpgrade: (from) => {
        writeBackupNow(db, options.backupFolder ?? join(dirname(file), 'backups'), backupFileName(now(), 'pre-migration', from));
      },
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** What `openForLaunch` opened: a checked, writable connection, or a read-only one awaiting its check. */
export type LaunchOpen =
  | { readonly kind: 'open'; readonly db: Database }
  | { readonly kind: 'awaitingCheck'; readonly readOnly: Database };

/**
 * The launch path: the window must not wait for `quick_check` (2.5–3 s at a 416 MB book). The
 * cheap refusals (not a regular file, not SQLite, newer schema, another program's tables) run
 * now; an existing file that needs no migration is then opened read-only, to show the book at
 * once, while the caller runs the integrity check off the main thread and opens it for writing
 * (`openDatabase` with `verified`) only on an "ok". A new file, or one a migration is about to
 * write, is checked in full first as before: a migration is rare and must never touch a damaged file.
 */
export function openForLaunch(file: string, options: OpenOptions = {}): LaunchOpen {
  const migrations = options.migrations ?? MIGRATIONS;
  if (!existsSync(file)) return { kind: 'open', db: openDatabase(file, options) };
  const readOnly = openReadOnly(file);
  let version: number;
  try {
    version = refuseUnusable(readOnly, file, migrations.length, false);
  } catch (error) {
    readOnly.close();
    throw error;
  }
  if (version < migrations.length) {
    readOnly.close();
    return { kind: 'open', db: openDatabase(file, options) };
  }
  return { kind: 'awaitingCheck', readOnly };
}

function openReadOnly(file: string): Database {
  // SQLite opens a named pipe and waits for a writer that never comes, freezing main before the
  // window exists (issue 12 item 1): only a regular file goes to SQLite.
  let regular: boolean;
  try {
    regular = statSync(file).isFile();
  } catch (error) {
    throw new StoreUnavailableError(`The data file at ${file} can't be read (${(error as Error).message}). Fieldbook did not change it.`, file, 'unreadable');
  }
  if (!regular) {
    throw new StoreUnavailableError(
      `The data file at ${file} is not a regular file (it is a pipe, socket, device or folder), so it can't be a Fieldbook database. Fieldbook did not change it.`,
      file,
      'unreadable',
    );
  }
  try {
    return new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new StoreUnavailableError(
      `The data file at ${file} can't be read (${(error as Error).message}). Fieldbook did not change it.`,
      file,
      'unreadable',
    );
  }
}

function checkReadOnly(file: string, latest: number, integrity: boolean): void {
  const db = openReadOnly(file);
  try {
    refuseUnusable(db, file, latest, integrity);
  } finally {
    db.close();
  }
}

/** The message for a file SQLite's integrity check found damaged (shared with the check run off the main thread). */
export function damagedMessage(file: string, detail: string): string {
  return `The data file at ${file} is damaged or is not a Fieldbook database (${detail}). It was left untouched; restore a backup or move the file away to start fresh.`;
}

/** Throws a `StoreUnavailableError` for a file Fieldbook must not write; returns its schema version. */
function refuseUnusable(db: Database, file: string, latest: number, integrity: boolean): number {
  let version: number;
  try {
    version = schemaVersion(db);
    // Reading the schema parses sqlite_master: a file with a broken first page fails here even
    // when the slow check is left to a worker thread.
    db.prepare("SELECT count(*) FROM sqlite_master").pluck().get();
    if (integrity) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreUnavailableError(
        `The data file at ${file} is damaged or is not a Fieldbook database: it is not a SQLite database at all (something else may have overwritten it). Fieldbook did not change it.`,
        file,
        'unreadable',
      );
    }
    throw new StoreUnavailableError(damagedMessage(file, (error as Error).message), file, 'damaged');
  }
  if (version > latest) {
    throw new StoreUnavailableError(
      `This data file was written by a newer version of Fieldbook (schema ${version}; this app knows up to ${latest}). Update Fieldbook to open it. The file was not changed.`,
      file,
      'newer',
    );
  }
  // Another program's database (tables of its own, none of Fieldbook's) is never taken over.
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const isFieldbook = version >= 1 && tables.includes('accounts');
  if (tables.length > 0 && !isFieldbook) {
    throw new StoreUnavailableError(
      `The file at ${file} is not a Fieldbook database: it belongs to another program (it holds tables such as ${tables.slice(0, 3).map((t) => `"${t}"`).join(', ')}, and no Fieldbook data). Fieldbook did not change it.`,
      file,
      'foreign',
    );
  }
  return version;
}

function assertPragmas(db: Database): void {
  const expect = (name: string, want: unknown) => {
    const got = db.pragma(name, { simple: true });
    if (got !== want) throw new Error(`PRAGMA ${name} is ${String(got)}, expected ${String(want)}`);
  };
  expect('journal_mode', 'wal');
  expect('synchronous', 2); // FULL: with WAL the default (NORMAL) can lose the last commits on power loss.
  expect('foreign_keys', 1);
}
