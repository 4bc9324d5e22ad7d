import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/main/files/csv';
import { buildQbrContent } from '../../src/main/qbr/content';
import { exportPack, packFolderName } from '../../src/main/qbr/export-pack';
import { saveDraft } from '../../src/main/qbr/service';
import { listTasks } from '../../src/main/tasks/repository';
import { EMPTY_NARRATIVE } from '../../src/shared/qbr/schema';
import type { OperationProgress } from '../../src/shared/ipc/long-operation';
import { account, NOW } from '../support/feedback-fixtures';
import { Q3, seedQuarter } from '../support/qbr-fixtures';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';

let t: TestStore;
let out: string;
beforeEach(() => {
  t = createTestStore();
  out = join(t.dir, 'out');
  mkdirSync(out);
});
afterEach(() => t.close());

const narrative = {
  goals: 'Cut onboarding time for new domains from 6 weeks to 2.',
  value: 'Saved 120 analyst hours a month; ROI 3.4× on the licence.',
  roadmap: 'Lineage in reports lands in Q1.',
  asks: 'Acme names an executive sponsor by 30 October; we run the SSO workshop.',
};

async function exportTo(folder: string, accountId: string, extra: { operationId?: string; onProgress?: (p: OperationProgress) => void } = {}) {
  const ctx = testContext(t, NOW, scriptedDialogs({ folder }), undefined, (_channel, payload) => extra.onProgress?.(payload as OperationProgress));
  return { ctx, result: await exportPack(ctx, { accountId, period: Q3, ...(extra.operationId ? { operationId: extra.operationId } : {}) }, 'en-GB') };
}

async function slidesText(pptx: Buffer): Promise<{ slides: string[]; files: string[] }> {
  const zip = await JSZip.loadAsync(pptx);
  const files = Object.keys(zip.files);
  const names = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const slides = await Promise.all(names.map(async (n) => (await zip.file(n)!.async('string')).replace(/<[^>]+>/g, ' ')));
  return { slides, files };
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('the QBR content model', () => {
  it('fills every section from the period, in seed 003’s order, with health at start and end', () => {
    const acme = seedQuarter(t.store);
    saveDraft(t.store, { accountId: acme.id, period: Q3, narrative }, NOW);
    const content = buildQbrContent(t.store, acme.id, Q3, narrative, NOW);
    expect(content.sections.map((s) => s.title)).toEqual(['Review goals', 'Usage analysis', 'Value delivered', 'Feedback loop', 'Roadmap preview', 'Action items', 'License and renewal']);
    expect(content).toMatchObject({ periodLabel: '2026 Q3', from: '2026-07-01', to: '2026-09-30' });
    const usage = content.sections[1]!;
    expect(usage.facts[0]!.value).toMatch(/^7\d \(Green\)/); // the June check stands at the start
    expect(usage.facts[1]!.value).toMatch(/^2\d \(Red\)/);
    expect(content.trend.map((p) => p.on)).toEqual(['2026-07-15', '2026-09-20']);
    expect(usage.tables[0]!.rows.map((r) => r.cells[0])).toEqual(['Product usage', 'Feature adoption', 'Support engagement', 'Business outcomes']);
    expect(usage.tables[2]!.rows.length).toBeGreaterThan(0); // the red check raised an alert
    const feedback = content.sections[3]!;
    expect(feedback.tables[0]!.rows.map((r) => r.cells[3])).toEqual(['Shipped', 'Planned']);
    expect(feedback.facts.find((f) => f.label === 'NPS')!.value).toBe('4');
    expect(content.sections[2]!.tables[0]!.rows).toEqual([{ cells: ['Faster access requests', '1'] }]);
    expect(content.sections[4]!.tables[0]!.rows).toEqual([{ cells: ['Lineage in reports', 'Planned'] }]);
    const actions = content.sections[5]!;
    expect(actions.narrative).toBe(narrative.asks);
    expect(actions.tables[1]!.rows.map((r) => r.cells[0])).toEqual(['Send the SSO runbook']);
    expect(actions.tables[0]!.rows.map((r) => r.cells[0])).toContain('Customer: name an executive sponsor');
  });

  it('says so where a section has no data, rather than leaving it out', () => {
    const empty = account(t.store, 'Quiet Co', 20_000);
    const content = buildQbrContent(t.store, empty.id, Q3, EMPTY_NARRATIVE, NOW);
    expect(content.sections).toHaveLength(7);
    const tables = content.sections.flatMap((s) => s.tables);
    expect(tables.find((x) => x.title === 'Requests raised in the period')).toMatchObject({ rows: [], empty: 'No feedback was raised this period.' });
    expect(tables.find((x) => x.title === 'Alerts raised and how they closed')).toMatchObject({ rows: [], empty: 'No health alerts were raised this period.' });
    expect(content.sections[1]!.facts[0]!.value).toBe('Not scored');
  });
});

describe('exporting the QBR pack', () => {
  it('writes the deck, the PDF, the CSV appendices and a zip into "<Account> QBR 2026 Q3/"', async () => {
    const acme = seedQuarter(t.store, 'ACME / Data: "Mesh"… 🚀');
    saveDraft(t.store, { accountId: acme.id, period: Q3, narrative }, NOW);
    const progress: OperationProgress[] = [];
    const { result } = await exportTo(out, acme.id, { operationId: crypto.randomUUID(), onProgress: (p) => progress.push(p) });
    expect(result.status).toBe('saved');
    if (result.status !== 'saved') return;
    expect(readdirSync(out)).toEqual(['ACME - Data- -Mesh-… 🚀 QBR 2026 Q3']);
    const files = readdirSync(result.folder).sort();
    expect(files).toEqual(
      [
        'ACME - Data- -Mesh-… 🚀 QBR 2026 Q3.pdf',
        'ACME - Data- -Mesh-… 🚀 QBR 2026 Q3.pptx',
        'ACME - Data- -Mesh-… 🚀 QBR 2026 Q3.zip',
        'appendix-action-items.csv',
        'appendix-checklist.csv',
        'appendix-feedback.csv',
        'appendix-health-history.csv',
      ].sort(),
    );
    expect(progress.map((p) => p.phase)).toContain('Building the deck');

    // The deck: every section's title and key numbers in slide text, the trend as a native chart.
    const { slides, files: parts } = await slidesText(readFileSync(join(result.folder, files.find((f) => f.endsWith('.pptx'))!)));
    const all = slides.join('\n');
    for (const title of ['Agenda', 'Review goals', 'Usage analysis', 'Value delivered', 'Feedback loop', 'Roadmap preview', 'Action items', 'License and renewal']) expect(all).toContain(title);
    expect(all).toContain('No success-plan milestones fell in this period.');
    expect(all).toContain('Saved 120 analyst hours a month');
    expect(all).toContain('Faster access requests');
    expect(all).toContain('$250,000');
    expect(parts.some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    expect(parts.filter((p) => p.startsWith('ppt/media/') && !p.endsWith('/'))).toEqual([]); // no pictures of charts
    const notes = parts.filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p));
    expect(notes.length).toBe(slides.length);

    // The CSVs read back.
    const feedback = parseCsv(readFileSync(join(result.folder, 'appendix-feedback.csv'), 'utf8'));
    expect(feedback.rows.map((r) => r['Theme status'])).toEqual(['shipped', 'planned']);
    const history = parseCsv(readFileSync(join(result.folder, 'appendix-health-history.csv'), 'utf8'));
    expect(history.rows.map((r) => r['Checked on'])).toEqual(['2026-07-15', '2026-09-20']);
    expect(readFileSync(join(result.folder, 'appendix-action-items.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);

    // The zip holds the other six files.
    const zip = await JSZip.loadAsync(readFileSync(join(result.folder, files.find((f) => f.endsWith('.zip'))!)));
    expect(Object.keys(zip.files).sort()).toEqual(files.filter((f) => !f.endsWith('.zip')).sort());
  });

  it.runIf(hasPdftotext)('writes a PDF whose text is selectable, accents included', async () => {
    const acme = seedQuarter(t.store, 'Société Générale Ωmega');
    saveDraft(t.store, { accountId: acme.id, period: Q3, narrative: { ...narrative, value: 'Ürün değeri: 40 % daha hızlı. Ещё быстрее.' } }, NOW);
    const { result } = await exportTo(out, acme.id);
    if (result.status !== 'saved') throw new Error('not saved');
    const pdf = join(result.folder, readdirSync(result.folder).find((f) => f.endsWith('.pdf'))!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const needle of ['Société Générale Ωmega', 'Review goals', 'Usage analysis', 'Feedback loop', 'Ürün değeri', 'Ещё быстрее', 'Faster access requests', 'Lineage in reports']) expect(text).toContain(needle);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans.*yes/); // embedded
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
  if (!hasPdftotext) console.log('[qbr] pdftotext (poppler-utils) is not installed: the PDF text test is skipped. .ci/run installs it.');

  it('never overwrites an existing pack: a second export of the period gets " (2)"', async () => {
    const acme = seedQuarter(t.store, 'Acme');
    await exportTo(out, acme.id);
    const { result } = await exportTo(out, acme.id);
    expect(result).toMatchObject({ status: 'saved', folder: join(out, 'Acme QBR 2026 Q3 (2)') });
    expect(readdirSync(out).sort()).toEqual(['Acme QBR 2026 Q3', 'Acme QBR 2026 Q3 (2)']);
  });

  it('leaves nothing behind when cancelled mid-way', async () => {
    const acme = seedQuarter(t.store);
    const operationId = crypto.randomUUID();
    let ctxRef: ReturnType<typeof testContext> | null = null;
    const ctx = testContext(t, NOW, scriptedDialogs({ folder: out }), undefined, (_c, payload) => {
      if ((payload as OperationProgress).phase === 'Building the PDF report') ctxRef?.operations.cancel(operationId);
    });
    ctxRef = ctx;
    expect(await exportPack(ctx, { accountId: acme.id, period: Q3, operationId }, 'en-US')).toEqual({ status: 'cancelled' });
    expect(readdirSync(out)).toEqual([]);
    expect(listTasks(t.store, { accountId: acme.id, status: 'all' }).some((x) => x.sourceKind === 'qbr')).toBe(false);
  });

  it('says clearly when the folder cannot be written, and writes nothing', async () => {
    const acme = seedQuarter(t.store);
    const notAFolder = join(out, 'a-file');
    writeFileSync(notAFolder, 'x');
    await expect(exportTo(notAFolder, acme.id)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/can't write in that folder.*Nothing was saved/) });
    expect(readdirSync(out)).toEqual(['a-file']);
  });

  it('moves the account’s rolling "next QBR" task on to the next quarter', async () => {
    const acme = seedQuarter(t.store);
    await exportTo(out, acme.id);
    const next = () => listTasks(t.store, { accountId: acme.id, status: 'all' }).filter((x) => x.sourceKind === 'qbr');
    expect(next()).toMatchObject([{ title: 'Prepare the QBR for 2026 Q4', dueOn: '2026-12-31', doneAt: null }]);
    await exportPack(testContext(t, NOW, scriptedDialogs({ folder: out })), { accountId: acme.id, period: { kind: 'quarter', year: 2026, quarter: 4 } }, 'en-US');
    expect(next()).toMatchObject([{ title: 'Prepare the QBR for 2027 Q1', dueOn: '2027-03-31' }]);
  });

  it('answers "cancelled" and writes nothing when no folder is chosen', async () => {
    const acme = seedQuarter(t.store);
    expect((await exportTo(null as unknown as string, acme.id)).result).toEqual({ status: 'cancelled' });
    expect(existsSync(out) && readdirSync(out)).toEqual([]);
  });

  it('names the folder safely for any account name', () => {
    expect(packFolderName('CON', Q3)).toBe('_CON QBR 2026 Q3');
    expect(packFolderName('A'.repeat(400), { kind: 'half', year: 2026, half: 1 })).toMatch(/^A+ QBR 2026 H1$/);
    expect(packFolderName('x', { kind: 'custom', from: '2026-01-15', to: '2026-03-31' })).toBe('x QBR 2026-01-15 to 2026-03-31');
  });
});

describe('a narrative that would not fit', () => {
  it('50,000 characters with emoji, RTL text and markdown continue over more slides and pages, never overflowing a box', async () => {
    const acme = seedQuarter(t.store, 'Acme');
    const para = '## Wins 🚀\n- **Faster** onboarding: 6 → 2 weeks\nשלום עולם — مرحبا بالعالم. ' + 'x'.repeat(90) + ' https://example.com/' + 'a'.repeat(200) + '\n';
    const long = para.repeat(Math.ceil(50_000 / para.length)).slice(0, 50_000);
    saveDraft(t.store, { accountId: acme.id, period: Q3, narrative: { ...narrative, value: long } }, NOW);
    const { result } = await exportTo(out, acme.id);
    if (result.status !== 'saved') throw new Error('not saved');
    const zip = await JSZip.loadAsync(readFileSync(join(result.folder, 'Acme QBR 2026 Q3.pptx')));
    const slides = await slidesText(readFileSync(join(result.folder, 'Acme QBR 2026 Q3.pptx')));
    const continued = slides.slides.filter((s) => s.includes('Value delivered (continued'));
    expect(continued.length).toBeGreaterThanOrEqual(40);
    // Every text run of a slide body holds at most one slide's worth of characters.
    for (const name of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
      const xml = await zip.file(name)!.async('string');
      for (const body of xml.match(/<p:txBody>[\s\S]*?<\/p:txBody>/g) ?? []) {
        const text = (body.match(/<a:t>([^<]*)<\/a:t>/g) ?? []).join('').replace(/<\/?a:t>/g, '');
        expect(Array.from(text).length).toBeLessThanOrEqual(1_200);
      }
    }
    if (hasPdftotext) {
      const pdf = join(result.folder, 'Acme QBR 2026 Q3.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      expect(pages).toBeGreaterThan(15);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Faster');
    }
  });
});

describe('LibreOffice', () => {
  const soffice = spawnSync('soffice', ['--version']).error === undefined;
  if (!soffice) console.log('[qbr] soffice (LibreOffice) is not on the PATH: the test that converts the deck to PDF is skipped. Install libreoffice-impress to run it.');
  it.runIf(soffice)('opens the deck and converts every slide to PDF', async () => {
    const acme = seedQuarter(t.store, 'Acme');
    const { result } = await exportTo(out, acme.id);
    if (result.status !== 'saved') throw new Error('not saved');
    const deck = join(result.folder, 'Acme QBR 2026 Q3.pptx');
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, deck], { timeout: 120_000 });
    const { slides } = await slidesText(readFileSync(deck));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, 'Acme QBR 2026 Q3.pdf')], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(slides.length);
  }, 180_000);
});
