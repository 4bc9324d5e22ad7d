import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import { test, expect } from '../e2e/fixtures';

const THEMES = ['light', 'dark'] as const;

/** Issue 12's screens at 1280×800 in both themes: search counts and "Show all", licenses with sharing, an archived account, the feedback form. */
async function shoot(page: Page, screen: string) {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: `docs/screenshots/${screen}-${theme}-1280.png` });
  }
}

test('screens of issue 12', async ({ page }) => {
  test.setTimeout(120_000);
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const account = await api.accounts.create({
      name: 'Søren Logistics', arr: 90_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Bjørn', contractStart: null,
      renewalDate: null, productVersion: '2.1.0', notes: '',
    });
    if (!account.ok) throw new Error(account.error.message);
    for (let i = 0; i < 9; i++) {
      await api.checkins.save({
        id: crypto.randomUUID(), accountId: account.value.id, baseRevision: 0,
        draft: {
          kind: 'bi-weekly-sync', heldAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`, attendees: [],
          body: `## Health score: track usage, adoption, and OKRs\n\n- Steady\n\n## Q&A\n\n- Kerberos ticket ${i} rejected on the edge gateway`,
        },
      });
    }
    const license = await api.licenses.issue({
      accountId: account.value.id,
      fields: { licensee: 'Søren Logistics A/S', modules: ['Marketplace'], kind: 'standard', validFrom: '2026-11-25', expiresAt: '2027-11-25', projectEnd: null, replacesId: null },
    });
    if (!license.ok) throw new Error(license.error.message);
    await api.licenses.recordShare({ id: license.value.id, recipient: 'it-ops@soren.example', channel: 'encrypted-email' });
    const other = await api.accounts.create({
      name: 'Initech', arr: 40_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: null,
      renewalDate: null, productVersion: '', notes: '',
    });
    if (other.ok) await api.accounts.archive({ id: other.value.id });
  });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('kerberos');
  await expect(palette.getByRole('button', { name: 'Show all 9 check-in notes' })).toBeVisible();
  await shoot(page, 'search-counts');
  await palette.getByRole('button', { name: 'Show all 9 check-in notes' }).click();
  await expect(palette.getByRole('status')).toHaveText(/9 matching/);
  await shoot(page, 'search-show-all');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Søren Logistics' }).click();
  await page.getByRole('tab', { name: 'Licenses' }).click();
  await expect(page.getByText(/Shared with it-ops@soren.example/)).toBeVisible();
  await shoot(page, 'licenses-shared');
  await page.getByRole('button', { name: 'Issue license' }).click();
  await page.getByRole('dialog', { name: /Issue license/ }).getByLabel('Kind').selectOption('mvp');
  await shoot(page, 'license-form-mvp');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('quarterly-review');
  await shoot(page, 'checkin-review-lead');
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('tab', { name: 'Feedback' }).click();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('dialog', { name: 'Capture feedback' })).toBeVisible();
  await shoot(page, 'feedback-capture-justification');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Show archived').check();
  await page.getByRole('link', { name: 'Initech' }).click();
  await expect(page.getByRole('note')).toBeVisible();
  await shoot(page, 'account-archived');
});
