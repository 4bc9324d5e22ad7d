import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test('screens of health, the accounts table with health and Today', async ({ page }) => {
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
  await page.getByRole('button', { name: 'Health' }).click();
  await shoot('accounts-health');
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(3).click();
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByRole('table', { name: 'How the score is made' })).toBeVisible();
  await shoot('account-health');
  await page.getByRole('button', { name: 'Record health check' }).click();
  await expect(page.getByRole('dialog', { name: 'Record health check' })).toBeVisible();
  await shoot('record-health-check');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('list', { name: 'Ranked by priority' })).toBeVisible();
  await shoot('today');
});
