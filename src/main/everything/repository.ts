import type { Store } from '../db/store';

/**
 * The tables that hold records, in the order they were created (so a parent comes before the
 * tables that refer to it): no SQLite internals, no FTS tables or their shadow tables (derived
 * from the records and rebuilt on import).
 */
export function dataTableNames(store: Store): string[] {
  const rows = store.sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
    .all() as { name: string; sql: string }[];
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
  return rows
    .filter((r) => !/^CREATE VIRTUAL TABLE/i.test(r.sql) && !virtual.some((v) => r.name.startsWith(`${v}_`)))
    .map((r) => r.name);
}

/** Every row of a table, in primary-key order (rowid, or the key of a WITHOUT ROWID table). */
export function allRows(store: Store, table: string): Record<string, unknown>[] {
  return store.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all() as Record<string, unknown>[];
}

export function countRows(store: Store, table: string): number {
  return (store.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
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
