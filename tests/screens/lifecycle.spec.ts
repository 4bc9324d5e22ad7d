import { test, expect } from '../e2e/fixtures';
import { seedLifecycleAccount } from '../e2e/lifecycle-book';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test('screens of the onboarding kit, success plan, surveys, support and Today', async ({ page }) => {
  const name = await seedLifecycleAccount(page);
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
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Open escalations' })).toBeVisible();
  await shoot('today-lifecycle');
  await page.getByRole('region', { name: 'Open escalations' }).getByRole('link', { name }).first().click();
  await expect(page.getByRole('region', { name: 'Escalations' })).toBeVisible();
  await shoot('account-support');
  await page.getByRole('button', { name: 'Open escalation' }).click();
  await shoot('account-support-open-escalation');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Onboarding kit' }).click();
  await shoot('account-onboarding-kit');
  await page.getByRole('button', { name: 'Record sharing of Valid license' }).click();
  await page.getByRole('dialog').getByLabel('Note').fill('glpat-9f8e7d6c5b4a3f2e1d0c');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByText(/never stores secrets/)).toBeVisible();
  await shoot('account-onboarding-kit-token-refused');
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Success plan' }).click();
  await shoot('account-success-plan');
  await page.getByRole('tab', { name: 'Surveys' }).click();
  await shoot('account-surveys');
  await page.getByRole('button', { name: 'Record survey response' }).click();
  await shoot('account-surveys-record');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'SMB escalation times' }).scrollIntoViewIfNeeded();
  await shoot('settings-smb-escalation-times');
});
