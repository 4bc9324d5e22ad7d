import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { StoreUnavailableError } from './errors';

export interface MigrateOptions {
  /** Called once before the first pending migration of an existing database, to copy it aside. */
  beforeUpgrade?: (fromVersion: number) => void;
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration. Each migration and its `user_version` bump
 * run in one transaction, so a failure leaves the previous schema intact. A database newer
 * than this app is refused before anything is written.
 */
export function migrate(db: Database, migrations: readonly Migration[], options: MigrateOptions = {}): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new StoreUnavailableError(
      `This data file was written by a newer version of Fieldbook (schema ${current}; this app knows up to ${latest}). Update Fieldbook to open it. The file was not changed.`,
      db.name,
    );
  }
  const pending = migrations.slice(current);
  if (pending.length > 0 && current > 0) options.beforeUpgrade?.(current);
  for (const m of pending) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return latest;
}
