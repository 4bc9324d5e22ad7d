/**
 * Turns free text into an FTS5 query that matches any of its meaningful words. Every word is
 * quoted, so nothing the CSM types is read as FTS syntax (AND, NEAR, column filters, quotes).
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be because but by can could do does for from has have how i if in into is it its ' +
    'just more need needs not of on or our so some than that the their them then there these they this ' +
    'to too us was we were what when where which who why will with would you your'
  ).split(' '),
);

const MAX_WORDS = 24;

export function significantWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept: string[] = [];
  for (const w of words) {
    if (w.length < 3 || STOP_WORDS.has(w) || kept.includes(w)) continue;
    kept.push(w);
    if (kept.length === MAX_WORDS) break;
  }
  return kept;
}

/** `"access" OR "slow" OR …`, or null when the text has no word worth matching. */
export function ftsQueryFromText(text: string): string | null {
  const words = significantWords(text);
  return words.length === 0 ? null : words.map((w) => `"${w}"`).join(' OR ');
}
