/**
 * Splitting the CSM's words and long tables so nothing overflows a slide or a page box. The
 * deck's narrative text is 14 pt in a 12.3 × 4.6 in box: about 1,000 characters (or 16 lines)
 * fit, so a longer narrative continues on further slides ("(continued)"). One unbroken word
 * longer than a line (a URL, a pasted hash) is cut so it wraps. Table cells in the deck keep
 * their first 160 characters (the CSV appendices carry every word).
 */
export const SLIDE_TEXT_CHARS = 1_000;
export const SLIDE_TEXT_LINES = 16;
export const SLIDE_CELL_CHARS = 160;
export const SLIDE_TABLE_ROWS = 9;
const LONGEST_WORD = 60;

/** Breaks words no line can hold, so every renderer can wrap them. */
function breakLongWords(text: string): string {
  return text.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu'), (word) => {
    const parts = Array.from(word);
    const out: string[] = [];
    for (let i = 0; i < parts.length; i += LONGEST_WORD) out.push(parts.slice(i, i + LONGEST_WORD).join(''));
    return out.join(' ');
  });
}

/** The narrative in slide-sized chunks, split between paragraphs, then lines, then words. */
export function chunkText(text: string, maxChars = SLIDE_TEXT_CHARS, maxLines = SLIDE_TEXT_LINES): string[] {
  const clean = breakLongWords(text.replace(/\r\n?/g, '\n').trim());
  if (!clean) return [];
  const chunks: string[] = [];
  let current: string[] = [];
  let chars = 0;
  const push = () => {
    if (current.length) chunks.push(current.join('\n'));
    current = [];
    chars = 0;
  };
  // Each wrapped line costs at least a line; ~110 characters fill one line of the box.
  const linesOf = (line: string) => Math.max(1, Math.ceil(Array.from(line).length / 110));
  let lines = 0;
  for (const line of clean.split('\n')) {
    let rest = line;
    while (Array.from(rest).length > maxChars) {
      const cut = rest.lastIndexOf(' ', maxChars) > maxChars / 2 ? rest.lastIndexOf(' ', maxChars) : maxChars;
      push();
      lines = 0;
      chunks.push(Array.from(rest).slice(0, cut).join('').trimEnd());
      rest = Array.from(rest).slice(cut).join('').trimStart();
    }
    const cost = linesOf(rest);
    if (chars + rest.length > maxChars || lines + cost > maxLines) {
      push();
      lines = 0;
    }
    current.push(rest);
    chars += rest.length + 1;
    lines += cost;
  }
  push();
  return chunks;
}

/** A cell cut to `max` characters (whole characters, so an emoji is never split) with an ellipsis. */
export function clip(text: string, max = SLIDE_CELL_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Rows in pages of `size` (at least one page, so an empty table still gets its slide). */
export function pages<T>(rows: readonly T[], size = SLIDE_TABLE_ROWS): T[][] {
  if (rows.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
