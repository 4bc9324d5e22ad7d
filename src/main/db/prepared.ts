import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement<unknown[]>>>();

/**
 * Prepared statements for SQL that kysely can't type (FTS5 tables and commands) or that is too
 * hot to rebuild per call.
 * Every value is still a bound parameter; only table names from `ftsTable()` are spliced in.
 */
export function prepared(db: Database, sql: string): Statement<unknown[]> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare<unknown[]>(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
