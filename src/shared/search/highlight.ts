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

const HEADING = /^\s{0,3}#{1,6}\s/;

/** Plain text, one line per non-empty line of the note (the passage a match is in starts at its line). */
const flatten = (text: string) =>
  withoutMarkdown(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

const SNIPPET_BEFORE = 50;
const SNIPPET_LENGTH = 180;

/**
 * Where the best passage starts: the match whose following SNIPPET_LENGTH characters hold the
 * most different search words (then the most matches), so "kerberos gateway" shows the line
 * about both rather than the first line mentioning one.
 */
function bestMatch(flat: string, terms: readonly string[]): [number, number] | undefined {
  const folded = terms.map(foldForCompare).filter((t) => t.length > 0);
  const found: { at: number; end: number; term: number }[] = [];
  for (const m of flat.matchAll(WORD)) {
    const w = foldForCompare(m[0]);
    const term = folded.findIndex((t) => (t.length >= 2 ? w.startsWith(t) : w === t));
    if (term >= 0) {
      found.push({ at: m.index, end: m.index + m[0].length, term });
      // With one word searched for, its first place is as good a passage as any.
      if (folded.length === 1) break;
    }
  }
  let best: { at: number; end: number; distinct: number; count: number } | undefined;
  for (let i = 0; i < found.length; i++) {
    const from = found[i]!;
    const inWindow = found.slice(i).filter((f) => f.end <= from.at + SNIPPET_LENGTH - SNIPPET_BEFORE);
    const distinct = new Set(inWindow.map((f) => f.term)).size;
    if (!best || distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.count)) {
      best = { at: from.at, end: from.end, distinct, count: inWindow.length };
    }
  }
  return best && [best.at, best.end];
}

/**
 * A one-line excerpt of `body` around its best passage (or its start, when only the title
 * matched), cut at spaces, with the matches marked. Markdown headings are left out unless only
 * a heading matched: a template's headings are in every note and say nothing about this one.
 */
export function snippetOf(body: string, terms: readonly string[]): MarkedText {
  const lines = body.split('\n');
  const prose = flatten(lines.filter((line) => !HEADING.test(line)).join('\n'));
  let flat = prose;
  let first = bestMatch(prose, terms);
  if (!first) {
    const all = flatten(body);
    const inHeading = bestMatch(all, terms);
    if (inHeading) {
      flat = all;
      first = inHeading;
    }
  }
  let start = first ? Math.max(0, first[0] - SNIPPET_BEFORE, flat.lastIndexOf('\n', first[0]) + 1) : 0;
  if (start > 0 && flat[start - 1] !== '\n') {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < (first?.[0] ?? flat.length) ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > (first?.[1] ?? start)) end = space;
  }
  const excerpt = `${start > 0 ? '…' : ''}${flat.slice(start, end).replace(/\n/g, ' ')}${end < flat.length ? '…' : ''}`;
  return markMatches(excerpt, terms);
}
