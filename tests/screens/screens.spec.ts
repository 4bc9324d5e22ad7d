import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test('screens of the accounts area', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  const shoot = async (screen: string) => {
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.screenshot({ path: `docs/screenshots/${screen}-${theme}-${size.name}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  await shoot('accounts');
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(2).click();
  await expect(page.getByRole('region', { name: 'Contacts' })).toBeVisible();
  await shoot('account-overview');
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await shoot('account-tasks');
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await shoot('account-edit');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Settings' }).click();
  await shoot('settings');
});
