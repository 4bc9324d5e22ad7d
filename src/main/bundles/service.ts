import { BUNDLE_FORMAT_VERSION, BUNDLE_FORMAT, BundleFile } from '../../shared/bundles/schema';
import { accountNameKey } from '../accounts/names';
import { findActiveByNameKey } from '../accounts/repository';
import { schemaVersion } from '../db/migrate';
import type { Store } from '../db/store';
import { columnNames, dataTableNames, deferForeignKeys, foreignKeys, primaryKey, rowsWhereIn } from '../everything/repository';
import { NEVER_EXPORTED, toCell, type Cell } from '../everything/service';
import { evaluateBook } from '../health/service';
import { AppError, notFound } from '../ipc/app-error';
import { indexDocument } from '../search/documents';
import { findDocRow } from '../search/documents-repository';
import type { BundleConflict } from '../../shared/bundles/schema';
import { mergeRecord } from './merge';

export interface BundleImportResult {
  accounts: string[];
  added: number;
  updated: number;
  unchanged: number;
  conflicts: BundleConflict[];
}
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/kinds';

/**
 * Tables a bundle never carries: settings and the audit log (this book's own); the search
 * documents of the bundled accounts travel apart (`search_docs`, indexed again on import). The public half of a key that signed a bundled license travels,
 * marked retired (the other book verifies with it and never signs); the private half never does.
 */
const NOT_BUNDLED = new Set(['search_docs', 'settings', 'audit_log', 'session']);
const SEARCH_DOCS = 'search_docs';

type Row = Record<string, unknown>;
const keyOf = (pk: readonly string[], row: Row) => JSON.stringify(pk.map((c) => row[c] ?? null));

/**
 * One or more accounts with everything that belongs to them: every row that refers to them,
 * directly or through other rows (contacts, their advocacy, notes, tasks, licenses…), and the
 * shared rows those refer to (a feedback theme). A row that would also need an account outside
 * the bundle is left out, so a bundle never carries another customer's data.
 */
export function buildBundle(store: Store, accountIds: readonly string[], now: Date): BundleFile {
  const tables = dataTableNames(store).filter((t) => !NOT_BUNDLED.has(t));
  const pks = new Map(tables.map((t) => [t, primaryKey(store, t)]));
  const fks = new Map(tables.map((t) => [t, foreignKeys(store, t).filter((k) => tables.includes(k.table))]));
  const rows = new Map<string, Map<string, Row>>(tables.map((t) => [t, new Map()]));
  const add = (table: string, row: Row) => {
    const key = keyOf(pks.get(table)!, row);
    if (rows.get(table)!.has(key)) return false;
    rows.get(table)!.set(key, row);
    return true;
  };
  const accounts = rowsWhereIn(store, 'accounts', 'id', [...new Set(accountIds)]);
  if (accounts.length !== new Set(accountIds).size) throw notFound('One of those accounts');
  for (const a of accounts) add('accounts', a);

  // Down: rows that refer to rows already in, until nothing new comes in.
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of tables) {
      for (const fk of fks.get(table)!) {
        const values = [...rows.get(fk.table)!.values()].map((r) => r[fk.to]);
        if (values.length === 0) continue;
        for (const row of rowsWhereIn(store, table, fk.column, values)) if (add(table, row)) changed = true;
      }
    }
  }
  // Up: the shared rows they refer to (not those rows' other children). A row that needs an
  // account outside the bundle is dropped, and so is every row that needs a dropped one.
  const referenced = (table: string) => new Set([...fks.values()].flat().filter((k) => k.table === table).map((k) => k.to));
  const dropped = new Map<string, Set<unknown>>(tables.map((t) => [t, new Set()]));
  const holds = (table: string, column: string, value: unknown) => [...rows.get(table)!.values()].some((r) => r[column] === value);
  for (let changed = true; changed; ) {
    changed = false;
    for (const table of tables) {
      for (const [key, row] of rows.get(table)!) {
        for (const fk of fks.get(table)!) {
          const value = row[fk.column];
          if (value === null || value === undefined || holds(fk.table, fk.to, value)) continue;
          const parent = fk.table === 'accounts' || dropped.get(fk.table)!.has(value) ? undefined : rowsWhereIn(store, fk.table, fk.to, [value])[0];
          if (parent) add(fk.table, parent);
          else {
            rows.get(table)!.delete(key);
            for (const column of referenced(table)) dropped.get(table)!.add(row[column]);
          }
          changed = true;
          break;
        }
      }
    }
  }
  // The accounts' search documents, without this book's row numbers: the other book indexes them anew.
  const documents = rowsWhereIn(store, SEARCH_DOCS, 'account_id', [...new Set(accountIds)]).map(({ seq: _seq, hidden: _hidden, ...doc }) => doc);
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    schemaVersion: schemaVersion(store.sqlite),
    accounts: accounts.map((a) => ({ id: a.id as string, name: a.name as string })),
    tables: tables
      .filter((t) => rows.get(t)!.size > 0)
      .map((name) => {
        const hidden = NEVER_EXPORTED[name] ?? [];
        return {
          name,
          rows: [...rows.get(name)!.values()].map((row) => {
            const out: Record<string, Cell> = {};
            for (const [column, value] of Object.entries(row)) if (!hidden.includes(column)) out[column] = toCell(value);
            if (name === 'signing_keys') {
              out.status = 'retired';
              out.retired_at ??= now.toISOString();
            }
            return out;
          }),
        };
      })
      .concat(documents.length > 0 ? [{ name: SEARCH_DOCS, rows: documents.map((d) => Object.fromEntries(Object.entries(d).map(([c, v]) => [c, toCell(v)]))) }] : []),
  };
}

const refused = (why: string) => new AppError('INVALID_INPUT', `${why} Nothing was imported.`);

/**
 * Merges a bundle into this book in one transaction, record by record (by primary key): a
 * record this book doesn't have is added; one it has with the same values is left alone; one it
 * has with other values keeps whichever version was updated later (`mergeRecord`) and the other
 * version is returned in `conflicts`, so nothing is lost silently. Importing the same bundle
 * twice therefore changes nothing the second time. Refused with why, changing nothing: not a
 * bundle, a newer format or another schema, a table or column this book doesn't have, an active
 * account of the same name but another id, records that don't fit together.
 */
export function importBundle(store: Store, json: unknown, now: Date): BundleImportResult {
  const parsed = BundleFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    throw refused(`This file is not a Fieldbook account bundle: ${issue?.message ?? 'unknown format'}${where}.`);
  }
  const file = parsed.data;
  if (file.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw refused(`This bundle was made by a newer Fieldbook (bundle format ${file.formatVersion}; this one reads format ${BUNDLE_FORMAT_VERSION}). Update Fieldbook to import it.`);
  }
  const version = schemaVersion(store.sqlite);
  if (file.schemaVersion !== version) {
    throw refused(`This bundle was made by a Fieldbook with schema ${file.schemaVersion}; this one has schema ${version}. Import it with a Fieldbook of the same version.`);
  }
  const known = new Set([...dataTableNames(store).filter((t) => !NOT_BUNDLED.has(t)), SEARCH_DOCS]);
  for (const t of file.tables) {
    if (!known.has(t.name)) throw refused(`The bundle has a table "${t.name}" that a bundle can't bring into this Fieldbook.`);
    const columns = columnNames(store, t.name);
    const unknown = [...new Set(t.rows.flatMap((r) => Object.keys(r)))].filter((c) => !columns.includes(c));
    if (unknown.length > 0) throw refused(`The bundle's table "${t.name}" has columns this Fieldbook doesn't know (${unknown.join(', ')}).`);
  }
  const accountRows = file.tables.find((t) => t.name === 'accounts')?.rows ?? [];
  for (const a of file.accounts) {
    if (!accountRows.some((r) => r.id === a.id)) throw refused(`The bundle lists the account “${a.name}” but doesn't hold its record.`);
  }
  const counts = { added: 0, updated: 0, unchanged: 0 };
  const conflicts: BundleConflict[] = [];
  // Ids whose bundle version is now in the book: their search entries come from the bundle.
  const taken = new Set<string>();
  try {
    store.tx(() => {
      deferForeignKeys(store);
      for (const t of file.tables) {
        if (t.name === SEARCH_DOCS) continue;
        const pk = primaryKey(store, t.name);
        for (const row of t.rows) {
          if (t.name === 'accounts' && typeof row.name === 'string' && row.archived_at === null) {
            const sameName = findActiveByNameKey(store, accountNameKey(row.name));
            if (sameName && sameName.id !== row.id) {
              throw refused(`There is already an account called “${row.name}” in this book. Rename or archive it, then import the bundle.`);
            }
          }
          const outcome = mergeRecord(store, t.name, pk, row);
          counts[outcome.kind] += 1;
          if (outcome.kind !== 'unchanged' && typeof row.id === 'string') taken.add(row.id);
          if (outcome.conflict) conflicts.push(outcome.conflict);
        }
      }
      for (const t of file.tables.filter((x) => x.name === SEARCH_DOCS)) {
        for (const doc of t.rows) {
          const text = (c: string) => (typeof doc[c] === 'string' ? (doc[c] as string) : null);
          const [kind, id, title, body] = [text('kind'), text('doc_id'), text('title'), text('body')];
          if (!kind || !SEARCH_KINDS.includes(kind as SearchKind) || !id || title === null || body === null) throw refused('A search entry of the bundle is incomplete.');
          // This book's entry stays when this book's record did (or the record is the same).
          if (!taken.has(id) && findDocRow(store, kind as SearchKind, id)) continue;
          indexDocument(store, { kind: kind as SearchKind, id, accountId: text('account_id'), parentId: text('parent_id'), title, body });
        }
      }
      if (counts.added + counts.updated > 0) evaluateBook(store, now);
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(`The bundle's records don't fit together or into this book (${(error as Error).message}).`);
  }
  return { accounts: file.accounts.map((a) => a.name), ...counts, conflicts };
}
