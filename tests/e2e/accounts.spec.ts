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

  // The app reopens where it was left: the account's page.
  const after = await app.restart();
  await expect(after.getByRole('heading', { name: 'Zürich Re' })).toBeVisible();
  await expect(after.getByRole('region', { name: 'Contacts' }).getByText('Giulia Rossi', { exact: true })).toBeVisible();
  await expect(after.getByText('Champion', { exact: true })).toBeVisible();
  await after.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(after.getByRole('link', { name: 'Zürich Re' })).toBeVisible();
  expect(app.foreignRequests).toEqual([]);
});

test('invalid account fields show their errors at the field and save nothing', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('ARR (USD)').fill('-5');
  await dialog.getByLabel('Contract start').fill('2027-01-10');
  await dialog.getByLabel('Renewal date').fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(dialog.getByText('Give the account a name')).toBeVisible();
  await expect(dialog.getByText("ARR can't be negative")).toBeVisible();
  await expect(dialog.getByText("The renewal date can't be before the contract start")).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const after = await app.restart();
  await expect(after.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
});

test('a duplicate name is refused at the name field', async ({ page }) => {
  for (const attempt of [1, 2]) {
    await page.getByRole('button', { name: 'New account' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New account' });
    await dialog.getByLabel('Account name').fill(attempt === 1 ? 'Globex' : '  globex ');
    await dialog.getByRole('button', { name: 'Create account' }).click();
    if (attempt === 1) {
      await expect(page.getByRole('heading', { name: 'Globex' })).toBeVisible();
      await page.getByRole('link', { name: 'Accounts' }).first().click();
    } else {
      await expect(dialog.getByText('There is already an account called "globex"')).toBeVisible();
    }
  }
});

test('archiving an account can be undone from the toast', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  const first = page.getByRole('region', { name: /Accounts table/ }).getByRole('link').first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog', { name: `Archive ${name}?` }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Restored ${name}.`)).toBeVisible();
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
});

test('in a short window (200 % zoom of 1280 × 800) the accounts table keeps rows in view and the page scrolls to it', async ({ page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  await page.setViewportSize({ width: 640, height: 400 });
  const table = page.getByRole('region', { name: /Accounts table/ });
  await table.scrollIntoViewIfNeeded();
  // It used to shrink to its 2 px border under the banner and filters: no row to read or open.
  expect((await table.boundingBox())!.height).toBeGreaterThan(200);
  const first = table.getByRole('link').first();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
});
