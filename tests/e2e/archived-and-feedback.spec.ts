import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import { test, expect } from './fixtures';

/** An account with one note, through the page's own API (the UI's door). */
async function seed(page: Page, archived: boolean) {
  await page.evaluate(async (archive) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const account = await api.accounts.create({
      name: 'Initech', arr: 40_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: null,
      renewalDate: null, productVersion: '', notes: '',
    });
    if (!account.ok) throw new Error(account.error.message);
    const note = await api.checkins.save({
      id: crypto.randomUUID(), accountId: account.value.id, baseRevision: 0,
      draft: { kind: 'ad-hoc', heldAt: '2026-11-20T09:00:00.000Z', attendees: [], body: 'Kick-off call.' },
    });
    if (!note.ok) throw new Error(note.error.message);
    if (archive) {
      // An active account too: with none, the accounts page shows its first-run state, not the filters.
      await api.accounts.create({
        name: 'Globex', arr: 60_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: null,
        renewalDate: null, productVersion: '', notes: '',
      });
      const done = await api.accounts.archive({ id: account.value.id });
      if (!done.ok) throw new Error(done.error.message);
    }
  }, archived);
}

test('an archived account says its records are read-only, offers no new note, and main refuses a change', async ({ page }) => {
  await seed(page, true);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Show archived').check();
  await page.getByRole('link', { name: 'Initech' }).click();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(page.getByRole('note')).toHaveText(/Initech is archived: its check-in notes, readiness checklist and feedback are read-only/);
  await expect(page.getByText('Kick-off call.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New note' })).toHaveCount(0);
  const refused = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const accounts = await api.accounts.list({ includeArchived: true });
    if (!accounts.ok) throw new Error(accounts.error.message);
    const initech = accounts.value.find((a) => a.name === 'Initech')!;
    const r = await api.feedback.create({
      accountId: initech.id,
      fields: { request: 'Dark mode', whys: [], rootCause: '', askedBy: [], category: 'feature-request', productArea: '', route: 'pm', priority: 'low', noteId: null },
    });
    return r.ok ? null : r.error.message;
  });
  expect(refused).toMatch(/^Initech is archived, so its feedback is read-only\. Restore the account/);

  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New note' }).first()).toBeVisible();
});

test('a feature request keeps its business justification, impact and vendor issue link', async ({ page }) => {
  await seed(page, false);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Initech' }).click();
  await page.getByRole('tab', { name: 'Feedback' }).click();
  await page.keyboard.press('Control+Shift+F');
  const capture = page.getByRole('dialog', { name: 'Capture feedback' });
  await capture.getByLabel('What did they ask for? (their words)').fill('Export the audit trail');
  await capture.getByLabel('Business justification').fill('Quarterly SOX audit needs it offline');
  await capture.getByLabel('Impact assessment').fill('40 analysts wait two days per audit');
  await capture.getByLabel('Vendor issue').fill('not a link');
  await page.keyboard.press('Control+Enter');
  await expect(capture.getByText("Paste the issue's https:// link")).toBeVisible();
  await capture.getByLabel('Vendor issue').fill('https://gitlab.example.com/product/-/issues/4242');
  await page.keyboard.press('Control+Enter');
  await expect(capture).toBeHidden();
  const card = page.getByRole('article', { name: 'Feedback: Export the audit trail' });
  await expect(card.getByText('Quarterly SOX audit needs it offline')).toBeVisible();
  await expect(card.getByText('40 analysts wait two days per audit')).toBeVisible();
  await expect(card.getByRole('link', { name: /Vendor issue/ })).toHaveAttribute('href', 'https://gitlab.example.com/product/-/issues/4242');
});
