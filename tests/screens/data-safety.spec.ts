import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../e2e/fixtures';
import type { Page } from '@playwright/test';

const THEMES = ['light', 'dark'] as const;

async function shoot(page: Page, screen: string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: `docs/screenshots/${screen}-${theme}-1280.png` });
  }
}

test('screens of backups and recovery', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'Backups' });
  await card.getByRole('button', { name: 'Back up now' }).click();
  await expect(card.getByRole('row').filter({ hasText: 'Backed up by you' })).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'settings-backups');
  await card.getByRole('button', { name: /^Restore the backup of/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
  await shoot(page, 'settings-restore-confirm');
  await page.keyboard.press('Escape');

  const after = await app.restart(() => {
    writeFileSync(join(app.dataDir, 'fieldbook.sqlite'), 'not a database'.repeat(100));
  });
  await expect(after.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(after.getByText(/with 40 accounts/)).toBeVisible();
  await shoot(after, 'recovery');
});
