import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

const option = (page: Page, text: string) => page.getByRole('option', { name: new RegExp(`^${text}:`) });

test('screens of the readiness checklist', async ({ page }) => {
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
  // The confirmation toasts are not part of the screen.
  const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 2000 }).catch(() => undefined);

  const shoot = async (screen: string) => {
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.screenshot({ path: `docs/screenshots/${screen}-${theme}-${size.name}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
  };
  await shoot('account-readiness');
  await page.getByRole('button', { name: "What's left" }).click();
  await shoot('account-readiness-whats-left');
  await page.getByRole('button', { name: /What's left/ }).click();
  await option(page, 'Custom Components').click();
  await page.keyboard.press('a');
  await expect(page.getByRole('dialog', { name: 'Add a checklist item' })).toBeVisible();
  await shoot('account-readiness-add-item');
});
