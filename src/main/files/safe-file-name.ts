/**
 * A name every desktop OS accepts as a file name, for names built from user data (account
 * names, dates, kinds). Windows is the strictest: no `/ \ : * ? " < > |`, no control
 * characters, no trailing dot or space, no device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9,
 * also with an extension). Bidirectional-override characters go too (they can disguise
 * `exe.csv` as `vsc.exe`). Letters, accents and emoji are kept. The length is capped in UTF-8
 * bytes (most file systems allow 255; the cap leaves room for the atomic writer's temp suffix),
 * cutting only between whole characters (grapheme clusters), so an emoji is never split.
 */
// Matching control characters is the point here: Windows refuses them in names.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
export const MAX_FILE_NAME_BYTES = 180;

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Drops leading dots/spaces (hidden files, `..`) and trailing dots/spaces (Windows strips them). */
const trimEnds = (s: string) => s.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');

function capBytes(s: string, maxBytes: number): string {
  if (utf8Bytes(s) <= maxBytes) return s;
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)) {
    if (utf8Bytes(out + segment) > maxBytes) break;
    out += segment;
  }
  return out;
}

function cleanPart(s: string): string {
  return s.normalize('NFC').replace(FORBIDDEN, '-');
}

/**
 * `safeFileName('Acme: Q3/Q4 review', 'csv')` → `Acme- Q3-Q4 review.csv`. The extension (without
 * its dot) is cleaned too and always kept; the stem is shortened to fit. An empty result becomes
 * `fallback`.
 */
export function safeFileName(
  name: string,
  extension?: string,
  options: { maxBytes?: number; fallback?: string } = {},
): string {
  const { maxBytes = MAX_FILE_NAME_BYTES, fallback = 'file' } = options;
  const ext = extension ? trimEnds(cleanPart(extension)).replace(/\./g, '-').slice(0, 16) : '';
  const suffix = ext ? `.${ext}` : '';
  let stem = trimEnds(cleanPart(name));
  stem = trimEnds(capBytes(stem, maxBytes - utf8Bytes(suffix)));
  if (stem === '') stem = fallback;
  // "CON", "con.txt", "Nul.tar.gz": Windows reserves the device name whatever follows the first dot.
  const firstPart = stem.split('.')[0]!.trimEnd();
  if (RESERVED.test(firstPart)) stem = `_${stem}`;
  return `${stem}${suffix}`;
}
