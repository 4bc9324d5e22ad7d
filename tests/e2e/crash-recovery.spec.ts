import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Five seconds of real typing, a crash and a restart on a shared 2-core machine.
test.setTimeout(90_000);

const SENTENCE = 'Kerberos delegation failed on the edge gateway; Anna from IT checks the keytab before Friday. ';

async function newAccount(page: Page, name: string) {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

/**
 * Types into `field` (caret at the end) without pausing for five seconds, one key at a time,
 * and notes how much was typed when each key landed.
 */
async function typeForFiveSeconds(page: Page, field: Locator) {
  await field.focus();
  await page.keyboard.press('Control+End');
  const keys: { at: number; typed: string }[] = [];
  const start = Date.now();
  let typed = '';
  while (Date.now() - start < 5_000) {
    const key = SENTENCE[typed.length % SENTENCE.length]!;
    await page.keyboard.type(key, { delay: 30 });
    typed += key;
    keys.push({ at: Date.now(), typed });
  }
  return { typed, keys };
}

/**
 * Checks that what survived is exactly what was typed up to some moment, and that it holds
 * everything typed more than a second before the crash; reports how far back the loss reached.
 */
function expectAllButTheLastSecond(stored: string, typing: { typed: string; keys: { at: number }[] }, crashedAt: number) {
  expect(typing.typed.startsWith(stored)).toBe(true);
  const typedBeforeTheLastSecond = typing.keys.filter((k) => k.at <= crashedAt - 1_000).length;
  expect(stored.length).toBeGreaterThanOrEqual(typedBeforeTheLastSecond);
  const firstLost = typing.keys[stored.length];
  const lostMs = firstLost ? crashedAt - firstLost.at : 0;
  test.info().annotations.push({
    type: 'loss window',
    description: `${typing.typed.length - stored.length} of ${typing.typed.length} characters lost, typed in the last ${lostMs} ms before the crash`,
  });
  console.log(`[loss window] ${test.info().title}: ${typing.typed.length - stored.length}/${typing.typed.length} chars, last ${lostMs} ms`);
}

function readDatabase<T>(dataDir: string, query: string): T {
  const db = new Database(join(dataDir, 'fieldbook.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(query).get() as T;
  } finally {
    db.close();
  }
}

test('typing in a check-in note for five seconds, then a hard crash, loses at most the last second', async ({ page, app }) => {
  await newAccount(page, 'Zürich Re');
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue(/## Health score/);
  const agenda = await notes.inputValue();

  const typing = await typeForFiveSeconds(page, notes);
  const crashedAt = Date.now();
  const after = await app.crash();

  const row = readDatabase<{ body: string } | undefined>(app.dataDir, 'SELECT body FROM checkin_notes WHERE deleted_at IS NULL');
  if (!row) throw new Error('Nothing of the note reached the disk before the crash');
  expect(row.body.startsWith(agenda)).toBe(true);
  const stored = row.body.slice(agenda.length);
  expectAllButTheLastSecond(stored, typing, crashedAt);

  // The app reopens on the note, in the editor, with the text that was saved.
  await expect(after.getByRole('heading', { name: 'Zürich Re' })).toBeVisible();
  await expect(after.getByRole('tab', { name: 'Check-ins' })).toHaveAttribute('aria-selected', 'true');
  await expect(after.getByRole('region', { name: 'Edit check-in note' })).toBeVisible();
  await expect(after.getByLabel('Notes', { exact: true })).toHaveValue(row.body);
  await after.screenshot({ path: test.info().outputPath('editor-after-crash.png') });
});

test('typing in a checklist item note for five seconds, then a hard crash, loses at most the last second', async ({ page, app }) => {
  await newAccount(page, 'Helios Energy');
  await page.getByRole('tab', { name: 'Readiness' }).click();
  await page.getByRole('option', { name: /^Landscape definition:/ }).click();
  const note = page.getByLabel('Note', { exact: true });

  const typing = await typeForFiveSeconds(page, note);
  const crashedAt = Date.now();
  const after = await app.crash();

  const row = readDatabase<{ note: string }>(app.dataDir, "SELECT note FROM checklist_items WHERE text LIKE 'Landscape definition%'");
  expectAllButTheLastSecond(row.note, typing, crashedAt);

  await expect(after.getByRole('heading', { name: 'Helios Energy' })).toBeVisible();
  await expect(after.getByRole('tab', { name: 'Readiness' })).toHaveAttribute('aria-selected', 'true');
  await expect(after.getByRole('region', { name: /^Details: Landscape definition/ })).toBeVisible();
  await expect(after.getByLabel('Note', { exact: true })).toHaveValue(row.note);
});

test('after a restart the app reopens on the account, its tab and the note being edited', async ({ page, app }) => {
  await newAccount(page, 'Nordlicht Bank');
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('ad-hoc');
  await page.getByLabel('Notes', { exact: true }).fill('Upgrade window agreed for the 14th.');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: /^Edit note: Ad hoc/ }).click();

  const notes = page.getByLabel('Notes', { exact: true });
  await notes.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Rollback plan reviewed with Anna.', { delay: 20 });
  await expect(page.getByText(/^Saved ·/)).toBeVisible();

  const after = await app.restart();
  await expect(after.getByRole('heading', { name: 'Nordlicht Bank' })).toBeVisible();
  await expect(after.getByRole('tab', { name: 'Check-ins' })).toHaveAttribute('aria-selected', 'true');
  const reopened = after.getByLabel('Notes', { exact: true });
  await expect(reopened).toHaveValue('Upgrade window agreed for the 14th. Rollback plan reviewed with Anna.');
  // Focused with the caret at the end: typing goes on where it stopped.
  await expect(reopened).toBeFocused();
  await after.keyboard.type(' Next sync on Friday.');
  await after.getByRole('button', { name: 'Done' }).click();
  await expect(after.getByRole('article', { name: /^Ad hoc/ }).getByText('Rollback plan reviewed with Anna. Next sync on Friday.')).toBeVisible();

  // Closed editor, another tab: that is where the next start opens, with no editor.
  await after.getByRole('tab', { name: 'Tasks' }).click();
  const again = await app.restart();
  await expect(again.getByRole('heading', { name: 'Nordlicht Bank' })).toBeVisible();
  await expect(again.getByRole('tab', { name: 'Tasks' })).toHaveAttribute('aria-selected', 'true');
  await again.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(again.getByRole('button', { name: /^Edit note: Ad hoc/ })).toBeVisible();
  await expect(again.getByLabel('Notes', { exact: true })).toHaveCount(0);
});
