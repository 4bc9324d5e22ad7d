import { test, expect } from './fixtures';

test('Today lists what is due across accounts, and done tasks leave it', async ({ page }) => {
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing due' })).toBeVisible();

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Helios Energy');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Helios Energy' })).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  const todayGroup = page.getByRole('region', { name: 'Today', exact: true });
  await expect(todayGroup.getByText('Send the welcome message, license and installation playbook')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next 7 days' }).getByText('Personal introduction with the customer team')).toBeVisible();

  await todayGroup.getByRole('checkbox', { name: /Done: Send the welcome message/ }).click();
  await expect(page.getByRole('status').getByText('Done: Send the welcome message')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Today', exact: true })).toHaveCount(0);
  await page.getByRole('region', { name: 'Next 7 days' }).getByRole('link', { name: 'Helios Energy' }).first().click();
  await expect(page.getByRole('tab', { name: 'Tasks', selected: true })).toBeVisible();
});
