import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from './fixtures';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('Settings shows the last full data check, and "Check data file now" finds no problems in a healthy book', async ({ page, app }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const yourData = page.getByRole('region', { name: 'Your data' });
  const line = yourData.getByText(/^Last full data check:/);
  await expect(line).toHaveText('Last full data check: not yet run.');

  await yourData.getByRole('button', { name: 'Check data file now' }).click();
  await expect(page.getByText('Data file checked: no problems found.')).toBeVisible();
  await expect(line).toHaveText(/^Last full data check: .+ — no problems found\.$/);
  await yourData.screenshot({ path: test.info().outputPath('settings-data-check-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await yourData.screenshot({ path: test.info().outputPath('settings-data-check-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // The date is kept beside the data file, not in it: a restart still knows it.
  const after = await app.restart();
  // The app reopens where the CSM was: Settings.
  await expect(after.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(after.getByRole('region', { name: 'Your data' }).getByText(/^Last full data check:/)).toHaveText(/ — no problems found\.$/);
});

test('"Check data file now" finds an index the quick launch check trusts but that disagrees with its table: the recovery screen follows, the file untouched', async ({ app }) => {
  const file = join(app.dataDir, 'fieldbook.sqlite');
  let before = '';
  const page = await app.restart(() => {
    // An index whose entries don't match its table's rows: quick_check passes it, integrity_check doesn't.
    const db = new Database(file);
    db.exec("CREATE TABLE probe (a TEXT, b TEXT); CREATE INDEX probe_a ON probe (a); INSERT INTO probe VALUES ('north', 'south'), ('east', 'west')");
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX probe_a ON probe (b)' WHERE name = 'probe_a'").run();
    db.pragma('writable_schema = OFF');
    db.close();
    before = sha256(file);
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Your data' }).getByRole('button', { name: 'Check data file now' }).click();

  await expect(page.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The check of your data file found damage' })).toContainText('missing from index probe_a');
  expect(sha256(file)).toBe(before);
});
