/**
 * A note's Markdown read as the sections of its agenda: each ATX heading (`## Q&A`) and the
 * lines under it up to the next heading. The editor's outline, its jump-to-section keys, the
 * read view (which hides headings left empty) and the meeting recap all read a note this way.
 */
export interface NoteSection {
  /** null for the text before the first heading. */
  heading: string | null;
  level: number;
  /** The heading's line (0-based); for the text before any heading, 0. */
  line: number;
  /** The lines under the heading, up to the next heading of any level. */
  body: string[];
  /** Whether this section, or a section nested under it, holds any text. */
  filled: boolean;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function parseSections(markdown: string): NoteSection[] {
  const lines = markdown.split(/\r?\n/);
  const sections: NoteSection[] = [{ heading: null, level: 0, line: 0, body: [], filled: false }];
  let inFence = false;
  lines.forEach((text, index) => {
    if (FENCE.test(text)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(text);
    if (match) sections.push({ heading: match[2] ?? '', level: (match[1] ?? '#').length, line: index, body: [], filled: false });
    else sections[sections.length - 1]?.body.push(text);
  });
  // A section is filled when it has text of its own or any section nested under it has.
  for (let i = sections.length - 1; i >= 0; i -= 1) {
    const section = sections[i] as NoteSection;
    let filled = section.body.some((l) => l.trim() !== '');
    if (section.heading !== null) {
      for (let j = i + 1; j < sections.length && (sections[j] as NoteSection).level > section.level; j += 1) {
        if ((sections[j] as NoteSection).filled) filled = true;
      }
    }
    section.filled = filled;
  }
  return sections[0]?.filled || sections.length === 1 ? sections : sections.slice(1);
}

/** The note with every heading whose section (and sub-sections) was left empty taken out. */
export function withoutEmptySections(markdown: string): string {
  const kept = parseSections(markdown).filter((s) => s.filled);
  return kept
    .map((s) => {
      const body = trimBlankEdges(s.body);
      return s.heading === null ? body.join('\n') : [`${'#'.repeat(s.level)} ${s.heading}`, ...body].join('\n');
    })
    .join('\n\n');
}

export function trimBlankEdges(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start += 1;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(start, end);
}

/**
 * The line a "next / previous section" key moves to from `fromLine`: the line after the next
 * (or previous) heading, where the CSM types. Null when there is no heading that way.
 */
export function sectionJumpTarget(markdown: string, fromLine: number, direction: 1 | -1): number | null {
  const headings = parseHeadings(markdown);
  if (direction === 1) {
    const next = headings.find((h) => h.line > fromLine);
    return next ? next.line : null;
  }
  // Going back: the heading of the section the cursor is in counts only when the cursor is
  // already past its first line, so pressing twice walks back section by section.
  const before = headings.filter((h) => h.line < fromLine - 1);
  const previous = before[before.length - 1];
  return previous ? previous.line : null;
}

/** Every heading of the note with its line, for the outline (empty ones included). */
export function parseHeadings(markdown: string): { heading: string; level: number; line: number }[] {
  const out: { heading: string; level: number; line: number }[] = [];
  let inFence = false;
  markdown.split(/\r?\n/).forEach((text, line) => {
    if (FENCE.test(text)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(text);
    if (match) out.push({ heading: match[2] ?? '', level: (match[1] ?? '#').length, line });
  });
  return out;
}
