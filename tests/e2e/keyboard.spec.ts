import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Many dialogs opened and closed on a shared 2-core machine.
test.setTimeout(120_000);

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
}

/** Opens a dialog from the keyboard, closes it with Esc, and expects focus back where it started. */
async function escapeReturnsFocus(page: Page, opener: Locator, dialogName: string | RegExp, open: () => Promise<void> = () => page.keyboard.press('Enter')) {
  await opener.focus();
  await open();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await expect(opener).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener, `focus returns to the control that opened "${String(dialogName)}"`).toBeFocused();
}

test('Enter on a focused account link opens that account, and focus starts at its heading', async ({ page }) => {
  await loadSample(page);
  const links = page.getByRole('region', { name: /Accounts table/ }).getByRole('link');
  const third = links.nth(2);
  const name = (await third.textContent())!;
  await third.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  // The table itself still opens the highlighted row: Enter on the table, not on a link.
  await sections(page).getByRole('link', { name: 'Accounts' }).click();
  const table = page.getByRole('region', { name: /Accounts table/ });
  const second = (await links.nth(1).textContent())!;
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeFocused();
});

test('Esc from each dialog gives focus back to the control that opened it', async ({ page }) => {
  await escapeReturnsFocus(page, page.getByRole('button', { name: 'New account' }).first(), 'New account');
  await loadSample(page);

  const sidebarLink = sections(page).getByRole('link', { name: 'Accounts' });
  await escapeReturnsFocus(page, sidebarLink, 'Search', () => page.keyboard.press('Control+k'));

  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(2).click();
  await expect(page.getByRole('region', { name: 'Contacts' })).toBeVisible();
  await escapeReturnsFocus(page, page.getByRole('button', { name: 'Edit', exact: true }), /^Edit /);
  await escapeReturnsFocus(page, page.locator('header').getByRole('button', { name: 'Archive' }), /^Archive /);
  await escapeReturnsFocus(page, page.getByRole('region', { name: 'Contacts' }).getByRole('button', { name: /New contact|Add contact/ }).first(), 'New contact');

  await page.getByRole('tab', { name: 'Readiness' }).click();
  const item = page.getByRole('listbox', { name: 'Readiness items' }).getByRole('option').first();
  await escapeReturnsFocus(page, item, 'Add a checklist item', () => page.keyboard.press('a'));

  await page.getByRole('tab', { name: 'Feedback' }).click();
  await escapeReturnsFocus(page, page.getByRole('button', { name: 'Capture feedback' }).first(), 'Capture feedback');

  await page.getByRole('tab', { name: 'Licenses' }).click();
  await escapeReturnsFocus(page, page.getByRole('button', { name: 'Issue license' }).first(), /^Issue license/);
  await escapeReturnsFocus(page, page.getByRole('button', { name: 'Verify license file…' }).first(), 'Verify a license file');
});

test('the checked Readiness status shows a focus ring, also in forced-colors (high contrast) mode', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Readiness' }).click();
  await page.getByRole('listbox', { name: 'Readiness items' }).getByRole('option').first().click();
  const status = page.getByRole('radiogroup', { name: 'Status' });
  const checked = status.getByRole('radio', { checked: true });
  const ring = () => checked.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));

  // From the keyboard, as a person would reach it: Tab until the radio group has focus.
  for (let i = 0; i < 40 && !(await checked.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(checked).toBeFocused();
  expect(await ring()).toEqual({ style: 'solid', width: 2 });

  await page.emulateMedia({ forcedColors: 'active' });
  await expect(checked).toBeFocused();
  expect(await ring()).toEqual({ style: 'solid', width: 2 });
});
