import { test, expect } from './fixtures';

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
