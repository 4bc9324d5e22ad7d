import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';

/**
 * The app at 200 % zoom: a 1280 × 800 window zoomed to 200 % lays out in 640 × 400 CSS pixels.
 * Screens and a dialog in both themes, into docs/screenshots/zoom-*.png, for a person to check
 * that nothing is cut off or overlaps.
 */
const THEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.screenshot({ path: `docs/screenshots/zoom-200-${name}-${theme}.png` });
  }
}

test('screens at 200 % zoom', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  await page.setViewportSize({ width: 640, height: 400 });
  await shoot(page, 'accounts');
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(2).click();
  await expect(page.getByRole('region', { name: 'Contacts' })).toBeVisible();
  await shoot(page, 'account-overview');
  await page.getByRole('tab', { name: 'Readiness' }).click();
  await page.getByRole('listbox', { name: 'Readiness items' }).getByRole('option').first().click();
  await shoot(page, 'readiness');
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await shoot(page, 'checkins');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shoot(page, 'edit-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click();
  await shoot(page, 'today');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await shoot(page, 'settings');
});
