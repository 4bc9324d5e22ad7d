import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createAccount } from '../../src/main/accounts/service';
import { saveNote } from '../../src/main/checkins/service';
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { test, expect } from './fixtures';
import { countRenders } from './render-count';

test.setTimeout(180_000);

const NOTES = 2_000;

/**
 * An account with `count` notes, one a day going back from Nov 2026, written while the app is
 * closed by main's own services in one transaction (2,000 saves through IPC would each wait
 * for their own fsync).
 */
function seedNotes(dataDir: string, count: number) {
  const sqlite = openDatabase(join(dataDir, DATABASE_FILE_NAME));
  try {
    const store = createStore(sqlite);
    const now = new Date('2026-11-27T12:00:00.000Z');
    store.tx(() => {
      const account = createAccount(
        store,
        { name: 'Helios Energy', arr: 180_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: null, renewalDate: null, productVersion: '', notes: '' },
        now,
      );
      for (let i = 0; i < count; i++) {
        saveNote(store, {
          id: randomUUID(), accountId: account.id, baseRevision: 0,
          draft: {
            kind: 'bi-weekly-sync', heldAt: new Date(now.getTime() - (i + 1) * 86_400_000).toISOString(), attendees: [],
            body: `## Health score\n\nSync number ${count - i}: adoption steady, **two** teams onboarded.\n\n## Q&A\n\n- Kerberos realm question ${i}\n- Dashboards`,
          },
        }, now);
      }
    });
  } finally {
    sqlite.close();
  }
}

test('a timeline of 2,000 notes says so, draws only the notes near the screen, and typing re-renders none of the others', async ({ page, app }) => {
  page = await app.restart(() => seedNotes(app.dataDir, NOTES));
  const renderCounts = await countRenders(page, { card: 'article.note-card', body: '.note-body' });
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Helios Energy' }).click();
  await page.getByRole('tab', { name: 'Check-ins' }).click();

  const timeline = page.getByRole('list', { name: 'Check-in notes for Helios Energy' });
  await expect(page.getByText('2,000 notes', { exact: true })).toBeVisible();
  await expect(timeline.getByRole('article').first()).toContainText('Sync number 2000');
  const drawn = await timeline.getByRole('article').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(15);

  // Typing in a note: its editor renders, no other note does (nor is its Markdown parsed again).
  await timeline.getByRole('button', { name: /^Edit note: / }).first().click();
  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toBeVisible();
  await expect(page.getByText(/^Saved · |Saves as you type/)).toBeVisible();
  const before = await renderCounts();
  await notes.press('Control+End');
  await notes.pressSequentially(' Follow up on the SSO rollout.');
  await expect(page.getByText(/^Saved · /)).toBeVisible();
  await expect(notes).toHaveValue(/Follow up on the SSO rollout\.$/);
  const typing = await renderCounts();
  expect(typing.card - before.card, 'note cards rendered again while typing').toBe(0);
  expect(typing.cardMounts - before.cardMounts, 'note cards drawn anew while typing').toBe(0);
  expect(typing.body - before.body, 'note bodies rendered again while typing').toBe(0);

  // Done: the timeline is read again; the changed note gets a new card (a new revision), the
  // notes that didn't change are not rendered again (cards that come into view are drawn).
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(timeline.getByRole('article').first()).toContainText('Follow up on the SSO rollout.');
  const done = await renderCounts();
  expect(done.card - typing.card, 'unchanged note cards rendered again after Done').toBe(0);
  expect(done.body - typing.body, 'unchanged note bodies rendered again after Done').toBe(0);

  // Scrolling down loads older notes as they come near, and still draws only a screenful.
  const main = page.getByRole('main');
  const oldestDrawn = async () => {
    await main.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
    const texts = await timeline.getByRole('article').allTextContents();
    return Math.min(...texts.map((t) => Number(/Sync number (\d+)/.exec(t)?.[1] ?? Infinity)));
  };
  // 50 notes a page: below 1,800 means four more pages came in by scrolling alone.
  await expect.poll(oldestDrawn, { timeout: 30_000 }).toBeLessThan(1_800);
  expect(await timeline.getByRole('article').count()).toBeLessThan(15);
  await expect(page.getByText('2,000 notes', { exact: true })).toBeVisible();
});
