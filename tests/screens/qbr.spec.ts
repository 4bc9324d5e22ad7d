import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Api } from '../../src/shared/ipc/contract';
import { localIsoDate } from '../../src/shared/dates/iso-date';
import { defaultPeriod, periodRange } from '../../src/shared/qbr/period';
import { test, expect } from '../e2e/fixtures';

test.setTimeout(240_000);

/** The 1-based numbers of the deck's slides whose text matches each pattern (the first match of each). */
async function slideNumbers(pptx: Buffer, patterns: RegExp[]): Promise<number[]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const texts = await Promise.all(names.map(async (n) => (await zip.file(n)!.async('string')).replace(/<[^>]+>/g, ' ')));
  return patterns.map((p) => texts.findIndex((t) => p.test(t)) + 1);
}

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test('screens of the QBR tab, and pages of the exported PDF', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  const link = page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(3);
  const name = (await link.textContent())!.trim();
  // The sample book has no lifecycle records: give this account a success plan, survey answers,
  // a ticket and an escalation inside the period the tab opens on (the last complete quarter).
  const segment = await page.evaluate(async (name) => {
    const list = await (globalThis as unknown as { api: Api }).api.accounts.list({ query: name });
    if (!list.ok) throw new Error(list.error.message);
    return list.value.find((a) => a.name === name)!.segment;
  }, name);
  const { from } = periodRange(defaultPeriod(segment, localIsoDate(new Date())));
  await page.evaluate(
    async ({ name, from }) => {
      const on = (days: number) => new Date(Date.parse(`${from}T12:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const api = (globalThis as unknown as { api: Api }).api;
      const ok = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const account = ok(await api.accounts.list({ query: name })).find((a) => a.name === name)!;
      const goal = ok(await api.lifecycle.addGoal({ accountId: account.id, fields: { title: 'Self-serve data access', description: 'Analysts get data without a ticket' } })).goals.at(-1)!;
      const milestone = (title: string, days: number, status: 'met' | 'in-progress' | 'planned', owner: 'customer' | 'us') =>
        api.lifecycle.addMilestone({ goalId: goal.id, fields: { title, owner, evidenceType: 'event', targetDate: on(days), status } });
      ok(await milestone('SSO live for every analyst', 20, 'met', 'us'));
      ok(await milestone('200 weekly active analysts', 60, 'in-progress', 'customer'));
      ok(await milestone('Access policy signed off', 75, 'met', 'customer'));
      const person = (n: string) =>
        api.contacts.create({
          accountId: account.id,
          fields: { name: n, title: '', role: '', email: '', phone: '', salutation: '', isChampion: false, isDecisionMaker: false, isSponsor: false, isEconomicBuyer: false, leftOn: null },
        });
      const dana = ok(await person('Dana Whitfield'));
      const lee = ok(await person('Lee Park'));
      const survey = (contactId: string, kind: 'nps' | 'csat', score: number, days: number) =>
        api.lifecycle.recordSurvey({ accountId: account.id, fields: { contactId, kind, score, respondedOn: on(days), comment: '' } });
      ok(await survey(dana.id, 'nps', 9, 30));
      ok(await survey(lee.id, 'nps', 10, 31));
      ok(await survey(dana.id, 'csat', 5, 30));
      ok(await survey(lee.id, 'csat', 4, 31));
      ok(await api.lifecycle.addTicket({ accountId: account.id, fields: { system: 'zendesk', ref: 'ZD-4411', url: '', title: 'Slow search', severity: 'P2', status: 'solved', openedOn: on(12), closedOn: on(15) } }));
      const escalation = ok(await api.lifecycle.openEscalation({ accountId: account.id, fields: { level: 'L2', summary: 'Ingestion stalled before month end', owner: 'Sam', openedAt: `${on(40)}T09:00:00.000Z` } })).escalations[0]!;
      // Answered late (a breach the review talks about), then resolved.
      ok(await api.lifecycle.stepEscalation({ id: escalation.id, step: 'firstResponse', at: `${on(41)}T09:00:00.000Z` }));
      ok(await api.lifecycle.stepEscalation({ id: escalation.id, step: 'resolved', at: `${on(42)}T09:00:00.000Z` }));
    },
    { name, from },
  );
  await link.click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  await page.getByLabel('Goals reviewed').fill('Bring two more business domains onto the platform and cut onboarding of a new data product from six weeks to two.');
  await page.getByLabel('Value delivered').fill('Saved about 120 analyst hours a month; three data products in production; ROI 3.4× on the licence.');
  await page.getByLabel('Roadmap preview').fill('Lineage in reports (Q1), faster access requests (shipped).');
  await page.getByLabel('Asks and mutual commitments').fill('Name an executive sponsor by the next review; we run the SSO workshop in January.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as a draft' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('ROI 3.4×');
  // The top of the tab (the period and the first fields), without the sample-data toast.
  await page.getByLabel('Period').focus();
  await page.getByRole('button', { name: 'Not now' }).click({ timeout: 2000 }).catch(() => undefined);
  const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 2000 }).catch(() => undefined);
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.screenshot({ path: `docs/screenshots/account-qbr-${theme}-${size.name}.png` });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Export QBR pack…' }).click();
  await expect(page.getByText(/QBR pack saved:/)).toBeVisible();
  if (spawnSync('pdftoppm', ['-v']).error !== undefined) {
    console.log('[screens] pdftoppm (poppler-utils) is not installed: no pictures of the PDF pages.');
    return;
  }
  const folder = join(app.outputDir, readdirSync(app.outputDir)[0]!);
  const pdf = join(folder, readdirSync(folder).find((f) => f.endsWith('.pdf'))!);
  // The cover and the usage section (with its vector trend chart), as a reader sees them.
  // One file per page with a stable name (pdftoppm pads page numbers once a PDF has ten pages or more).
  for (const n of [1, 2, 3]) execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', '-f', String(n), '-l', String(n), pdf, `docs/screenshots/qbr-pdf-page-${n}`]);

  // Two slides of the deck as LibreOffice Impress draws them: the usage overview with its native
  // chart, and the success-plan milestones table.
  if (spawnSync('soffice', ['--version']).error !== undefined) {
    console.log('[screens] soffice (LibreOffice) is not on the PATH: no pictures of the deck’s slides. Install libreoffice-impress-nogui to make them.');
    return;
  }
  const deck = join(folder, readdirSync(folder).find((f) => f.endsWith('.pptx'))!);
  const [usage, milestones] = await slideNumbers(readFileSync(deck), [/Usage analysis[\s\S]*Health at start/, /Review goals: Success-plan milestones/]);
  const work = mkdtempSync(join(tmpdir(), 'fieldbook-screens-deck-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, deck], { timeout: 180_000 });
    const slides = join(work, readdirSync(work).find((f) => f.endsWith('.pdf'))!);
    for (const [n, label] of [[usage!, 'usage'], [milestones!, 'goals']] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', String(n), '-l', String(n), slides, join(work, label)]);
      renameSync(join(work, `${label}.png`), `docs/screenshots/qbr-slide-${label}.png`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
