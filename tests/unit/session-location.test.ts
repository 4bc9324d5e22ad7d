import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/main/accounts/service';
import { removeNote, saveNote } from '../../src/main/checkins/service';
import { addChecklistItem, removeChecklistItem } from '../../src/main/checklist/service';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';
import { accountFields } from '../support/records';
import { actingPerson } from '../../src/main/settings/actor';

const APP = 'app://fieldbook/';
const now = new Date('2026-11-30T09:00:00.000Z');

describe('where the app last stood (session:getLocation / setLocation)', () => {
  let dir: string;
  let runtime: Runtime;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fieldbook-session-'));
    runtime = startRuntime(testRuntimeOptions(dir));
  });
  afterEach(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async () => {
    const answer = await runtime.invoke('session:getLocation', APP, undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  const set = (location: unknown) => runtime.invoke('session:setLocation', APP, location);
  const store = () => runtime.store!;

  it('is nothing until the app has been somewhere', async () => {
    expect(await get()).toBeNull();
  });

  it('gives back the account, tab and note being edited, as one settings key', async () => {
    const account = createAccount(store(), accountFields(), now);
    const note = saveNote(
      store(),
      { id: randomUUID(), accountId: account.id, baseRevision: 0, draft: { kind: 'ad-hoc', heldAt: now.toISOString(), attendees: [], body: 'Upgrade window' } },
      now,
    );
    const location = { page: 'account', accountId: account.id, tab: 'checkins', editing: { kind: 'checkin-note', id: note.id } };
    expect((await set(location)).ok).toBe(true);
    expect(await get()).toEqual(location);
    const rows = store().sqlite.prepare("SELECT value FROM settings WHERE key = 'sessionLocation'").all() as { value: string }[];
    expect(rows.map((r) => JSON.parse(r.value))).toEqual([location]);

    expect((await set({ page: 'today' })).ok).toBe(true);
    expect(await get()).toEqual({ page: 'today' });
  });

  it('falls back to the accounts list when the account no longer exists', async () => {
    await set({ page: 'account', accountId: randomUUID(), tab: 'checkins' });
    expect(await get()).toEqual({ page: 'accounts' });
  });

  it('does not reopen a note deleted or a checklist item removed since, but keeps the account and tab', async () => {
    const account = createAccount(store(), accountFields(), now);
    const note = saveNote(
      store(),
      { id: randomUUID(), accountId: account.id, baseRevision: 0, draft: { kind: 'ad-hoc', heldAt: now.toISOString(), attendees: [], body: 'x' } },
      now,
    );
    removeNote(store(), note.id, now);
    await set({ page: 'account', accountId: account.id, tab: 'checkins', editing: { kind: 'checkin-note', id: note.id } });
    expect(await get()).toEqual({ page: 'account', accountId: account.id, tab: 'checkins' });

    const checklist = addChecklistItem(store(), { accountId: account.id, sectionKey: 'practice-shaper', text: 'Second landscape review' }, now, actingPerson(store()));
    const item = checklist.sections.flatMap((s) => s.items).find((i) => i.text === 'Second landscape review')!;
    await set({ page: 'account', accountId: account.id, tab: 'readiness', editing: { kind: 'checklist-item', id: item.id } });
    expect(await get()).toEqual({ page: 'account', accountId: account.id, tab: 'readiness', editing: { kind: 'checklist-item', id: item.id } });
    removeChecklistItem(store(), item.id, now);
    expect(await get()).toEqual({ page: 'account', accountId: account.id, tab: 'readiness' });
  });

  it("does not reopen another account's note", async () => {
    const mine = createAccount(store(), accountFields({ name: 'Mine' }), now);
    const other = createAccount(store(), accountFields({ name: 'Other' }), now);
    const note = saveNote(
      store(),
      { id: randomUUID(), accountId: other.id, baseRevision: 0, draft: { kind: 'ad-hoc', heldAt: now.toISOString(), attendees: [], body: 'x' } },
      now,
    );
    await set({ page: 'account', accountId: mine.id, tab: 'checkins', editing: { kind: 'checkin-note', id: note.id } });
    expect(await get()).toEqual({ page: 'account', accountId: mine.id, tab: 'checkins' });
  });

  it('starts on the accounts list when what is stored cannot be read', async () => {
    // The settings table refuses text that is not JSON (migration 0009), so what can be stored
    // and still be unreadable is JSON the schema rejects.
    store().sqlite.prepare("INSERT INTO settings (key, value) VALUES ('sessionLocation', '{\"page\":\"nowhere\"}')").run();
    expect(await get()).toBeNull();
    store().sqlite.prepare("UPDATE settings SET value = '{\"page\":\"account\"}' WHERE key = 'sessionLocation'").run();
    expect(await get()).toBeNull();
  });

  it('refuses a crafted location and keeps the stored one', async () => {
    await set({ page: 'today' });
    const refused = await set({ page: 'account', accountId: 'not-an-id', tab: '../../etc' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('INVALID_INPUT');
    expect((await set({ page: 'settings', extra: true })).ok).toBe(false);
    expect(await get()).toEqual({ page: 'today' });
  });
});
