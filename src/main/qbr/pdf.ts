import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { QbrContent, QbrSection } from '../../shared/qbr/schema';
import { TIER_COLOURS } from './deck';

/** Letter where the OS locale's region uses it (US, Canada, Mexico, Chile, Colombia, Philippines…), A4 elsewhere. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'CL', 'CO', 'PH', 'VE', 'PR', 'GT', 'CR', 'PA', 'SV', 'DO', 'NI', 'BZ']);
export function paperSizeFor(locale: string): 'A4' | 'LETTER' {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  return region && LETTER_REGIONS.has(region) ? 'LETTER' : 'A4';
}

/**
 * DejaVu Sans, embedded (subset) in every PDF: Latin with accents, Greek, Cyrillic, Hebrew and
 * Arabic letters render wherever the PDF is opened, with no font fetched or looked up on the OS.
 */
function fontFile(name: string): string {
  // The app's main bundle and the test runners are CommonJS (`require` exists); the benchmark
  // runs as an ES module from the project folder, where node_modules is found from the cwd.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(join(process.cwd(), 'package.json')).resolve;
  return join(dirname(resolve('dejavu-fonts-ttf/package.json')), 'ttf', name);
}

const INK = '#1F2328';
const MUTED = '#57606A';
const ACCENT = '#2F5BD3';

/** The QBR report: the same sections as the deck, selectable text, the trend drawn as vectors. */
export function buildPdf(content: QbrContent, locale: string, signal?: AbortSignal): Promise<Buffer> {
  const doc = new PDFDocument({
    size: paperSizeFor(locale),
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    info: { Title: `${content.accountName} QBR ${content.periodLabel}`, Author: content.csm || 'Fieldbook', Creator: 'Fieldbook' },
    lang: locale,
  });
  doc.registerFont('Body', fontFile('DejaVuSans.ttf'));
  doc.registerFont('Bold', fontFile('DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('Bold').fontSize(24).fillColor(INK).text(content.accountName, { width });
  doc.font('Body').fontSize(14).fillColor(ACCENT).text(`Quarterly Business Review · ${content.periodLabel}`);
  doc.fontSize(10).fillColor(MUTED).text(`${content.from} – ${content.to} · ${content.segment}${content.csm ? ` · ${content.csm}` : ''} · prepared ${content.generatedOn}`);
  doc.moveDown(1);
  doc.font('Bold').fontSize(12).fillColor(INK).text('Agenda');
  doc.font('Body').fontSize(10);
  content.sections.forEach((s, i) => doc.text(`${i + 1}. ${s.title} — ${s.question}`));

  for (const section of content.sections) {
    signal?.throwIfAborted();
    writeSection(doc, section, content, width);
  }

  // Footers on every page, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Body').fontSize(8).fillColor(MUTED);
    doc.text(`${content.accountName} · QBR ${content.periodLabel}`, doc.page.margins.left, doc.page.height - 40, { width: width - 60, lineBreak: false, ellipsis: true });
    doc.text(`${i + 1} / ${range.count}`, doc.page.margins.left + width - 60, doc.page.height - 40, { width: 60, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function writeSection(doc: PDFKit.PDFDocument, section: QbrSection, content: QbrContent, width: number): void {
  doc.addPage();
  const left = doc.page.margins.left;
  doc.x = left;
  doc.font('Bold').fontSize(18).fillColor(INK).text(section.title, { width });
  doc.font('Body').fontSize(10).fillColor(MUTED).text(section.question, { width });
  doc.moveDown(0.6);
  for (const fact of section.facts) {
    doc.font('Bold').fontSize(10).fillColor(INK).text(`${fact.label}: `, { continued: true, width });
    doc.font('Body').fillColor(tierColour(fact.value) ?? INK).text(fact.value);
  }
  doc.fillColor(INK);
  if (section.key === 'usage') drawTrend(doc, content, width);
  if (section.narrative.trim()) {
    doc.moveDown(0.6);
    doc.font('Body').fontSize(10.5).fillColor(INK).text(section.narrative, { width, lineGap: 2 });
  }
  for (const table of section.tables) {
    doc.moveDown(0.8);
    doc.x = left;
    doc.font('Bold').fontSize(12).fillColor(INK).text(table.title, { width });
    doc.moveDown(0.2);
    if (table.rows.length === 0) {
      doc.font('Body').fontSize(10).fillColor(MUTED).text(table.empty, { width });
      continue;
    }
    drawTable(doc, table.header, table.rows.map((r) => r.cells), width);
  }
}

/** A simple wrapped table: each row as tall as its tallest cell, a new page (with the header) when full. */
function drawTable(doc: PDFKit.PDFDocument, header: string[], rows: string[][], width: number): void {
  const left = doc.page.margins.left;
  const colWidth = width / header.length;
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    return Math.max(...cells.map((c) => doc.heightOfString(c || ' ', { width: colWidth - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, fill: string | null) => {
    const h = rowHeight(cells, font);
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (font !== 'Bold') drawRow(header, 'Bold', '#E8EEFB');
    }
    const y = doc.y;
    if (fill) doc.rect(left, y, width, h).fill(fill);
    doc.strokeColor('#D0D7DE').lineWidth(0.5).moveTo(left, y + h).lineTo(left + width, y + h).stroke();
    doc.fillColor(INK).font(font).fontSize(9);
    cells.forEach((c, i) => doc.text(c, left + i * colWidth + pad, y + pad, { width: colWidth - 2 * pad }));
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(header, 'Bold', '#E8EEFB');
  for (const row of rows) drawRow(row, 'Body', null);
}

/** The health trend as a vector line chart with tier bands (green ≥ 70, yellow 40–69 as the default model draws them). */
function drawTrend(doc: PDFKit.PDFDocument, content: QbrContent, width: number): void {
  const points = content.trend.filter((p) => p.score !== null);
  doc.moveDown(0.6);
  if (points.length === 0) {
    doc.font('Body').fontSize(10).fillColor(MUTED).text('No health score was recorded in this period, so there is no trend to chart.', { width });
    return;
  }
  const height = 140;
  if (doc.y + height + 30 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left + 24;
  const top = doc.y;
  const w = width - 24;
  const yOf = (score: number) => top + height - (score / 100) * height;
  doc.lineWidth(0.5).strokeColor('#D0D7DE');
  for (const v of [0, 50, 100]) {
    doc.moveTo(left, yOf(v)).lineTo(left + w, yOf(v)).stroke();
    doc.font('Body').fontSize(7).fillColor(MUTED).text(String(v), left - 22, yOf(v) - 4, { width: 18, align: 'right', lineBreak: false });
  }
  const xOf = (i: number) => (points.length === 1 ? left + w / 2 : left + (i / (points.length - 1)) * w);
  doc.lineWidth(1.5).strokeColor(ACCENT);
  points.forEach((p, i) => (i === 0 ? doc.moveTo(xOf(i), yOf(p.score!)) : doc.lineTo(xOf(i), yOf(p.score!))));
  doc.stroke();
  points.forEach((p, i) => {
    doc.circle(xOf(i), yOf(p.score!), 2.5).fill(tierColour(p.tier ? `(${p.tier[0]!.toUpperCase()}${p.tier.slice(1)}` : '') ?? ACCENT);
  });
  doc.font('Body').fontSize(7).fillColor(MUTED);
  doc.text(points[0]!.on, left, top + height + 4, { lineBreak: false });
  if (points.length > 1) doc.text(points.at(-1)!.on, left + w - 60, top + height + 4, { width: 60, align: 'right', lineBreak: false });
  doc.x = doc.page.margins.left;
  doc.y = top + height + 18;
  doc.fillColor(INK);
}

function tierColour(value: string): string | undefined {
  if (value.includes('(Green')) return `#${TIER_COLOURS.green}`;
  if (value.includes('(Yellow')) return `#${TIER_COLOURS.yellow}`;
  if (value.includes('(Red')) return `#${TIER_COLOURS.red}`;
  return undefined;
}
