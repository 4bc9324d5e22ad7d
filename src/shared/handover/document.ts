/**
 * What Fieldbook hands over (a meeting recap, a weekly digest) as a few kinds of block, so
 * the same content becomes the text pasted into an email, a Markdown file and a PDF.
 */
export type HandoverBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'list'; items: string[] }
  /** Markdown the CSM typed (a note's section), kept as written. */
  | { kind: 'markdown'; lines: string[] };

export interface HandoverDocument {
  title: string;
  blocks: HandoverBlock[];
}

/** Plain text for an email: headings underlined, lists as dashes, the CSM's text as typed. */
export function toPlainText(doc: HandoverDocument): string {
  const out: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 72))];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push('', block.text, '-'.repeat(Math.min(block.text.length, 72)));
        break;
      case 'meta':
        out.push(block.text);
        break;
      case 'list':
        for (const item of block.items) out.push(`- ${item}`);
        break;
      case 'markdown':
        out.push(...block.lines);
        break;
    }
  }
  return `${out.join('\n').trim()}\n`;
}

/** Escapes what Markdown would read as markup in text Fieldbook puts in (names, titles). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(doc: HandoverDocument): string {
  const out: string[] = [`# ${escapeMarkdownInline(doc.title)}`];
  let previous: HandoverBlock['kind'] | null = null;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push('', `## ${escapeMarkdownInline(block.text)}`, '');
        break;
      case 'meta':
        if (previous !== 'meta') out.push('');
        // Two trailing spaces: a line break between meta lines.
        out.push(`${escapeMarkdownInline(block.text)}  `);
        break;
      case 'list':
        for (const item of block.items) out.push(`- ${escapeMarkdownInline(item)}`);
        break;
      case 'markdown':
        out.push(...block.lines);
        break;
    }
    previous = block.kind;
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
