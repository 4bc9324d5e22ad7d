import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function newAccount(page: Page, name: string) {
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill('90000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test('back up, add an account, restore: the added account is gone and the backed-up one is there', async ({ page }) => {
  await newAccount(page, 'Helvetia Backup AG');

  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backed up: 1 accounts/)).toBeVisible();
  const backups = card.getByRole('table', { name: 'Backups' });
  const manual = backups.getByRole('row').filter({ hasText: 'Backed up by you' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell').nth(4)).toHaveText('1');
  await expect(card.getByRole('status')).toContainText('Last backup succeeded');

  await newAccount(page, 'Added After The Backup');

  await page.getByRole('link', { name: 'Settings' }).click();
  await manual.getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('1 accounts');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Restored the backup of/)).toBeVisible();
  // The data from before the restore is kept as a backup too, listed with its two accounts.
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' }).getByRole('cell').nth(4)).toHaveText('2');

  // Without a restart every screen shows the restored book.
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByRole('link', { name: 'Helvetia Backup AG' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Added After The Backup' })).toHaveCount(0);
});

test('the backup folder can be changed, and backups then go there', async ({ page, app }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByRole('button', { name: 'Change backup folder…' }).click();
  await expect(card.getByText(app.outputDir, { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(card.getByRole('row').filter({ hasText: 'Backed up by you' })).toHaveCount(1);
  await card.getByRole('button', { name: 'Use the default folder' }).click();
  await expect(card.getByText(app.dataDir, { exact: false }).first()).toBeVisible();
});
