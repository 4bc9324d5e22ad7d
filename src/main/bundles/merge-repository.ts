import type { Store } from '../db/store';

/** Rewrites the row with this primary key; the column names were checked against the table by the caller. */
export function updateRowByKey(store: Store, table: string, key: Record<string, unknown>, columns: readonly string[], values: readonly unknown[]): void {
  if (columns.length === 0) return;
  const keyColumns = Object.keys(key);
  const sql = `UPDATE "${table}" SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${keyColumns.map((c) => `"${c}" = ?`).join(' AND ')}`;
  store.sqlite.prepare(sql).run(...values, ...keyColumns.map((c) => key[c]));
}

/** Whether the table holds a row with exactly these values (NULL matching NULL), whatever its own number. */
export function hasRowWithValues(store: Store, table: string, values: Record<string, unknown>): boolean {
  const columns = Object.keys(values);
  const sql = `SELECT 1 FROM "${table}" WHERE ${columns.map((c) => `"${c}" IS ?`).join(' AND ')} LIMIT 1`;
  return store.sqlite.prepare(sql).get(...columns.map((c) => values[c])) !== undefined;
}
