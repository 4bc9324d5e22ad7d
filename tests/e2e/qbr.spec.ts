import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import type { OperationProgress } from '../../src/shared/ipc/long-operation';
import { addDays, localIsoDate } from '../../src/shared/dates/iso-date';
import { defaultPeriod, periodRange } from '../../src/shared/qbr/period';
import { test, expect } from './fixtures';

type Seen = { progress: OperationProgress[] };

const NORTHWIND_TEXT = { goal: 'Clinicians find data alone', milestone: 'Catalogue live for radiology', summary: 'Search down for radiology', owner: 'Sam' };

/**
 * Northwind Health (Enterprise: quarterly QBRs) with records dated `on`, written through the page's
 * window.api: a goal and its milestone met, a promoter's NPS answer, a P2 ticket and an L2 escalation.
 */
async function seedNorthwind(page: Page, on: string, text = NORTHWIND_TEXT) {
  await page.evaluate(
    async ({ on, text }) => {
      const api = (globalThis as unknown as { api: Api }).api;
      const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      };
      const account = ok(
        await api.accounts.create({
          name: 'Northwind Health', arr: 180_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex',
          contractStart: null, renewalDate: '2027-06-30', productVersion: '', notes: '',
        }),
      );
      const goal = ok(await api.lifecycle.addGoal({ accountId: account.id, fields: { title: text.goal, description: '' } })).goals[0]!;
      ok(await api.lifecycle.addMilestone({ goalId: goal.id, fields: { title: text.milestone, owner: 'customer', evidenceType: 'event', targetDate: on, status: 'met' } }));
      const contact = ok(
        await api.contacts.create({
          accountId: account.id,
          fields: { name: 'Priya Nair', title: '', role: '', email: '', phone: '', salutation: '', isChampion: true, isDecisionMaker: false, isSponsor: false, isEconomicBuyer: false, leftOn: null },
        }),
      );
      ok(await api.lifecycle.recordSurvey({ accountId: account.id, fields: { contactId: contact.id, kind: 'nps', score: 10, respondedOn: on, comment: '' } }));
      ok(await api.lifecycle.addTicket({ accountId: account.id, fields: { system: 'zendesk', ref: 'ZD-7', url: '', title: 'Slow search', severity: 'P2', status: 'open', openedOn: on, closedOn: null } }));
      ok(await api.lifecycle.openEscalation({ accountId: account.id, fields: { level: 'L2', summary: text.summary, owner: text.owner, openedAt: `${on}T09:00:00.000Z` } }));
    },
    { on, text },
  );
}

test('the CSM writes the QBR narrative, sees it in the preview, and exports the pack to a folder', async ({ page: first, app }) => {
  let page = first;
  // The tab opens on the last complete quarter: the success plan, a survey, a ticket and an
  // escalation are dated inside it.
  const { from } = periodRange(defaultPeriod('Enterprise', localIsoDate(new Date())));
  await seedNorthwind(page, addDays(from, 10));
  await page.getByRole('link', { name: 'Northwind Health' }).click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  await expect(page.getByLabel('Period')).toBeVisible();

  await page.getByLabel('Value delivered').fill('Saved 120 analyst hours a month — ROI 3.4×.');
  await page.getByLabel('Asks and mutual commitments').fill('Northwind names an executive sponsor.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Saved 120 analyst hours a month');
  await expect(preview).toContainText('No feedback was raised this period.');
  // The lifecycle records of the period: the milestone met, NPS from the survey, the ticket and the breached escalation.
  await expect(preview).toContainText('Catalogue live for radiology');
  await expect(preview.getByRole('definition').filter({ hasText: '100 (above the > 50 target)' })).toBeVisible();
  await expect(preview).toContainText('Surveys answered in the period (1 answer)');
  await expect(preview).toContainText('Breached (no response yet)');
  await expect(preview).toContainText('1 (1 breached)');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as a draft' })).toBeVisible();

  // The draft is kept for this account and period.
  page = await app.restart();
  // Listens the way the renderer does, through the preload's api.on.
  await page.evaluate(() => {
    const seen: Seen = { progress: [] };
    (globalThis as unknown as { seen: Seen }).seen = seen;
    (globalThis as unknown as { api: Api }).api.on('operationProgress', (p) => seen.progress.push(p));
  });
  await expect(page.getByLabel('Value delivered')).toHaveValue('Saved 120 analyst hours a month — ROI 3.4×.');

  await page.getByRole('button', { name: 'Export QBR pack…' }).click();
  await expect(page.getByText(/QBR pack saved:/)).toBeVisible();
  const [folder] = readdirSync(app.outputDir);
  expect(folder).toMatch(/^Northwind Health QBR \d{4} Q[1-4]$/);
  const files = readdirSync(join(app.outputDir, folder!));
  for (const ext of ['.pptx', '.pdf', '.zip']) expect(files).toContain(`${folder}${ext}`);
  expect(files.filter((f) => f.startsWith('appendix-')).sort()).toEqual([
    'appendix-action-items.csv',
    'appendix-checklist.csv',
    'appendix-feedback.csv',
    'appendix-health-history.csv',
    'appendix-success-plan.csv',
    'appendix-support.csv',
    'appendix-surveys.csv',
  ]);
  const progress = await page.evaluate(() => (globalThis as unknown as { seen: Seen }).seen.progress);
  expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['Building the deck', 'Building the PDF report', 'Saving the files']));

  // The account keeps one rolling "Next QBR" task (Enterprise: quarterly), moved on by the export
  // (tests/unit/qbr-pack.test.ts shows it move; here it was already a quarter out from today).
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByText(/^Next QBR \(quarterly for Enterprise\)/)).toHaveCount(1);
});

test('the preview shows every cell of a wide table in full, numbers on one line', async ({ page }) => {
  const { from } = periodRange(defaultPeriod('Enterprise', localIsoDate(new Date())));
  const milestone = 'Radiology, cardiology and oncology departments each run their weekly quality report from the catalogue';
  const summary = 'Search returns no results for any clinician in the radiology department after the November upgrade';
  await seedNorthwind(page, addDays(from, 10), {
    goal: 'Clinicians find and trust their data without asking the analytics team',
    milestone,
    summary,
    owner: 'Samantha Okonkwo-Fitzgerald',
  });
  await page.getByRole('link', { name: 'Northwind Health' }).click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  // Six columns (the milestones) and seven (the escalations): the long text wraps inside its cell.
  for (const text of [milestone, summary, 'Samantha Okonkwo-Fitzgerald']) {
    const cell = preview.getByRole('cell', { name: text, exact: true });
    await expect(cell).toBeVisible();
    expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth && td.scrollHeight <= td.clientHeight)).toBe(true);
  }
  // Short figures and dates stay on one line, and at 1280 px no table needs to scroll.
  const day = preview.getByRole('cell', { name: addDays(from, 10), exact: true }).first();
  expect(await day.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('nowrap');
  await expect(preview.getByRole('region')).toHaveCount(0);

  // In a narrower window the seven columns can't wrap down to fit: that table scrolls sideways, named
  // and reachable from the keyboard, and says so.
  await page.setViewportSize({ width: 1000, height: 800 });
  const wide = preview.getByRole('region', { name: 'Escalations and first-response SLA, scrolls sideways' });
  await expect(wide).toBeVisible();
  await wide.focus();
  await expect(wide).toBeFocused();
  await expect(wide).toHaveAccessibleDescription('Scroll the table sideways to see every column.');
  await expect(wide.getByRole('cell', { name: summary, exact: true })).toBeVisible();
});
