import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a garbage data file opens the recovery screen, is left byte-identical, and a new empty book moves it aside', async ({ app }) => {
  const file = join(app.dataDir, 'fieldbook.sqlite');
  let before = '';
  const page = await app.restart(() => {
    writeFileSync(file, 'Quarterly notes, typed into the wrong window.\n'.repeat(200));
    before = sha256(file);
  });
  await expect(page.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(page.getByText('This file isn’t readable as a database')).toBeVisible();
  expect(sha256(file)).toBe(before);

  await page.getByRole('button', { name: 'Start a new empty book…' }).click();
  await page.getByRole('dialog', { name: 'Start a new empty book?' }).getByRole('button', { name: 'Start a new empty book' }).click();
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  const aside = readdirSync(app.dataDir).find((n) => n.startsWith('fieldbook-refused-'));
  expect(aside).toBeDefined();
  expect(sha256(join(app.dataDir, aside!))).toBe(before);
});

test('a book damaged deep inside opens at once, then the check after the window finds it and the recovery screen follows; the file is left byte-identical', async ({ app }) => {
  const file = join(app.dataDir, 'fieldbook.sqlite');
  let before = '';
  const page = await app.restart(() => {
    // Header and schema intact, so only SQLite's integrity check (run off main's thread) sees it.
    const db = new Database(file);
    db.exec('CREATE TABLE filler (body BLOB)');
    db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(400) FROM n');
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, statSync(file).size - 4096 * 12);
    closeSync(fd);
    before = sha256(file);
  });
  await expect(page.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(page.getByText('Parts of this file can’t be read reliably.')).toBeVisible();
  expect(sha256(file)).toBe(before);
});

test('another program’s SQLite file is refused, not taken over, and the newest backup can be restored', async ({ page, app }) => {
  // A backup of a book with one account exists (made at the first start, then by hand).
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Baloise Recovery');
  await dialog.getByLabel('ARR (USD)').fill('250000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Baloise Recovery' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backed up: 1 accounts/)).toBeVisible();

  const file = join(app.dataDir, 'fieldbook.sqlite');
  let before = '';
  const after = await app.restart(() => {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${file}${suffix}`)) writeFileSync(`${file}${suffix}`, '');
    const other = new Database(file);
    other.exec("CREATE TABLE songs (title TEXT, artist TEXT); INSERT INTO songs VALUES ('So What', 'Miles Davis');");
    other.close();
    before = sha256(file);
  });
  await expect(after.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(after.getByText('This file holds another program’s data, not Fieldbook’s.')).toBeVisible();
  expect(sha256(file)).toBe(before);
  const other = new Database(file, { readonly: true });
  expect(other.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['songs']);
  other.close();

  await expect(after.getByText(/with 1 accounts/)).toBeVisible();
  await after.getByRole('button', { name: 'Restore the newest backup' }).click();
  await after.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(after.getByRole('link', { name: 'Baloise Recovery' })).toBeVisible();
  const aside = readdirSync(app.dataDir).find((n) => n.startsWith('fieldbook-refused-') && n.endsWith('.sqlite'));
  expect(sha256(join(app.dataDir, aside!))).toBe(before);
});
