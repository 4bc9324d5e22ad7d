import { foldForCompare } from './fold';
import type { MarkedText } from './query';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

const matcher = (terms: readonly string[]) => {
  const folded = terms.map(foldForCompare).filter((t) => t.length > 0);
  return (word: string) => {
    const w = foldForCompare(word);
    return folded.some((t) => (t.length >= 2 ? w.startsWith(t) : w === t));
  };
};

/**
 * The spans of `text` that the search terms matched, with the index's rules: a term of two
 * letters or more matches the start of a word, a single letter only a whole word.
 */
export function markMatches(text: string, terms: readonly string[]): MarkedText {
  const matches = matcher(terms);
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    if (matches(m[0])) ranges.push([m.index, m.index + m[0].length]);
  }
  return { text, ranges };
}

/** Notes are Markdown; a one-line excerpt reads better without heading hashes, bullets and emphasis marks. */
function withoutMarkdown(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|`)/g, '');
}

const SNIPPET_BEFORE = 50;
const SNIPPET_LENGTH = 180;

/**
 * A one-line excerpt of `body` around its first match (or its start, when only the title
 * matched), cut at spaces, with the matches marked.
 */
export function snippetOf(body: string, terms: readonly string[]): MarkedText {
  const flat = withoutMarkdown(body).replace(/\s+/g, ' ').trim();
  const matches = matcher(terms);
  let first: [number, number] | undefined;
  for (const m of flat.matchAll(WORD)) {
    if (matches(m[0])) {
      first = [m.index, m.index + m[0].length];
      break;
    }
  }
  let start = first ? Math.max(0, first[0] - SNIPPET_BEFORE) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < (first?.[0] ?? flat.length) ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > (first?.[1] ?? start)) end = space;
  }
  const excerpt = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  return markMatches(excerpt, terms);
}
