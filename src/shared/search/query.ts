import { foldLetters } from './fold';

/** The most words of a search that count; a longer query is cut here (it would match little anyway). */
export const MAX_SEARCH_TERMS = 8;

/**
 * The words of what the user typed: runs of letters, digits and combining marks. Everything
 * else (quotes, `*`, `-`, parentheses, `:`…) separates words, so FTS syntax typed into the box
 * is searched for as text and can never make the query fail.
 */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.slice(0, MAX_SEARCH_TERMS);
}

/**
 * An FTS5 MATCH expression for the user's text: every word quoted (so `AND`, `OR`, `NOT`,
 * `NEAR` are words, not operators) and all of them required. Words of two letters or more
 * also match as prefixes, so results follow the typing; a lone letter matches only itself,
 * because as a prefix it would match most of the book. Words are folded as the index is
 * (`foldLetters`: "søren" looks for "soren"). Empty when nothing searchable was typed.
 */
export function matchExpression(text: string): string {
  return searchTerms(text)
    .map(foldLetters)
    .map((term) => (term.length >= 2 ? `"${term}"*` : `"${term}"`))
    .join(' ');
}

/** A piece of text with the spans that matched the search, as [start, end) offsets. */
export interface MarkedText {
  text: string;
  ranges: [number, number][];
}
