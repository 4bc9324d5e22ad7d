import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { test, expect } from './fixtures';
import { newAccount } from './account-steps';

/** Read straight from the data file, as another program would (read-only). */
function accountsNamed(dataDir: string, name: string): number {
  const db = new BetterSqlite3(join(dataDir, 'fieldbook.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM accounts WHERE name = ?').get(name) as { n: number }).n;
  } finally {
    db.close();
  }
}

test('while the data file is checked at launch, the book reads at once, a change waits and is saved when the check passes', async ({ app, page: first }) => {
  await newAccount(first, 'Northwind Clinics', '240000');

  const release = app.holdNextLaunchCheck();
  const page = await app.restart();
  const note = page.getByText('Checking your data file');
  await expect(note).toBeVisible();
  await expect(note).toContainText('changes are saved as soon as it’s done');

  // Reading needs no verdict.
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByRole('link', { name: 'Northwind Clinics' })).toBeVisible();

  // A change waits for it…
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Contoso Labs');
  await dialog.getByLabel('ARR (USD)').fill('90000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  // Sent and waiting: the dialog stays with its button busy, and the file holds no such account.
  await expect(dialog.getByRole('button', { name: 'Create account' })).toBeDisabled();
  expect(accountsNamed(app.dataDir, 'Contoso Labs')).toBe(0);

  // …and goes through once the check has passed; the note goes away.
  release();
  await expect(page.getByRole('heading', { name: 'Contoso Labs' })).toBeVisible();
  await expect(note).toHaveCount(0);
  expect(accountsNamed(app.dataDir, 'Contoso Labs')).toBe(1);

  const again = await app.restart();
  await again.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(again.getByRole('link', { name: 'Contoso Labs' })).toBeVisible();
});
