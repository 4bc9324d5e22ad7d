import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test('export an account as a bundle and import it into another book; importing it again is refused', async ({ page, app }) => {
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const form = page.getByRole('dialog', { name: 'New account' });
  await form.getByLabel('Account name').fill('Bundled Brewing Co');
  await form.getByLabel('ARR (USD)').fill('64000');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Bundled Brewing Co' })).toBeVisible();

  await page.getByRole('button', { name: 'Export bundle…' }).click();
  await expect(page.getByText(/Exported Bundled Brewing Co with \d+ records to/)).toBeVisible();
  const bundle = readdirSync(app.outputDir).find((f) => f.endsWith('.fieldbook-bundle.json'));
  expect(bundle).toBeDefined();

  // Into this same book it would overwrite the account: refused, nothing changes.
  app.chooseFile(join(app.outputDir, bundle!));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import account bundle…' }).click();
  await expect(page.getByText('“Bundled Brewing Co” is already in this book: importing the bundle would overwrite it. Nothing was imported.')).toBeVisible();

  // Another book: the colleague's, empty.
  const next = await app.restart(() => {
    for (const f of readdirSync(app.dataDir)) if (f.startsWith('fieldbook.sqlite')) rmSync(join(app.dataDir, f));
  });
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  app.chooseFile(join(app.outputDir, bundle!));
  await next.getByRole('link', { name: 'Settings' }).click();
  await next.getByRole('button', { name: 'Import account bundle…' }).click();
  await expect(next.getByText(/Imported Bundled Brewing Co \(\d+ records\)\./)).toBeVisible();
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('link', { name: 'Bundled Brewing Co' })).toBeVisible();
});
