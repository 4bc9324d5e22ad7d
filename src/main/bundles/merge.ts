import type { BundleConflict } from '../../shared/bundles/schema';
import type { Store } from '../db/store';
import { findByKey, insertRows } from '../everything/repository';
import { fromCell, NEVER_EXPORTED, toCell, type Cell } from '../everything/service';
import { hasRowWithValues, updateRowByKey } from './merge-repository';

/**
 * The column that says when a row last changed, by preference. A table with none of them
 * (licenses, their shares, health checks: written once, never edited) keeps this book's version
 * when the two differ, and the bundle's is listed as the one not kept.
 */
const CHANGED_AT = ['updated_at', 'changed_at'] as const;

/**
 * Rows this book computes from the others (re-evaluated after the import): this book's are kept
 * and a difference is not a conflict anyone needs to read.
 */
const DERIVED = new Set(['account_health']);

/** Columns that name a record the way a person would recognise it, first match wins. */
const LABEL_COLUMNS = ['name', 'title', 'summary', 'request', 'text', 'licensee', 'contact_name', 'version', 'ref', 'recipient', 'reason', 'answer', 'narrative', 'body', 'kind'];

export interface MergeOutcome {
  kind: 'added' | 'updated' | 'unchanged';
  conflict?: BundleConflict;
}

type BundleRow = Record<string, Cell>;

const same = (a: Cell, b: Cell) => JSON.stringify(a) === JSON.stringify(b);

function labelOf(row: BundleRow, fallback: string): string {
  for (const column of LABEL_COLUMNS) {
    const value = row[column];
    if (typeof value === 'string' && value.trim() !== '') {
      const line = value.trim().replace(/\s+/g, ' ');
      return line.length > 80 ? `${line.slice(0, 79)}…` : line;
    }
  }
  return fallback;
}

function changedAt(row: BundleRow): string | null {
  for (const column of CHANGED_AT) if (column in row) return typeof row[column] === 'string' ? row[column] : '';
  return null;
}

/**
 * One record of the bundle into this book. Absent → added; present with the same values →
 * unchanged; present with other values → the later `updated_at` (or `changed_at`) wins, this
 * book's on a tie or when the table has no such column, and the other version is the conflict.
 * A table keyed by this book's own running number (`seq`) can't be matched by key: its row is
 * added under a new number unless one with the same values is already there.
 */
export function mergeRecord(store: Store, table: string, pk: readonly string[], row: BundleRow): MergeOutcome {
  const columns = Object.keys(row);
  if (pk.length === 0 || (pk.length === 1 && pk[0] === 'seq')) {
    const values = columns.filter((c) => !pk.includes(c));
    if (hasRowWithValues(store, table, Object.fromEntries(values.map((c) => [c, fromCell(row[c] ?? null)])))) return { kind: 'unchanged' };
    insertRows(store, table, values, [values.map((c) => fromCell(row[c] ?? null))]);
    return { kind: 'added' };
  }
  const key = Object.fromEntries(pk.map((c) => [c, fromCell(row[c] ?? null)]));
  const found = findByKey(store, table, key);
  const keyText = pk.map((c) => String(key[c])).join(', ');
  if (!found) {
    try {
      insertRows(store, table, columns, [columns.map((c) => fromCell(row[c] ?? null))]);
    } catch (error) {
      // This book already holds the same thing under another id (an alert of that kind, a task
      // with that dedupe key, both raised by each book on its own): this book's stays, and the
      // bundle's is listed as not kept. SQLite undid only the failed statement.
      if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      return { kind: 'unchanged', conflict: { table, key: keyText, label: labelOf(row, `${table} ${keyText}`), kept: 'this-book', lost: row } };
    }
    return { kind: 'added' };
  }
  const hidden = NEVER_EXPORTED[table] ?? [];
  const local: BundleRow = {};
  for (const [column, value] of Object.entries(found)) if (!hidden.includes(column)) local[column] = toCell(value);
  if (columns.every((c) => same(local[c] ?? null, row[c] ?? null))) return { kind: 'unchanged' };
  // A signing key both books know (same id, same public half) stays as this book has it: the bundle's copy is always marked retired.
  if (table === 'signing_keys' && same(local.public_key ?? null, row.public_key ?? null)) return { kind: 'unchanged' };
  if (DERIVED.has(table)) return { kind: 'unchanged' };

  const ours = changedAt(local);
  const theirs = changedAt(row);
  const bundleWins = ours !== null && theirs !== null && theirs > ours;
  if (!bundleWins) {
    return { kind: 'unchanged', conflict: { table, key: keyText, label: labelOf(local, `${table} ${keyText}`), kept: 'this-book', lost: row } };
  }
  const changed = columns.filter((c) => !pk.includes(c));
  updateRowByKey(store, table, key, changed, changed.map((c) => fromCell(row[c] ?? null)));
  return { kind: 'updated', conflict: { table, key: keyText, label: labelOf(row, `${table} ${keyText}`), kept: 'bundle', lost: local } };
}
