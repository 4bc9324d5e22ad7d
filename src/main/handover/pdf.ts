import PDFDocument from 'pdfkit';
import type { HandoverDocument } from '../../shared/handover/document';

/** The characters PDF's standard fonts (WinAnsi) can show beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the built-in Helvetica can draw: letters outside WinAnsi lose their accents where that
 * makes them Latin (ł → l, ő → o), anything else becomes "?" rather than a wrong glyph. The
 * Markdown and text formats keep every character; the PDF is for reading and printing.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
      continue;
    }
    if (ch === '\t') {
      out += '    ';
      continue;
    }
    const folded = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    out += /^[\x20-\x7e\xa0-\xff]+$/.test(folded) ? folded : ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : '?';
  }
  return out;
}

const BULLET = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const HEADING = /^#{1,6}\s+(.*)$/;
const EMPHASIS = /(\*\*|__|`)/g;

/** Renders a recap or digest as an A4 PDF with the standard Helvetica fonts (no font files to ship). */
export function renderPdf(doc: HandoverDocument, now: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: pdfSafe(doc.title), Creator: 'Fieldbook', CreationDate: now },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    pdf.font('Helvetica-Bold').fontSize(18).fillColor('#1a1f2b').text(pdfSafe(doc.title));
    pdf.moveDown(0.5);
    const body = (text: string, indent = 0) => pdf.font('Helvetica').fontSize(11).fillColor('#1a1f2b').text(pdfSafe(text), { indent });
    const bullet = (text: string, depth = 0) =>
      pdf.font('Helvetica').fontSize(11).fillColor('#1a1f2b').text(`•  ${pdfSafe(text)}`, { indent: 12 + depth * 14 });
    for (const block of doc.blocks) {
      switch (block.kind) {
        case 'heading':
          pdf.moveDown(0.8);
          pdf.font('Helvetica-Bold').fontSize(13).fillColor('#1a1f2b').text(pdfSafe(block.text));
          pdf.moveDown(0.3);
          break;
        case 'meta':
          pdf.font('Helvetica').fontSize(10).fillColor('#4a5263').text(pdfSafe(block.text));
          break;
        case 'list':
          for (const item of block.items) bullet(item);
          break;
        case 'markdown':
          for (const raw of block.lines) {
            const line = raw.replace(EMPHASIS, '');
            const heading = HEADING.exec(line);
            const item = BULLET.exec(line);
            if (heading) pdf.font('Helvetica-Bold').fontSize(11).fillColor('#1a1f2b').text(pdfSafe(heading[1] ?? ''));
            else if (item) bullet(item[2] ?? '', Math.floor((item[1] ?? '').length / 2));
            else if (line.trim() === '') pdf.moveDown(0.4);
            else body(line);
          }
          break;
      }
    }
    pdf.end();
  });
}
