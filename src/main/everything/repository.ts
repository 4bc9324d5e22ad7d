import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { Store } from '../db/store';

/**
 * The tables that hold records, in the order they were created (so a parent comes before the
 * tables that refer to it): no SQLite internals, no FTS tables or their shadow tables (derived
 * from the records and rebuilt on import).
 */
export function dataTableNames(store: Store): string[] {
  return dataTableNamesIn(store.sqlite);
}

/** `dataTableNames` on any connection to a Fieldbook file (the export's own read-only one). */
export function dataTableNamesIn(db: Database): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows
    .filter((r) => !/^CREATE VIRTUAL TABLE/i.test(r.sql) && !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .map((r) => r.name);
}

/**
 * A read-only connection of the export's own to the data file, inside a read transaction whose
 * snapshot is taken now: every read through it sees the file as it was at this moment, while
 * main's connection goes on writing (WAL). Close it with `closeReadSnapshot`.
 */
export function openReadSnapshot(databaseFile: string): Database {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    db.exec('BEGIN');
    // BEGIN takes no snapshot by itself, the first read does: take it here, before any await.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeReadSnapshot(db: Database): void {
  try {
    if (db.inTransaction) db.exec('ROLLBACK');
  } finally {
    db.close();
  }
}

/**
 * Every row of a table in the order the export has always used: by its first columns, which is
 * its primary key's index (no table needs a sort first, so the first row comes at once). An
 * iterator: on a connection nothing else uses, it may stay open across awaits; call `return()`
 * to stop early.
 */
export function iterateRows(db: Database, table: string): IterableIterator<Record<string, unknown>> {
  return db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).iterate() as IterableIterator<Record<string, unknown>>;
}

export function countRows(store: Store, table: string): number {
  return countRowsIn(store.sqlite, table);
}

export function countRowsIn(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

export function deleteAllRows(store: Store, table: string): void {
  store.sqlite.prepare(`DELETE FROM "${table}"`).run();
}

/** The table's columns as SQLite reports them. */
export function columnNames(store: Store, table: string): string[] {
  return (store.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

/** Inserts rows whose column names were checked against `columnNames` by the caller. */
export function insertRows(store: Store, table: string, columns: string[], rows: unknown[][]): void {
  if (rows.length === 0) return;
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const statement = store.sqlite.prepare(sql);
  for (const row of rows) statement.run(...row);
}

export function deferForeignKeys(store: Store): void {
  store.sqlite.pragma('defer_foreign_keys = ON');
}

/** The foreign keys of a table: which of its columns refer to which table's column. */
export function foreignKeys(store: Store, table: string): { column: string; table: string; to: string }[] {
  return (store.sqlite.prepare('SELECT "from" AS column, "table" AS tbl, "to" AS target FROM pragma_foreign_key_list(?)').all(table) as { column: string; tbl: string; target: string | null }[]).map(
    (k) => ({ column: k.column, table: k.tbl, to: k.target ?? 'id' }),
  );
}

/** The table's primary-key columns, in key order (empty for a rowid table without a declared key). */
export function primaryKey(store: Store, table: string): string[] {
  return (store.sqlite.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table) as { name: string }[]).map((c) => c.name);
}

/** Rows whose `column` is one of `values` (asked in chunks, under SQLite's limit on bound values). */
export function rowsWhereIn(store: Store, table: string, column: string, values: readonly unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    out.push(...(store.sqlite.prepare(`SELECT * FROM "${table}" WHERE "${column}" IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as Record<string, unknown>[]));
  }
  return out;
}

/** The row with this primary key, if the table holds one. */
export function findByKey(store: Store, table: string, key: Record<string, unknown>): Record<string, unknown> | undefined {
  const columns = Object.keys(key);
  return store.sqlite.prepare(`SELECT * FROM "${table}" WHERE ${columns.map((c) => `"${c}" = ?`).join(' AND ')}`).get(...columns.map((c) => key[c])) as Record<string, unknown> | undefined;
}
