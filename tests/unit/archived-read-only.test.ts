import { actingPerson } from '../../src/main/settings/actor';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveAccount, restoreAccount } from '../../src/main/accounts/service';
import { addActionItem, getNote, removeNote, restoreNote, saveNote } from '../../src/main/checkins/service';
import { addChecklistItem, openChecklist, removeChecklistItem, restoreChecklistItem, updateChecklistItem } from '../../src/main/checklist/service';
import { createRequest, getRequest, removeRequest, updateRequest } from '../../src/main/feedback/requests';
import { createTheme, linkRequest, unlinkRequest } from '../../src/main/feedback/themes';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';
import { createTestStore, type TestStore } from '../support/test-store';

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = account(t.store, 'Initech', 40_000).id;
});
afterEach(() => t.close());

const READ_ONLY = /^Initech is archived, so its (check-in notes are|readiness checklist is|feedback is) read-only\. Restore the account/;
const draft = (body: string) => ({ kind: 'ad-hoc' as const, heldAt: NOW.toISOString(), attendees: [], body });
const rows = (table: string) => t.store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

describe("an archived account's records are read-only until it is restored", () => {
  it('refuses every change to its check-in notes, with a message that says why, and changes nothing', () => {
    const id = randomUUID();
    const gone = randomUUID();
    saveNote(t.store, { id, accountId, baseRevision: 0, draft: draft('Kick-off') }, NOW);
    saveNote(t.store, { id: gone, accountId, baseRevision: 0, draft: draft('Scratch') }, NOW);
    removeNote(t.store, gone, NOW);
    archiveAccount(t.store, accountId, NOW);
    const before = [rows('checkin_notes'), rows('tasks')];

    expect(() => saveNote(t.store, { id, accountId, baseRevision: 1, draft: draft('Edited') }, NOW)).toThrow(READ_ONLY);
    expect(() => saveNote(t.store, { id: randomUUID(), accountId, baseRevision: 0, draft: draft('New') }, NOW)).toThrow(READ_ONLY);
    expect(() => removeNote(t.store, id, NOW)).toThrow(READ_ONLY);
    expect(() => restoreNote(t.store, gone)).toThrow(READ_ONLY);
    expect(() => addActionItem(t.store, id, { title: 'Call back', owner: '', dueOn: null }, NOW)).toThrow(READ_ONLY);
    expect([rows('checkin_notes'), rows('tasks')]).toEqual(before);
    expect(getNote(t.store, id).body).toBe('Kick-off');

    restoreAccount(t.store, accountId, NOW);
    expect(saveNote(t.store, { id, accountId, baseRevision: 1, draft: draft('Edited') }, NOW).body).toBe('Edited');
  });

  it('refuses every change to its readiness checklist', () => {
    openChecklist(t.store, accountId, NOW);
    const c = addChecklistItem(t.store, { accountId, sectionKey: 'policies', text: 'Custom policy' }, NOW, actingPerson(t.store));
    const custom = c.sections.flatMap((s) => s.items).find((i) => i.text === 'Custom policy')!;
    const first = c.sections[0]!.items[0]!;
    removeChecklistItem(t.store, custom.id, NOW);
    archiveAccount(t.store, accountId, NOW);
    const before = rows('checklist_items');

    expect(() => updateChecklistItem(t.store, { id: first.id, changes: { status: 'done' } }, NOW, actingPerson(t.store))).toThrow(READ_ONLY);
    expect(() => addChecklistItem(t.store, { accountId, sectionKey: 'policies', text: 'Another' }, NOW, actingPerson(t.store))).toThrow(READ_ONLY);
    expect(() => restoreChecklistItem(t.store, custom.id)).toThrow(READ_ONLY);
    expect(rows('checklist_items')).toEqual(before);
    expect(openChecklist(t.store, accountId, NOW).sections[0]!.items[0]!.status).toBe('todo');

    restoreAccount(t.store, accountId, NOW);
    expect(updateChecklistItem(t.store, { id: first.id, changes: { status: 'done' } }, NOW, actingPerson(t.store)).progress.done).toBe(1);
  });

  it('refuses every change to its feedback, and to linking it to a theme', () => {
    const request = createRequest(t.store, accountId, pdfRequest(), NOW);
    const linked = createRequest(t.store, accountId, pdfRequest({ request: 'Dark mode' }), NOW);
    const theme = createTheme(t.store, { title: 'Access friction', problemStatement: '' }, [linked.id], NOW).theme;
    archiveAccount(t.store, accountId, NOW);
    const before = rows('feedback_requests');

    expect(() => createRequest(t.store, accountId, pdfRequest(), NOW)).toThrow(READ_ONLY);
    expect(() => updateRequest(t.store, request.id, pdfRequest({ request: 'Changed' }), NOW)).toThrow(READ_ONLY);
    expect(() => removeRequest(t.store, request.id)).toThrow(READ_ONLY);
    expect(() => linkRequest(t.store, request.id, theme.id, NOW)).toThrow(READ_ONLY);
    expect(() => unlinkRequest(t.store, linked.id, NOW)).toThrow(READ_ONLY);
    expect(rows('feedback_requests')).toEqual(before);
    expect(getRequest(t.store, request.id).request).toBe('Can we download the DP page as PDF?');
  });
});
