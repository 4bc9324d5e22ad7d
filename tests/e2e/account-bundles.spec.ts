import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeTour, describeFindings } from './axe-check';
import { test, expect } from './fixtures';

test('export an account as a bundle and import it into another book; importing it where it already is changes nothing', async ({ page, app }) => {
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

  // Into this same book every record is already there as it is: merged, nothing changes.
  app.chooseFile(join(app.outputDir, bundle!));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import account bundle…' }).click();
  const same = page.getByRole('dialog', { name: 'Bundle imported' });
  await expect(same.getByText(/^Bundled Brewing Co: 0 added, 0 updated, \d+ unchanged\.$/)).toBeVisible();
  await expect(same.getByText('No record was changed on both sides: nothing needed choosing.')).toBeVisible();
  await same.getByRole('button', { name: 'Done' }).click();
  await expect(same).toBeHidden();

  // A colleague's copy where the account was edited later: the bundle's version wins, this book's is listed and saved.
  const edited = JSON.parse(readFileSync(join(app.outputDir, bundle!), 'utf8')) as { tables: { name: string; rows: Record<string, unknown>[] }[] };
  const accountRow = edited.tables.find((t) => t.name === 'accounts')!.rows[0]!;
  Object.assign(accountRow, { notes: 'Colleague: moving to the platform tier.', updated_at: '2099-01-01T00:00:00.000Z' });
  const editedPath = join(app.outputDir, 'colleague.fieldbook-bundle.json');
  writeFileSync(editedPath, JSON.stringify(edited));
  app.chooseFile(editedPath);
  await page.getByRole('button', { name: 'Import account bundle…' }).click();
  const merged = page.getByRole('dialog', { name: 'Bundle imported' });
  await expect(merged.getByText(/^Bundled Brewing Co: 0 added, 1 updated, \d+ unchanged\.$/)).toBeVisible();
  const lost = merged.getByRole('table', { name: 'Versions not kept' });
  await expect(lost.getByRole('row')).toHaveCount(2);
  const row = lost.getByRole('row').nth(1);
  await expect(row.getByRole('cell', { name: 'Accounts', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'The bundle’s (newer)', exact: true })).toBeVisible();
  await row.getByText('Bundled Brewing Co', { exact: true }).click();
  await expect(merged.getByLabel('Version of Bundled Brewing Co not kept')).toContainText('"notes": ""');
  const tour = axeTour(page);
  await tour.check('Bundle imported dialog with versions not kept');
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
  await page.screenshot({ path: join(test.info().outputDir, 'bundle-imported.png') });
  await merged.getByRole('button', { name: 'Save versions not kept as JSON…' }).click();
  await expect(page.getByText(/^Saved the versions not kept to .*\.json\.$/)).toBeVisible();
  const saved = readdirSync(app.outputDir).find((f) => f.startsWith('Bundle import, versions not kept'));
  expect(JSON.parse(readFileSync(join(app.outputDir, saved!), 'utf8'))).toMatchObject({ conflicts: [{ table: 'accounts', label: 'Bundled Brewing Co', kept: 'bundle', lost: { notes: '' } }] });
  await merged.getByRole('button', { name: 'Done' }).click();

  // Another book: the colleague's, empty.
  const next = await app.restart(() => {
    for (const f of readdirSync(app.dataDir)) if (f.startsWith('fieldbook.sqlite')) rmSync(join(app.dataDir, f));
  });
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  app.chooseFile(join(app.outputDir, bundle!));
  await next.getByRole('link', { name: 'Settings' }).click();
  await next.getByRole('button', { name: 'Import account bundle…' }).click();
  const imported = next.getByRole('dialog', { name: 'Bundle imported' });
  await expect(imported.getByText(/^Bundled Brewing Co: [1-9]\d* added, 0 updated, 0 unchanged\.$/)).toBeVisible();
  await imported.getByRole('button', { name: 'Done' }).click();
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('link', { name: 'Bundled Brewing Co' })).toBeVisible();
});
