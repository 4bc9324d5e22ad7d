import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test('Export everything writes the whole book to one file, and Import everything brings it back into an empty book', async ({ page, app }) => {
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const form = page.getByRole('dialog', { name: 'New account' });
  await form.getByLabel('Account name').fill('Exported Everywhere GmbH');
  await form.getByLabel('ARR (USD)').fill('48000');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Exported Everywhere GmbH' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const yourData = page.getByRole('region', { name: 'Your data' });
  await yourData.getByRole('button', { name: 'Export everything…' }).click();
  await expect(page.getByText(/^Exported [\d,]+ records to .*fieldbook-everything-.*\.json\.$/)).toBeVisible();
  const exported = readdirSync(app.outputDir).filter((f) => f.startsWith('fieldbook-everything-'));
  // One file under the chosen name, no temp file beside it.
  expect(exported).toHaveLength(1);
  expect(readdirSync(app.outputDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  const file = JSON.parse(readFileSync(join(app.outputDir, exported[0]!), 'utf8')) as { format: string; tables: { name: string; rows: Record<string, unknown>[] }[] };
  expect(file.format).toBe('fieldbook-export');
  expect(file.tables.find((t) => t.name === 'accounts')!.rows.map((r) => r.name)).toEqual(['Exported Everywhere GmbH']);

  // Another, empty book: the file brings the account back.
  const next = await app.restart(() => {
    for (const f of readdirSync(app.dataDir)) if (f.startsWith('fieldbook.sqlite')) rmSync(join(app.dataDir, f));
  });
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  app.chooseFile(join(app.outputDir, exported[0]!));
  await next.getByRole('link', { name: 'Settings' }).click();
  await next.getByRole('region', { name: 'Your data' }).getByRole('button', { name: 'Import everything…' }).click();
  await expect(next.getByText(/^Imported [\d,]+ records\.$/)).toBeVisible();
  await next.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(next.getByRole('link', { name: 'Exported Everywhere GmbH' })).toBeVisible();
});
