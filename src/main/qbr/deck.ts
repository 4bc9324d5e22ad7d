import { unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import type { QbrContent, QbrSection } from '../../shared/qbr/schema';
import { chunkText, clip, pages } from './paginate';

/** Tier colours of the design tokens, as the deck's theme uses them (text labels always beside). */
export const TIER_COLOURS = { green: '2E7D32', yellow: 'B26A00', red: 'C62828' } as const;
const INK = '1F2328';
const MUTED = '57606A';
const ACCENT = '2F5BD3';
const FONT = 'Calibri';
const MASTER = 'FIELDBOOK_QBR';

/**
 * The QBR deck: 16:9, a title slide, the agenda, then each section's slides with native tables
 * and (for usage) a native line chart the CSM can edit, the narrative's full text in the speaker
 * notes, the account and period in every footer.
 */
export async function buildDeck(content: QbrContent): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${content.accountName} QBR ${content.periodLabel}`;
  pptx.company = content.accountName;
  pptx.author = content.csm || 'Fieldbook';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: '100%', h: 0.12, fill: { color: ACCENT } } },
      {
        text: {
          text: `${content.accountName} · QBR ${content.periodLabel} (${content.from} – ${content.to})`,
          options: { x: 0.5, y: 7.05, w: 10, h: 0.3, fontSize: 10, color: MUTED, fontFace: FONT },
        },
      },
    ],
    slideNumber: { x: 12.3, y: 7.05, w: 0.6, h: 0.3, fontSize: 10, color: MUTED, fontFace: FONT },
  });

  const title = pptx.addSlide({ masterName: MASTER });
  title.addText(content.accountName, { x: 0.8, y: 2.2, w: 11.7, h: 1.2, fontSize: 40, bold: true, color: INK, fontFace: FONT, fit: 'shrink' });
  title.addText(`Quarterly Business Review · ${content.periodLabel}`, { x: 0.8, y: 3.4, w: 11.7, h: 0.6, fontSize: 22, color: ACCENT, fontFace: FONT });
  title.addText(`${content.from} – ${content.to} · ${content.segment}${content.csm ? ` · ${content.csm}` : ''}`, {
    x: 0.8,
    y: 4.1,
    w: 11.7,
    h: 0.5,
    fontSize: 14,
    color: MUTED,
    fontFace: FONT,
  });
  title.addNotes('A decision forum, not a status slideshow: outcomes achieved, roadmap alignment, risks, opportunities and mutual commitments.');

  const agenda = pptx.addSlide({ masterName: MASTER });
  heading(agenda, 'Agenda');
  agenda.addText(
    content.sections.map((s, i) => ({ text: `${i + 1}. ${s.title} — ${s.question}`, options: { breakLine: true } })),
    { x: 0.8, y: 1.3, w: 11.7, h: 5.2, fontSize: 20, color: INK, fontFace: FONT, valign: 'top', paraSpaceAfter: 8 },
  );

  for (const section of content.sections) addSection(pptx, section, content);

  // pptxgenjs zips without compression for a Node buffer, and its own DEFLATE (JSZip) is slow;
  // fflate recompresses the parts in a fraction of the time (a 1.5 MB deck becomes ~200 KB).
  const out = await pptx.write({ outputType: 'uint8array' });
  const parts = unzipSync(out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer));
  return Buffer.from(zipSync(parts, { level: 6 }));
}

function heading(slide: PptxGenJS.Slide, text: string, sub?: string): void {
  slide.addText(text, { x: 0.5, y: 0.3, w: 12.3, h: 0.7, fontSize: 28, bold: true, color: INK, fontFace: FONT, fit: 'shrink' });
  if (sub) slide.addText(sub, { x: 0.5, y: 0.95, w: 12.3, h: 0.35, fontSize: 14, italic: true, color: MUTED, fontFace: FONT });
}

function addSection(pptx: PptxGenJS, section: QbrSection, content: QbrContent): void {
  // The overview slide: the section's question, its headline figures and the start of the narrative.
  const chunks = chunkText(section.narrative);
  const overview = pptx.addSlide({ masterName: MASTER });
  heading(overview, section.title, section.question);
  overview.addTable(
    [section.facts.map((f) => ({ text: f.label, options: { bold: true, color: MUTED, fontSize: 11 } })), section.facts.map((f) => ({ text: clip(f.value, 60), options: { fontSize: 18, color: tierColourOf(f.value) ?? INK } }))],
    { x: 0.5, y: 1.45, w: 12.3, fontFace: FONT, border: { type: 'none' } },
  );
  if (section.key === 'usage' && content.trend.some((p) => p.score !== null)) {
    const points = content.trend.filter((p) => p.score !== null);
    overview.addChart(
      pptx.ChartType.line,
      [{ name: 'Health score', labels: points.map((p) => p.on), values: points.map((p) => p.score ?? 0) }],
      {
        x: 0.5,
        y: 2.6,
        w: 12.3,
        h: 4.2,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        chartColors: [ACCENT],
        lineDataSymbol: 'circle',
        showLegend: false,
        showTitle: true,
        title: 'Health score in the period',
        titleFontSize: 14,
        catAxisLabelFontSize: 10,
        valAxisLabelFontSize: 10,
      },
    );
  } else if (section.key === 'usage') {
    overview.addText('No health score was recorded in this period, so there is no trend to chart.', { x: 0.5, y: 2.8, w: 12.3, h: 0.6, fontSize: 16, color: MUTED, fontFace: FONT });
  } else if (chunks.length > 0) {
    overview.addText(chunks[0]!, { x: 0.5, y: 2.5, w: 12.3, h: 4.4, fontSize: 14, color: INK, fontFace: FONT, valign: 'top', fit: 'shrink' });
  } else if (section.narrative === '' && ['goals', 'value', 'roadmap', 'actions'].includes(section.key)) {
    overview.addText('No narrative written for this section yet.', { x: 0.5, y: 2.5, w: 12.3, h: 0.5, fontSize: 14, italic: true, color: MUTED, fontFace: FONT });
  }
  overview.addNotes(section.narrative || `${section.title}: ${section.question}`);

  // The rest of a long narrative, one slide per chunk.
  const rest = section.key === 'usage' ? chunks : chunks.slice(1);
  rest.forEach((chunk, i) => {
    const slide = pptx.addSlide({ masterName: MASTER });
    heading(slide, `${section.title} (continued${rest.length > 1 ? ` ${i + 1}/${rest.length}` : ''})`);
    slide.addText(chunk, { x: 0.5, y: 1.3, w: 12.3, h: 5.6, fontSize: 14, color: INK, fontFace: FONT, valign: 'top', fit: 'shrink' });
    slide.addNotes(chunk);
  });

  for (const table of section.tables) {
    const parts = pages(table.rows);
    parts.forEach((rows, i) => {
      const slide = pptx.addSlide({ masterName: MASTER });
      heading(slide, `${section.title}: ${table.title}${parts.length > 1 ? ` (${i + 1}/${parts.length})` : ''}`);
      if (rows.length === 0) {
        slide.addText(table.empty, { x: 0.5, y: 1.5, w: 12.3, h: 0.6, fontSize: 18, color: MUTED, fontFace: FONT });
        return;
      }
      const header = table.header.map((h) => ({ text: h, options: { bold: true, color: 'FFFFFF', fill: { color: ACCENT } } }));
      const body = rows.map((r) => r.cells.map((c) => ({ text: clip(c) })));
      slide.addTable([header, ...body], {
        x: 0.5,
        y: 1.3,
        w: 12.3,
        fontSize: 11,
        fontFace: FONT,
        color: INK,
        border: { type: 'solid', pt: 0.5, color: 'D0D7DE' },
        valign: 'top',
      });
      slide.addNotes(`${table.title}: ${table.rows.length} row${table.rows.length === 1 ? '' : 's'} in the period; every row is in the CSV appendix.`);
    });
  }
}

/** A value like "72 (Green)" takes its tier's colour (the word stays: colour is never the only signal). */
function tierColourOf(value: string): string | undefined {
  if (value.includes('(Green')) return TIER_COLOURS.green;
  if (value.includes('(Yellow')) return TIER_COLOURS.yellow;
  if (value.includes('(Red')) return TIER_COLOURS.red;
  return undefined;
}
