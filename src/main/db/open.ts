import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { migrate, schemaVersion } from './migrate';
import { StoreUnavailableError } from './errors';
import type { Migration } from './migration';

export const DATABASE_FILE_NAME = 'fieldbook.sqlite';

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Clock for the name of the pre-upgrade copy. */
  now?: () => Date;
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
  const db = new BetterSqlite3(file);
  try {
    if (!isNew) refuseUnusable(db, file, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    assertPragmas(db);
    migrate(db, migrations, {
      beforeUpgrade: (from) => copyBeforeUpgrade(db, file, from, now()),
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseUnusable(db: Database, file: string, latest: number): void {
  let version: number;
  try {
    version = schemaVersion(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    throw new StoreUnavailableError(
      `The data file at ${file} is damaged or is not a Fieldbook database (${(error as Error).message}). It was left untouched; restore a backup or move the file away to start fresh.`,
      file,
    );
  }
  if (version > latest) {
    throw new StoreUnavailableError(
      `This data file was written by a newer version of Fieldbook (schema ${version}; this app knows up to ${latest}). Update Fieldbook to open it. The file was not changed.`,
      file,
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

/** A consistent copy of the file, taken before migrating it (`VACUUM INTO` is a single read transaction). */
function copyBeforeUpgrade(db: Database, file: string, fromVersion: number, at: Date): void {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), 'backups', `pre-upgrade-v${fromVersion}-${stamp}.sqlite`);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.partial`;
  db.prepare('VACUUM INTO ?').run(temp);
  renameSync(temp, target);
}
