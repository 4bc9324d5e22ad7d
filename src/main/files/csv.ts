import Papa from 'papaparse';

/** Characters that make a spreadsheet treat a cell as a formula (or as a DDE command). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Prefixes a cell that a spreadsheet would run as a formula with a quote, so Excel shows it as
 * text. Decided on the first character alone, whatever follows: papaparse's own
 * `escapeFormulae` tests `^[=+\-@\t\r].*$`, which a value with a line break fails, leaving
 * `=HYPERLINK("https://evil.example",⏎"Open")` live.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 text: CRLF line ends (also after the last row), fields quoted when they hold a
 * comma, quote or line break, a UTF-8 byte-order mark so Excel reads accents and emoji right,
 * and every cell passed through `neutraliseFormula`: customer words never execute.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse(
    { fields: header.map(neutraliseFormula), data: rows.map((row) => row.map(neutraliseFormula)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return `\uFEFF${csv}\r\n`;
}

export interface ParsedCsv {
  /** The header row, as written. */
  fields: string[];
  /** One object per data row, keyed by header. */
  rows: Record<string, string>[];
  /** Rows papaparse could not read cleanly, 1-based as a spreadsheet numbers them (header = row 1). */
  errors: { row: number | null; code: string; message: string }[];
}

/** Reads CSV text with a header row (a leading BOM is dropped; blank lines are skipped). */
export function parseCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return {
    fields: parsed.meta.fields ?? [],
    rows: parsed.data,
    errors: parsed.errors.map((e) => ({ row: e.row === undefined ? null : e.row + 2, code: e.code, message: e.message })),
  };
}
