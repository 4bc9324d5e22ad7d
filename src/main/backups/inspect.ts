import { statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface BackupFacts {
  schemaVersion: number;
  accounts: number;
}

/**
 * What a backup holds, read without writing to it (read-only; backups are kept in rollback
 * journal mode so no -wal or -shm file is needed). `thorough` runs the full integrity check.
 * Throws, with SQLite's words, when the file is not a readable Fieldbook database.
 */
export function inspectBackup(file: string, options: { thorough: boolean }): BackupFacts {
  // SQLite opens a named pipe and waits for a writer that never comes, freezing main (issue 12
  // item 1: every file the app reads must be a regular file): "Open another file…" and a pipe
  // named like a backup in the backups folder are refused before SQLite sees them.
  if (!statSync(file).isFile()) throw new Error('it is not a regular file (it is a pipe, socket, device or folder)');
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    if (options.thorough) {
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const hasAccounts = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'accounts'").get() !== undefined;
    if (schemaVersion < 1 || !hasAccounts) throw new Error('it holds no Fieldbook data');
    const row = db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number };
    return { schemaVersion, accounts: row.n };
  } finally {
    db.close();
  }
}
