import { isIsoDate } from '../dates/iso-date';
import { SEGMENTS, STAGES, type Segment, type Stage } from '../accounts/segments';

/**
 * Reading the values a CRM writes into a CSV (Salesforce, HubSpot and the like): amounts with
 * currency symbols and either thousands convention, dates in the three orders CRMs export, and
 * stage and segment names written loosely. Pure functions: the preview and the import use the
 * same ones, so what the CSM saw is what gets written.
 */

/** Currency symbols, ISO codes and the spaces CRMs group thousands with (incl. NBSP, thin space). */
const CURRENCY_AND_SPACES = /[\s\u00a0\u202f'’]|[$€£¥₹₩₽₺₪¢]|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|INR)\b/gi;

const PLAIN_NUMBER = /^[\d.,]+$/;
/** Whole parts grouped by threes after the first, per thousands mark (built once, not per cell). */
const GROUPED_BY = { ',': /^\d{1,3}(,\d{3})*$/, '.': /^\d{1,3}(\.\d{3})*$/ } as const;

/**
 * An amount as a number: `$1,200,000.00`, `1.200.000,00 €`, `48 000`, `CHF 1'200'000`, `48000`.
 * The last of `.` / `,` is the decimal mark when both appear; a single mark followed by exactly
 * three digits groups thousands (`1,200` and `1.200` are 1200), otherwise it is the decimal mark.
 * Returns null when the text isn't an amount (letters left over, a minus sign in the wrong
 * place, two decimal marks).
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  // Most cells are plain digits and marks: no symbols or spaces to strip.
  let s = PLAIN_NUMBER.test(trimmed) ? trimmed : trimmed.replace(CURRENCY_AND_SPACES, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const count = s.split(mark).length - 1;
    const after = s.length - s.lastIndexOf(mark) - 1;
    decimal = count === 1 && after !== 3 ? mark : null;
  }
  const thousands: '.' | ',' | null = decimal === '.' ? ',' : decimal === ',' ? '.' : s.includes(',') ? ',' : s.includes('.') ? '.' : null;
  let whole = s;
  let fraction = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (!/^\d*$/.test(fraction)) return null;
  }
  if (thousands && whole.includes(thousands)) {
    // Groups of three after the first: "1,200,000" yes, "12,00,0" no.
    if (!GROUPED_BY[thousands].test(whole)) return null;
    whole = whole.split(thousands).join('');
  }
  if (!/^\d+$/.test(whole)) return null;
  const value = Number(`${whole}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** How slash dates are written: month first (US: 03/31/2026) or day first (31/03/2026). */
export type DateOrder = 'mdy' | 'dmy';

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** ISO, possibly with a time after it (Salesforce writes `2026-03-31T00:00:00.000Z` in some exports). */
const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: string) => n.padStart(2, '0');
const iso = (y: string, m: string, d: string) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * What a column's slash dates say about their order: 'mdy' or 'dmy' when some value can only
 * be read one way (a first part above 12 is a day), 'ambiguous' when every value reads both
 * ways (03/04/2026), null when the column has no readable slash dates at all.
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | 'ambiguous' | null {
  let seen = false;
  for (const value of values) {
    const m = SLASH.exec(value.trim());
    if (!m) continue;
    const [first, second] = [Number(m[1]), Number(m[2])];
    // A value no order can read (13/45/2026) tells nothing; it is reported as a bad date.
    if ((first > 12 && second > 12) || first > 31 || second > 31 || first === 0 || second === 0) continue;
    seen = true;
    if (first > 12) return 'dmy';
    if (second > 12) return 'mdy';
  }
  return seen ? 'ambiguous' : null;
}

/** A calendar day as `YYYY-MM-DD` from ISO, `MM/DD/YYYY` or `DD/MM/YYYY` (per `order`) or `DD.MM.YYYY`; null if it isn't one. */
export function parseDate(text: string, order: DateOrder): string | null {
  const s = text.trim();
  const isoMatch = ISO_PREFIX.exec(s);
  if (isoMatch) return isIsoDate(isoMatch[1]!) ? isoMatch[1]! : null;
  const slash = SLASH.exec(s);
  if (slash) {
    const [, a, b, y] = slash as unknown as [string, string, string, string];
    const date = order === 'mdy' ? iso(y, a, b) : iso(y, b, a);
    return isIsoDate(date) ? date : null;
  }
  const dotted = DOTTED.exec(s);
  if (dotted) {
    const [, d, m, y] = dotted as unknown as [string, string, string, string];
    const date = iso(y, m, d);
    return isIsoDate(date) ? date : null;
  }
  return null;
}

const loose = (s: string) => s.toLowerCase().replace(/[\s_\-–]+/g, '');

/** A stage written loosely ("at risk", "AT-RISK", "adoption"), or null when it is none of Fieldbook's. */
export function parseStage(text: string): Stage | null {
  const key = loose(text);
  return STAGES.find((s) => loose(s) === key) ?? null;
}

/** A segment written loosely ("Mid Market", "midmarket", "smb", "enterprise"), or null. */
export function parseSegment(text: string): Segment | null {
  const key = loose(text);
  return SEGMENTS.find((s) => loose(s) === key) ?? null;
}
