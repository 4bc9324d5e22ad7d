import { basename } from 'node:path';
import { MAX_CRM_COLUMNS } from '../../shared/crm-import/schema';
import { parseCsv } from '../files/csv';
import { readFileBounded, UnreadableFileError } from '../files/read-bounded';
import { AppError } from '../ipc/app-error';
import { decodeText } from './decode';
import type { PendingCrmFile } from './pending';

/** A CRM export of a whole book is a few MB; 100 MB leaves room without reading anything unbounded. */
export const MAX_CRM_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_CRM_ROWS = 200_000;

const refuse = (path: string, why: string) => new AppError('INVALID_INPUT', `${basename(path)} can't be imported: ${why}. Nothing was imported.`);

/** The chosen file read, decoded and split into rows; a file that can't be an accounts CSV is refused with why. */
export async function readCrmFile(path: string): Promise<PendingCrmFile> {
  let bytes: Buffer;
  try {
    bytes = await readFileBounded(path, MAX_CRM_FILE_BYTES);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw refuse(path, error.reason);
    throw error;
  }
  return parseCrmText(path, decodeText(bytes).text);
}

export function parseCrmText(path: string, text: string): PendingCrmFile {
  if (text.includes('\u0000')) throw refuse(path, 'it is not a text file (it holds binary data), so it is not a CSV export');
  if (text.trim() === '') throw refuse(path, 'it is empty');
  const parsed = parseCsv(text);
  const headers = parsed.fields.map((h) => h.trim());
  if (headers.length > MAX_CRM_COLUMNS) throw refuse(path, `it has ${headers.length} columns, more than the ${MAX_CRM_COLUMNS} an accounts export has`);
  if (headers.every((h) => h === '')) throw refuse(path, 'its first row is empty, and Fieldbook needs the column names there');
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    // papaparse counts the header among the rows for this error only.
    const row = unclosed.row === null ? null : unclosed.row - 1;
    throw refuse(path, `a quoted value opened on row ${row ?? '?'} is never closed, so the rows after it can't be told apart (check the quotes there)`);
  }
  if (parsed.rows.length === 0) throw refuse(path, 'it has a header row but no rows below it');
  if (parsed.rows.length > MAX_CRM_ROWS) throw refuse(path, `it has ${parsed.rows.length.toLocaleString('en-US')} rows, more than ${MAX_CRM_ROWS.toLocaleString('en-US')}; split it into smaller files`);
  const parseErrors = new Map<number, string>();
  const width = parsed.fields.length;
  for (const e of parsed.errors) {
    if (e.row === null || parseErrors.has(e.row)) continue;
    const cells = Object.keys(parsed.rows[e.row - 2] ?? {}).length;
    if (e.code === 'TooFewFields') parseErrors.set(e.row, `the row has fewer cells than the ${width} columns of the header (a separator or quote may be missing)`);
    else if (e.code === 'TooManyFields') parseErrors.set(e.row, `the row has more cells than the ${width} columns of the header (check for an unquoted separator in a value; ${cells} cells)`);
    else parseErrors.set(e.row, `the row could not be read (${e.message})`);
  }
  // papaparse keys rows by the header as written; trimmed headers read the same cells.
  const rows = parsed.rows.map((row) => {
    const out: Record<string, string> = {};
    parsed.fields.forEach((field, i) => {
      const cell = row[field];
      out[headers[i]!] = typeof cell === 'string' ? cell : '';
    });
    return out;
  });
  return { fileName: basename(path), headers, rows, parseErrors };
}
