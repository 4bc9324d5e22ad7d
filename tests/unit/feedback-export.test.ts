import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedbackHandlers } from '../../src/main/feedback/handlers';
import fc from 'fast-check';
import { CSV_HEADER, exportRows, toCsv, type ExportView } from '../../src/main/feedback/export';
import { createRequest } from '../../src/main/feedback/requests';
import { createTheme, linkRequest } from '../../src/main/feedback/themes';
import { scriptedDialogs, testContext, createTestStore, type TestStore } from '../support/test-store';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const tricky = {
  request: 'Export "everything", please,\nincluding the 🚀 launches — and ünïcödé',
  whys: ['So the CFO can see it, "today"', 'Line one\r\nline two', '😀, 👍🏽 and 家族'],
  rootCause: 'Reporting, "the real" problem; not PDFs',
};

function seedBook() {
  const acme = account(t.store, 'Acme, "the big one" 🏢', 120_000);
  const globex = account(t.store, 'Globex', 50_000);
  const th = createTheme(t.store, { title: 'Reporting gaps, "again"', problemStatement: '' }, [], NOW).theme;
  const a = createRequest(t.store, acme.id, pdfRequest({ ...tricky, productArea: 'Reports, exports' }), NOW);
  const b = createRequest(t.store, globex.id, pdfRequest({ request: 'Plain one' }), NOW);
  linkRequest(t.store, a.id, th.id, NOW);
  linkRequest(t.store, b.id, th.id, NOW);
  const lone = createRequest(t.store, globex.id, pdfRequest({ request: '=HYPERLINK("http://x","click")', category: 'bug', route: 'engineering' }), NOW);
  return { acme, globex, th, a, b, lone };
}

function saveInto(dir: string) {
  return scriptedDialogs({ saveTo: (name) => join(dir, name) });
}

describe('exporting the inbox', () => {
  it('writes RFC 4180 CSV with a BOM that a CSV parser reads back to the same data', async () => {
    const { th } = seedBook();
    const ctx = testContext(t, NOW, saveInto(t.dir));
    const result = await feedbackHandlers.exportInbox(ctx, { format: 'csv', query: { sort: 'arr' } });
    expect(result).toEqual({ status: 'saved', path: join(t.dir, 'feedback-2026-11-25.csv'), requestCount: 3 });

    const bytes = readFileSync(join(t.dir, 'feedback-2026-11-25.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(CSV_HEADER.join(','));

    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows).toHaveLength(3);
    const first = rows.find((r) => r['Request (verbatim)'] === tricky.request);
    expect(first).toMatchObject({
      Theme: th.title,
      'Theme status': 'New',
      'Theme ARR at stake': '170000',
      'Theme accounts': 'Acme, "the big one" 🏢; Globex',
      Account: 'Acme, "the big one" 🏢',
      'Account ARR': '120000',
      'Why chain': `1. ${tricky.whys[0]} → 2. ${tricky.whys[1]} → 3. ${tricky.whys[2]}`,
      'Root cause': tricky.rootCause,
      'Product area': 'Reports, exports',
      Category: 'Feature request',
      Route: 'PM',
      'Captured on': '2026-11-25',
    });
    expect(rows.map((r) => r.Theme)).toEqual([th.title, th.title, '']);
  });

  it('keeps a formula-like customer sentence from running in a spreadsheet', async () => {
    seedBook();
    const ctx = testContext(t, NOW, saveInto(t.dir));
    await feedbackHandlers.exportInbox(ctx, { format: 'csv', query: { category: 'bug' } });
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(t.dir, 'feedback-2026-11-25.csv'), 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r['Request (verbatim)'])).toEqual([`'=HYPERLINK("http://x","click")`]);
  });

  it('exports only the current view: filtered requests, in the same order', async () => {
    const { globex } = seedBook();
    const ctx = testContext(t, NOW, saveInto(t.dir));
    const result = await feedbackHandlers.exportInbox(ctx, { format: 'csv', query: { accountId: globex.id, sort: 'oldest' } });
    expect(result).toMatchObject({ status: 'saved', requestCount: 2 });
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(t.dir, 'feedback-2026-11-25.csv'), 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.Account)).toEqual(['Globex', 'Globex']);
  });

  it('writes JSON with themes, their history and requests, the why-chain as a list', async () => {
    const { th } = seedBook();
    const ctx = testContext(t, NOW, saveInto(t.dir));
    await feedbackHandlers.exportInbox(ctx, { format: 'json', query: {} });
    const json = JSON.parse(readFileSync(join(t.dir, 'feedback-2026-11-25.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'fieldbook-feedback', version: 1, exportedAt: NOW.toISOString(), filters: {} });
    expect(json.items[0]).toMatchObject({ kind: 'theme', theme: { id: th.id, arrAtStake: 170_000 }, history: [{ to: 'new' }] });
    expect(json.items[0].requests).toContainEqual(expect.objectContaining({ whys: tricky.whys, request: tricky.request }));
    expect(json.items[1]).toMatchObject({ kind: 'request' });
  });

  it('says so when the chosen folder cannot be written, and leaves nothing behind', async () => {
    seedBook();
    const missing = join(t.dir, 'no-such-folder');
    const ctx = testContext(t, NOW, scriptedDialogs({ saveTo: (name) => join(missing, name) }));
    await expect(feedbackHandlers.exportInbox(ctx, { format: 'csv', query: {} })).rejects.toThrow(/could not write .*ENOENT.*Nothing was saved/);
    expect(existsSync(missing)).toBe(false);
  });

  it('writes nothing when the save dialog is cancelled, and says so', async () => {
    seedBook();
    const ctx = testContext(t, NOW, scriptedDialogs({ saveTo: () => null }));
    const before = readdirSync(t.dir);
    expect(await feedbackHandlers.exportInbox(ctx, { format: 'csv', query: {} })).toEqual({ status: 'cancelled' });
    expect(readdirSync(t.dir)).toEqual(before);
    expect(existsSync(join(t.dir, 'feedback-2026-11-25.csv'))).toBe(false);
  });
});

describe('CSV round trip, for any text', () => {
  it('parses back to exactly the rows exported (formula-like cells carry a leading quote)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const request = fc.record({ request: text, whys: fc.array(text, { maxLength: 4 }), rootCause: text, productArea: text, account: text });
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 5 }), (inputs) => {
        const view: ExportView = {
          items: inputs.map((x, i) => ({
            kind: 'request' as const,
            request: {
              id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
              accountId: '00000000-0000-4000-8000-000000000000',
              accountName: x.account,
              accountSegment: 'SMB' as const,
              accountArr: 1234.5,
              request: x.request,
              whys: x.whys,
              rootCause: x.rootCause,
              askedBy: [],
              category: 'bug' as const,
              productArea: x.productArea,
              route: 'engineering' as const,
              priority: 'low' as const,
              noteId: null,
              businessJustification: x.rootCause,
              impactAssessment: x.productArea,
              vendorIssueUrl: '',
              themeId: null,
              themeTitle: null,
              themeStatus: null,
              createdAt: NOW.toISOString(),
              updatedAt: NOW.toISOString(),
            },
          })),
          requestsByTheme: new Map(),
        };
        const csv = toCsv(view);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: 'greedy' });
        expect(parsed.errors).toEqual([]);
        const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
        expect(parsed.data).toEqual([[...CSV_HEADER], ...exportRows(view).map((row) => row.map(guarded))]);
      }),
      { numRuns: 200 },
    );
  });
});
