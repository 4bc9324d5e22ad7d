import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function setName(page: Page, name: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
}

async function newAccount(page: Page, name: string) {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function openReadiness(page: Page) {
  await page.getByRole('tab', { name: 'Readiness' }).click();
  await expect(page.getByRole('listbox', { name: 'Readiness items' })).toBeVisible();
}

const option = (page: Page, text: string) => page.getByRole('option', { name: new RegExp(`^${text.replace(/[()]/g, '\\$&')}:`) });

test('statuses set with the keyboard and a note survive a restart', async ({ page, app }) => {
  await setName(page, 'Alex Rivera');
  await newAccount(page, 'Zürich Re');
  await openReadiness(page);
  await expect(page.getByText('0 of 34 applicable items done')).toBeVisible();

  // Keyboard: focus the first item, set statuses while moving down.
  await option(page, 'Landscape definition').click();
  await page.keyboard.press('3'); // done
  await page.keyboard.press('ArrowDown');
  await expect(option(page, 'Logo, theme')).toBeFocused();
  await page.keyboard.press('p'); // in progress
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4'); // not applicable
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('d'); // done
  await expect(option(page, 'Data Product Specification defined')).toHaveAttribute('data-status', 'done');

  // The status control in the detail pane, and a note.
  await option(page, 'Proper RBAC setup').click();
  const detail = page.getByRole('region', { name: 'Details: Proper RBAC setup' });
  await detail.getByRole('radio', { name: 'In progress' }).click();
  // The status control is a radio group: the arrow keys choose.
  await page.keyboard.press('ArrowRight');
  await expect(option(page, 'Proper RBAC setup')).toHaveAttribute('data-status', 'done');
  await expect(detail.getByRole('radio', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(option(page, 'Proper RBAC setup')).toHaveAttribute('data-status', 'in-progress');
  await detail.getByLabel('Note').fill('Three groups exist; Control Plane group still empty.');
  await detail.getByLabel('Evidence').fill('https://wiki.example.com/rbac');
  await page.keyboard.press('Escape');
  await expect(option(page, 'Proper RBAC setup')).toBeFocused();
  // The row shows the note once main has saved it.
  await expect(option(page, 'Proper RBAC setup').getByText('Three groups exist; Control Plane group still empty.')).toBeVisible();
  await expect(page.getByText('2 of 33 applicable items done · 1 not applicable')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Overall readiness' })).toHaveAttribute('aria-valuenow', '6');

  // The app reopens where it was left: the account's Readiness tab.
  const after = await app.restart();
  await expect(after.getByRole('heading', { name: 'Zürich Re' })).toBeVisible();
  await openReadiness(after);
  await expect(option(after, 'Landscape definition')).toHaveAttribute('data-status', 'done');
  await expect(option(after, 'Logo, theme')).toHaveAttribute('data-status', 'in-progress');
  await expect(option(after, 'Custom Components')).toHaveAttribute('data-status', 'not-applicable');
  await expect(option(after, 'Data Product Specification defined')).toHaveAttribute('data-status', 'done');
  await expect(option(after, 'Proper RBAC setup')).toHaveAttribute('data-status', 'in-progress');
  await option(after, 'Proper RBAC setup').click();
  const restored = after.getByRole('region', { name: 'Details: Proper RBAC setup' });
  await expect(restored.getByLabel('Note')).toHaveValue('Three groups exist; Control Plane group still empty.');
  await expect(restored.getByLabel('Evidence')).toHaveValue('https://wiki.example.com/rbac');
  await expect(restored.getByText(/by Alex Rivera/)).toBeVisible();
  await expect(restored.getByRole('link', { name: /Open evidence link/ })).toHaveAttribute('href', 'https://wiki.example.com/rbac');

  // Search finds the note and opens the checklist on its item.
  await after.getByRole('link', { name: 'Accounts' }).first().click();
  await after.keyboard.press('Control+k');
  const palette = after.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('control pla');
  const group = palette.getByRole('group', { name: 'Readiness checklist' });
  await expect(group.getByRole('option')).toHaveCount(1);
  await expect(group.getByRole('option')).toContainText('Proper RBAC setup');
  await after.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(option(after, 'Proper RBAC setup')).toBeFocused();
  await expect(option(after, 'Proper RBAC setup')).toHaveAttribute('aria-selected', 'true');
  expect(app.foreignRequests).toEqual([]);
});

test("custom items are added and removed with undo, and “what's left” hides finished items", async ({ page }) => {
  await newAccount(page, 'Helvetia Data');
  await openReadiness(page);

  await option(page, 'Custom Components').click();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: 'Add a checklist item' });
  await expect(dialog.getByLabel('Section')).toHaveValue('custom-components');
  await expect(dialog.getByLabel('Item')).toBeFocused();
  await page.keyboard.type('Lineage widget deployed');
  await dialog.getByRole('button', { name: 'Add item' }).click();
  await expect(option(page, 'Lineage widget deployed')).toBeVisible();
  await expect(page.getByText('0 of 35 applicable items done')).toBeVisible();

  await option(page, 'Lineage widget deployed').click();
  await page.keyboard.press('Delete');
  await expect(option(page, 'Lineage widget deployed')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(option(page, 'Lineage widget deployed')).toBeVisible();

  await option(page, 'Landscape definition').click();
  await page.keyboard.press('3');
  await page.getByRole('button', { name: "What's left" }).click();
  await expect(option(page, 'Landscape definition')).toHaveCount(0);
  await expect(option(page, 'Logo, theme')).toBeVisible();
});
