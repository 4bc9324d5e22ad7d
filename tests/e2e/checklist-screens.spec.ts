import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const option = (page: Page, text: string) => page.getByRole('option', { name: new RegExp(`^${text}:`) });

/** Screenshots of the Readiness tab in both themes, for a person to look at (test-results/screens). */
test('the readiness tab in light and dark', async ({ page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Alex Rivera');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Zürich Re');
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('tab', { name: 'Readiness' }).click();

  await option(page, 'Landscape definition').click();
  for (const key of ['3', 'ArrowDown', '3', 'ArrowDown', '4', 'ArrowDown', '3', 'ArrowDown', '3', 'ArrowDown', '2', 'ArrowDown', '3']) {
    await page.keyboard.press(key);
  }
  await option(page, 'Naming conventions').click();
  const detail = page.getByRole('region', { name: /^Details/ });
  await detail.getByLabel('Note').fill('Agreed: <domain>-<product>-<version>. Two legacy products still to rename.');
  await detail.getByLabel('Evidence').fill('https://gitlab.example.com/zurich-re/templates/-/merge_requests/42');
  await page.keyboard.press('Escape');
  await expect(option(page, 'Naming conventions').getByText(/Agreed/)).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `test-results/screens/readiness-${scheme}-1280.png` });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: `test-results/screens/readiness-${scheme}-1920.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: "What's left" }).click();
  await page.screenshot({ path: 'test-results/screens/readiness-whats-left-light-1280.png' });
  await expect(page.getByRole('listbox', { name: 'Readiness items' })).toBeVisible();
});
