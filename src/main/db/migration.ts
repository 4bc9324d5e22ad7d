import type { Database } from 'better-sqlite3';

/**
 * One schema step. `version` is the `PRAGMA user_version` the database has after `up` ran.
 * A shipped migration is never edited: a change is a new file with the next version.
 */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}
