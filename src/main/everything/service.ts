import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportFile } from '../../shared/everything/schema';
import { schemaVersion } from '../db/migrate';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';
import { reindexAllDocuments } from '../search/documents';
import { writeStreamAtomically } from '../files/atomic-write';
import {
  closeReadSnapshot,
  columnNames,
  countRows,
  countRowsIn,
  dataTableNames,
  dataTableNamesIn,
  deferForeignKeys,
  deleteAllRows,
  insertRows,
  iterateRows,
  openReadSnapshot,
} from './repository';

/** Columns never written to an export: the signing key's private half stays on this computer. */
export const NEVER_EXPORTED: Readonly<Record<string, readonly string[]>> = { signing_keys: ['sealed_private_key'] };
/** Tables an empty book may already hold rows in (written on first start); an import replaces them. */
const REPLACED_ON_IMPORT = new Set(['settings']);

export type Cell = string | number | null | { $base64: string };

export function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  throw new Error(`A value of type ${typeof value} can't be exported.`);
}

export function fromCell(cell: Cell): string | number | null | Buffer {
  return cell !== null && typeof cell === 'object' ? Buffer.from(cell.$base64, 'base64') : cell;
}

/** Rows read between two yields to the event loop: a few milliseconds of main's thread each. */
const ROWS_PER_STEP = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface ExportSteps {
  signal: AbortSignal;
  /** Records written so far, of all the book holds. */
  progress: (done: number, total: number) => void;
}

/**
 * Writes every record of every domain, table by table (docs/export-format.md), to `path`,
 * atomically. Reads on a read-only connection of its own inside one read transaction, so the
 * file is the book as it was when the export started even while the app goes on writing, and
 * streams the JSON a few hundred rows at a time, yielding between them: main's thread keeps
 * answering the window, progress moves, a cancel stops it (leaving no file). Returns the
 * number of records written.
 */
export async function writeExport(databaseFile: string, path: string, now: Date, { signal, progress }: ExportSteps): Promise<number> {
  const db = openReadSnapshot(databaseFile);
  try {
    const names = dataTableNamesIn(db);
    let total = 0;
    for (const name of names) {
      total += countRowsIn(db, name);
      await nextTurn();
      signal.throwIfAborted();
    }
    const header = { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: now.toISOString(), schemaVersion: schemaVersion(db) };
    let done = 0;
    progress(done, total);
    await writeStreamAtomically(
      path,
      async (write) => {
        // The same object JSON.stringify(file) gave, one table header and one row per line.
        await write(`${JSON.stringify(header).slice(0, -1)},"tables":[`);
        for (const [index, name] of names.entries()) {
          const hidden = NEVER_EXPORTED[name] ?? [];
          await write(`${index > 0 ? ',' : ''}\n{"name":${JSON.stringify(name)},"rows":[`);
          const rows = iterateRows(db, name);
          try {
            let inTable = 0;
            for (const row of rows) {
              await write(`${inTable > 0 ? ',' : ''}\n${JSON.stringify(exportedRow(row, hidden))}`);
              inTable += 1;
              done += 1;
              if (done % ROWS_PER_STEP === 0) {
                progress(done, total);
                await nextTurn();
                signal.throwIfAborted();
              }
            }
          } finally {
            rows.return?.();
          }
          await write(']}');
        }
        await write('\n]}\n');
      },
      { signal },
    );
    progress(done, total);
    return done;
  } finally {
    closeReadSnapshot(db);
  }
}

function exportedRow(row: Record<string, unknown>, hidden: readonly string[]): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [column, value] of Object.entries(row)) if (!hidden.includes(column)) out[column] = toCell(value);
  return out;
}

/**
 * Reads an export into an empty book in one transaction: every row as it was (ids, times,
 * the audit chain), then the search index rebuilt. Anything wrong — not an export, another
 * schema, a table or column this book doesn't have, a book that isn't empty, a row the
 * database's rules refuse — changes nothing and says what.
 */
export function importExport(store: Store, json: unknown, progress: (done: number, total: number) => void = () => {}): number {
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `This is not a Fieldbook "Export everything" file (${parsed.error.issues[0]?.message ?? 'unknown format'}). Nothing was imported.`);
  }
  const file = parsed.data;
  const version = schemaVersion(store.sqlite);
  if (file.schemaVersion !== version) {
    throw new AppError(
      'INVALID_INPUT',
      `This export was made by a Fieldbook with schema ${file.schemaVersion}; this one has schema ${version}. Open it with that version, or export again from an up-to-date Fieldbook. Nothing was imported.`,
    );
  }
  const known = new Set(dataTableNames(store));
  const notEmpty = [...known].filter((t) => !REPLACED_ON_IMPORT.has(t) && countRows(store, t) > 0);
  if (notEmpty.length > 0) {
    throw new AppError('CONFLICT', `"Import everything" needs an empty book, and this one holds data (${notEmpty.slice(0, 3).join(', ')}). Start a new empty book first. Nothing was imported.`);
  }
  let total = 0;
  try {
    insertAll();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A deferred foreign key is checked at commit: a row refers to one the export doesn't hold.
    throw new AppError('INVALID_INPUT', `The export's records don't fit together (${(error as Error).message}). Nothing was imported.`);
  }
  return total;

  function insertAll() {
    store.tx(() => {
      deferForeignKeys(store);
      for (const table of REPLACED_ON_IMPORT) deleteAllRows(store, table);
      file.tables.forEach((t, i) => {
        if (!known.has(t.name)) throw new AppError('INVALID_INPUT', `The export has a table "${t.name}" this Fieldbook doesn't know. Nothing was imported.`);
        const columns = columnNames(store, t.name);
        const used = [...new Set(t.rows.flatMap((r) => Object.keys(r)))];
        const unknown = used.filter((c) => !columns.includes(c));
        if (unknown.length > 0) throw new AppError('INVALID_INPUT', `The export's table "${t.name}" has columns this Fieldbook doesn't know (${unknown.join(', ')}). Nothing was imported.`);
        try {
          insertRows(store, t.name, used, t.rows.map((r) => used.map((c) => fromCell(r[c] ?? null))));
        } catch (error) {
          throw new AppError('INVALID_INPUT', `A row of "${t.name}" in the export was refused (${(error as Error).message}). Nothing was imported.`);
        }
        total += t.rows.length;
        progress(i + 1, file.tables.length);
      });
      reindexAllDocuments(store);
    });
  }
}
