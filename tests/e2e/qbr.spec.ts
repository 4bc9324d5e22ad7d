import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Api } from '../../src/shared/ipc/contract';
import type { OperationProgress } from '../../src/shared/ipc/long-operation';
import { test, expect } from './fixtures';

type Seen = { progress: OperationProgress[] };

test('the CSM writes the QBR narrative, sees it in the preview, and exports the pack to a folder', async ({ page: first, app }) => {
  let page = first;
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const account = await api.accounts.create({
      name: 'Northwind Health', arr: 180_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex',
      contractStart: null, renewalDate: '2027-06-30', productVersion: '', notes: '',
    });
    if (!account.ok) throw new Error(account.error.message);
  });
  await page.getByRole('link', { name: 'Northwind Health' }).click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  await expect(page.getByLabel('Period')).toBeVisible();

  await page.getByLabel('Value delivered').fill('Saved 120 analyst hours a month — ROI 3.4×.');
  await page.getByLabel('Asks and mutual commitments').fill('Northwind names an executive sponsor.');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Saved 120 analyst hours a month');
  await expect(preview).toContainText('No feedback was raised this period.');
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
  ]);
  const progress = await page.evaluate(() => (globalThis as unknown as { seen: Seen }).seen.progress);
  expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['Building the deck', 'Building the PDF report', 'Saving the files']));

  // Exporting moved the rolling "next QBR" task on.
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByText(/Prepare the QBR for/)).toBeVisible();
});
