import { test, expect } from './fixtures';

test('a new account and its contact are there after a restart', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Zürich Re');
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByLabel('Renewal date').fill('2027-06-30');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Zürich Re' })).toBeVisible();
  await expect(page.getByText('Enterprise').first()).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: 'New contact' });
  await contact.getByLabel('Name').fill('Giulia Rossi');
  await contact.getByLabel('Email').fill('giulia.rossi@zurichre.example');
  await contact.getByLabel('Champion').check();
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('region', { name: 'Contacts' }).getByText('Giulia Rossi', { exact: true })).toBeVisible();

  const after = await app.restart();
  await expect(after.getByRole('link', { name: 'Zürich Re' })).toBeVisible();
  await after.getByRole('link', { name: 'Zürich Re' }).click();
  await expect(after.getByRole('region', { name: 'Contacts' }).getByText('Giulia Rossi', { exact: true })).toBeVisible();
  await expect(after.getByText('Champion', { exact: true })).toBeVisible();
  expect(app.foreignRequests).toEqual([]);
});
