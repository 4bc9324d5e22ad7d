import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import { test, expect } from './fixtures';

test.setTimeout(90_000);

async function createAccount(page: Page, name: string) {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
}

test('a new note starts with the last note’s open follow-ups, and a review suggests the lead', async ({ page }) => {
  await createAccount(page, 'Helios Energy');
  await page.getByRole('button', { name: 'New note' }).first().click();
  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue(/## Health score: track usage, adoption, and OKRs/);
  await expect(notes).toHaveValue(/### Policies: presence, clarity, usefulness/);
  await notes.fill(`${await notes.inputValue()}- Ask about the Kerberos realm\n`);
  await page.getByLabel('Action item', { exact: true }).fill('Send the governance guide');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByText(/^Saved · /)).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('1 note', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New note' }).first().click();
  const next = await page.getByLabel('Notes', { exact: true }).inputValue();
  expect(next).toMatch(/^## Open follow-ups from the last check-in \(.+\)\n\n- Ask about the Kerberos realm\n- \[ \] Send the governance guide\n/);

  await page.getByLabel('Kind').selectOption('quarterly-review');
  await page.getByRole('button', { name: 'Add Witboost Lead' }).click();
  await expect(page.getByRole('button', { name: 'Add Witboost Lead' })).toBeHidden();
  await page.getByLabel('Kind').selectOption('onboarding');
  await expect(page.getByRole('button', { name: 'Add Witboost Lead' })).toBeHidden();
});

test('after a conflict, "Reload note" asks first and "Keep both" keeps the text typed here as its own note', async ({ page }) => {
  await createAccount(page, 'Globex Mobility');
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('ad-hoc');
  const notes = page.getByLabel('Notes', { exact: true });
  await notes.fill('First draft of the sync.');
  await expect(page.getByText(/^Saved · /)).toBeVisible();

  // Another window saves the same note meanwhile.
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const accounts = await api.accounts.list({});
    if (!accounts.ok) throw new Error(accounts.error.message);
    const timeline = await api.checkins.list({ accountId: accounts.value[0]!.id });
    if (!timeline.ok) throw new Error(timeline.error.message);
    const note = timeline.value.notes[0]!;
    const saved = await api.checkins.save({
      id: note.id,
      accountId: note.accountId,
      baseRevision: note.revision,
      draft: { kind: note.kind, heldAt: note.heldAt, attendees: note.attendees, body: 'Written in the other window.' },
    });
    if (!saved.ok) throw new Error(saved.error.message);
  });
  await notes.fill('First draft of the sync, typed on in this window.');
  await page.getByRole('button', { name: 'Reload note' }).click();
  const ask = page.getByRole('dialog', { name: 'Reload this note?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep both' }).click();

  const timeline = page.getByRole('list', { name: 'Check-in notes for Globex Mobility' });
  await expect(timeline.getByText('Written in the other window.')).toBeVisible();
  await expect(timeline.getByText('First draft of the sync, typed on in this window.')).toBeVisible();
  await expect(page.getByText('2 notes', { exact: true })).toBeVisible();
});

test('reopening a note right after "Done" shows what was just typed', async ({ page }) => {
  await createAccount(page, 'Initech');
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('ad-hoc');
  await page.getByLabel('Notes', { exact: true }).fill('Version one.');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('article', { name: /^Ad hoc/ }).getByRole('button', { name: /^Edit/ }).click();
  await page.getByLabel('Notes', { exact: true }).fill('Version two, typed after reopening.');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('article', { name: /^Ad hoc/ }).getByRole('button', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Version two, typed after reopening.');
  await expect(page.getByText(/newer version|saved from another window/)).toBeHidden();
});
