import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import { test, expect } from './fixtures';

/** An account and `notes` check-in notes mentioning Kerberos, through the page's own API (the UI's door). */
async function seed(page: Page, notes: number) {
  await page.evaluate(async (count) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const account = await api.accounts.create({
      name: 'Søren Logistics', arr: 90_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Bjørn', contractStart: null,
      renewalDate: null, productVersion: '', notes: '',
    });
    if (!account.ok) throw new Error(account.error.message);
    for (let i = 0; i < count; i++) {
      const saved = await api.checkins.save({
        id: crypto.randomUUID(),
        accountId: account.value.id,
        baseRevision: 0,
        draft: {
          kind: 'bi-weekly-sync',
          heldAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`,
          attendees: [],
          body: `## Health score: track usage, adoption, and OKRs\n\n- Steady\n\n## Q&A\n\n- Kerberos ticket ${i} on the edge gateway`,
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
    }
  }, notes);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('link', { name: 'Søren Logistics' })).toBeVisible();
}

test('search says how many match, shows all of them best first, and writes dates the app’s way', async ({ page }) => {
  await seed(page, 7);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('kerberos');
  const group = palette.getByRole('group', { name: 'Check-in notes' });
  await expect(group.getByRole('option')).toHaveCount(5);
  await expect(palette.getByText('Check-in notes7')).toBeVisible();
  // Titles carry the day in the app's date format, and the snippet the matching passage, not the template heading.
  const first = group.getByRole('option').first();
  await expect(first).toContainText(/Bi-weekly sync · [A-Z][a-z]{2} \d{1,2}, 2026/);
  await expect(first).not.toContainText('2026-11-');
  await expect(first).toContainText(/^.*Kerberos ticket \d on the edge gateway/);
  await expect(first).not.toContainText('Health score');

  await palette.getByRole('button', { name: 'Show all 7 check-in notes' }).click();
  const all = palette.getByRole('region', { name: 'All check-in notes matching “kerberos”' });
  await expect(all.getByRole('listitem')).toHaveCount(7);
  await expect(all.getByRole('status')).toHaveText('Check-in notes: 7 matching “kerberos”, best first');
  await all.getByRole('button', { name: /Kerberos ticket 3/ }).click();
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Søren Logistics' })).toBeVisible();
});

test('search and the accounts filter find Søren by “soren” and Bjørn by “bjorn”', async ({ page }) => {
  await seed(page, 1);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('soren');
  await expect(palette.getByRole('group', { name: 'Accounts' }).locator('mark', { hasText: 'Søren' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('bjorn');
  await expect(page.getByRole('link', { name: 'Søren Logistics' })).toBeVisible();
  await filter.fill('zzz');
  await expect(page.getByRole('link', { name: 'Søren Logistics' })).toBeHidden();
});
