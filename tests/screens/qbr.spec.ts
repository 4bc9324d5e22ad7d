import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test('screens of the QBR tab, and pages of the exported PDF', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(3).click();
  await page.getByRole('tab', { name: 'QBR' }).click();
  await page.getByLabel('Goals reviewed').fill('Bring two more business domains onto the platform and cut onboarding of a new data product from six weeks to two.');
  await page.getByLabel('Value delivered').fill('Saved about 120 analyst hours a month; three data products in production; ROI 3.4× on the licence.');
  await page.getByLabel('Roadmap preview').fill('Lineage in reports (Q1), faster access requests (shipped).');
  await page.getByLabel('Asks and mutual commitments').fill('Name an executive sponsor by the next review; we run the SSO workshop in January.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved as a draft' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('ROI 3.4×');
  // The top of the tab (the period and the first fields), without the sample-data toast.
  await page.getByLabel('Period').focus();
  for (const close of await page.getByRole('button', { name: /Dismiss|Close/ }).all()) await close.click().catch(() => {});
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
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdf, 'docs/screenshots/qbr-pdf-page']);
});
