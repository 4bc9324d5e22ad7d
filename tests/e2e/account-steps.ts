import type { Page } from '@playwright/test';
import { addDays, localIsoDate } from '../../src/shared/dates/iso-date';
import { expect } from './fixtures';

/** Creates an account through the New account dialog and waits for its page. */
export async function newAccount(page: Page, name: string, arr: string) {
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill(arr);
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/** Today's local date moved by some days, as the date fields take it (YYYY-MM-DD). */
export const localDay = (offsetDays: number) => addDays(localIsoDate(new Date()), offsetDays);
