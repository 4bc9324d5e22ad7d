import { test, expect } from './fixtures';

test('Today ranks what is due across accounts, and done tasks leave it', async ({ page }) => {
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing needs attention' })).toBeVisible();

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Helios Energy');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Helios Energy' })).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  const list = page.getByRole('list', { name: 'Ranked by priority' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toContainText('Send the welcome message, license and installation playbook');
  await expect(items.first()).toContainText('Due today, from the onboarding playbook.');
  await expect(list.getByText('Personal introduction with the customer team')).toBeVisible();

  await list.getByRole('checkbox', { name: /Done: Send the welcome message/ }).click();
  await expect(page.getByRole('status').getByText('Done: Send the welcome message')).toBeVisible();
  await expect(list.getByText('Send the welcome message')).toHaveCount(0);
  await list.getByRole('link', { name: 'Helios Energy' }).first().click();
  await expect(page.getByRole('tab', { name: 'Tasks', selected: true })).toBeVisible();
});

test('a task is edited and snoozed to a date from the account, and Today follows', async ({ page }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Borealis Shipping');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('button', { name: /Edit task: Send the welcome message/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit task' });
  await edit.getByLabel('Title').fill('');
  await edit.getByRole('button', { name: 'Save task' }).click();
  await expect(edit.getByText('Say what needs doing')).toBeVisible();
  await edit.getByLabel('Title').fill('Send the welcome pack by courier');
  await edit.getByLabel('Snoozed until').fill('2099-01-01');
  await edit.getByRole('button', { name: 'Save task' }).click();
  await expect(page.getByText('Send the welcome pack by courier')).toBeVisible();
  await expect(page.getByText('Snoozed until Jan 1, 2099')).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  const list = page.getByRole('list', { name: 'Ranked by priority' });
  await expect(list.getByText('Personal introduction with the customer team')).toBeVisible();
  await expect(list.getByText('Send the welcome pack by courier')).toHaveCount(0);
});
