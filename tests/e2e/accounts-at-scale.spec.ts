import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import type { AccountsPageInput } from '../../src/shared/accounts/schema';
import { test, expect } from './fixtures';

test.setTimeout(120_000);

const BOOK = 1_200;

/** What main answers for one window of the table, through the page's own API. */
async function pageOf(page: Page, input: AccountsPageInput) {
  return page.evaluate(async (i) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api.accounts.page(i);
    if (!r.ok) throw new Error(r.error.message);
    return { total: r.value.total, names: r.value.rows.map((row) => row.name) };
  }, input);
}

test('a book of 1,200 accounts shows its true total, draws only the rows on screen and loads the rest as you go', async ({ page }) => {
  await page.evaluate(async (n) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api.app.loadSampleData({ accounts: n });
    if (!r.ok) throw new Error(r.error.message);
  }, BOOK);
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  const table = page.getByRole('region', { name: /Accounts table/ });
  await expect(page.getByText(/^1,200 accounts · /)).toBeVisible();
  await expect(table.getByRole('table')).toHaveAttribute('aria-rowcount', String(BOOK + 1));
  // Only what is near the screen is in the page: the header and a few dozen rows, not 1,200.
  const drawn = await table.getByRole('row').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(80);

  // End goes to the last account, whose page is loaded only then.
  const last = await pageOf(page, { sort: 'name', direction: 'asc', offset: BOOK - 1, limit: 1 });
  await table.focus();
  await page.keyboard.press('End');
  await expect(table.getByRole('row', { selected: true })).toContainText(last.names[0]!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: last.names[0]! })).toBeFocused();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();

  // Sorting by a header says so to assistive technology, and main sorts the whole book.
  const arr = table.getByRole('columnheader', { name: 'ARR' });
  await arr.getByRole('button').click();
  await expect(arr).toHaveAttribute('aria-sort', 'ascending');
  await arr.getByRole('button').click();
  await expect(arr).toHaveAttribute('aria-sort', 'descending');
  const richest = await pageOf(page, { sort: 'arr', direction: 'desc', offset: 0, limit: 1 });
  await expect(table.getByRole('row').nth(1)).toContainText(richest.names[0]!);

  // The filter sends what was typed once typing pauses, and the count is the filtered total.
  const word = richest.names[0]!.split(' ')[0]!.toLowerCase();
  const filtered = await pageOf(page, { query: word, sort: 'arr', direction: 'desc', offset: 0, limit: 1 });
  await page.getByLabel('Filter').pressSequentially(word);
  await expect(page.getByText(new RegExp(`^${filtered.total.toLocaleString('en-US')} accounts? · `))).toBeVisible();
  await expect(table.getByRole('table')).toHaveAttribute('aria-rowcount', String(filtered.total + 1));
  await expect(table.getByRole('row').nth(1)).toContainText(filtered.names[0]!);
});
