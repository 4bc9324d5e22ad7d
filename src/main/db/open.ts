import { existsSync, mkdirSync } from 'node:fs';
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
  if (!isNew) checkReadOnly(file, migrations.length);
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

function checkReadOnly(file: string, latest: number): void {
  let db: Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreUnavailableError(
      `The data file at ${file} can't be read (${(error as Error).message}). Fieldbook did not change it.`,
      file,
      'unreadable',
    );
  }
  try {
    refuseUnusable(db, file, latest);
  } finally {
    db.close();
  }
}

function refuseUnusable(db: Database, file: string, latest: number): void {
  let version: number;
  try {
    version = schemaVersion(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreUnavailableError(
        `The data file at ${file} is damaged or is not a Fieldbook database: it is not a SQLite database at all (something else may have overwritten it). Fieldbook did not change it.`,
        file,
        'unreadable',
      );
    }
    throw new StoreUnavailableError(
      `The data file at ${file} is damaged or is not a Fieldbook database (${(error as Error).message}). It was left untouched; restore a backup or move the file away to start fresh.`,
      file,
      'damaged',
    );
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
