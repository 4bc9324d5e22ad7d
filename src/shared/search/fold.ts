/**
 * Letters SQLite's `unicode61 remove_diacritics 2` tokenizer leaves alone because they are
 * letters of their own, not a base letter with a combining accent. Spelled the way people type
 * them on an ASCII keyboard ("Søren" → "soren", "Straße" → "strasse", "Æble" → "aeble").
 */
const LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ẞ: 'SS',
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH',
  ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ĸ: 'k', ŀ: 'l', Ŀ: 'L',
};

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const NOT_ASCII = /[\u0080-\u{10ffff}]/u;
const NON_ASCII_CHAR = /[\u0080-\u{10ffff}]/gu;

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let folded = cache.get(c);
  if (folded !== undefined) return folded;
  folded = c;
  if (LETTER_OR_DIGIT.test(c)) {
    // NFKC turns ligatures (ﬁ → fi) and full-width forms (Ｚ → Z) into plain letters. It is
    // applied to one letter at a time and kept only when it gives letters or digits back, so
    // no word is split or joined: "½" or "™" stay as they are.
    const compat = c.normalize('NFKC');
    if (LETTER_OR_DIGIT.test(compat)) folded = compat;
    folded = [...folded].map((l) => LETTERS[l] ?? l).join('');
  }
  if (cache.size < 4096) cache.set(c, folded);
  return folded;
}

/**
 * The search index's folding, applied to every title and body written to the index and to
 * every word searched for: the same function both ways, so "soren" finds "Søren", "lodz"
 * Łódź, "ﬁnance" finance and "ｚｕｒｉｃｈ" Zürich. It maps each letter or digit to letters or
 * digits and touches nothing else, so the tokenizer sees the same words at the same places in
 * the folded and the original text: FTS5's highlight() of the stored original then marks the
 * right words. Accents on ordinary letters are left to the tokenizer.
 *
 * Changing this function changes what the index holds: it needs a migration that re-indexes
 * (as 0011 did).
 */
export function foldLetters(text: string): string {
  // Most text is plain ASCII and is returned as it is.
  return NOT_ASCII.test(text) ? text.replace(NON_ASCII_CHAR, foldChar) : text;
}

/**
 * A word or a line as the search compares it when it marks matches and filters a list:
 * folded as above, accents removed and lower-cased. `Zürich`, `ZURICH` and `zurich` are equal.
 */
export function foldForCompare(text: string): string {
  return NOT_ASCII.test(text)
    ? foldLetters(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    : text.toLowerCase();
}
