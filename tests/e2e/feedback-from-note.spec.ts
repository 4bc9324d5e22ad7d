import { test, expect } from './fixtures';

test.setTimeout(90_000);

test('feedback captured from inside a check-in note is linked to that note', async ({ page }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Northwind Health');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Northwind Health' })).toBeVisible();

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('They asked for a PDF export of the data product page.');

  const editor = page.getByRole('region', { name: 'New check-in note' });
  await editor.getByRole('button', { name: 'Capture feedback' }).click();
  const capture = page.getByRole('dialog', { name: 'Capture feedback' });
  await capture.getByLabel('What did they ask for? (their words)').fill('Can we download the DP page as PDF?');
  await capture.getByLabel('Why 1', { exact: true }).fill('To send it via email.');
  await capture.getByLabel('Why 1', { exact: true }).press('Enter');
  await capture.getByLabel('Why 2', { exact: true }).fill("Some users don't have access to the Marketplace.");
  await capture.getByLabel('Why 2', { exact: true }).press('Enter');
  await capture.getByLabel('Why 3', { exact: true }).fill('The access process is slow and unclear.');
  await capture.getByLabel('Root cause (the problem, not the solution)').fill('Access management friction');
  await page.keyboard.press('Control+Enter');
  await expect(capture).toBeHidden();
  await expect(page.getByRole('status').getByText(/Feedback captured from this note/)).toBeVisible();
  await editor.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: 'Feedback' }).click();
  const card = page.getByRole('article', { name: 'Feedback: Can we download the DP page as PDF?' });
  await expect(card.getByText('From a check-in note')).toBeVisible();
  await expect(card.getByRole('list', { name: 'Why chain' }).getByRole('listitem')).toHaveCount(3);
});
