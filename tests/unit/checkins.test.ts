import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountFields } from '../../src/shared/accounts/schema';
import type { NoteDraft, SaveNoteInput } from '../../src/shared/checkins/schema';
import { checkinTemplate, FOLLOW_UP_HEADING, followUpLines, suggestedAttendees } from '../../src/shared/checkins/template';
import { createAccount } from '../../src/main/accounts/service';
import { createContact } from '../../src/main/contacts/service';
import { listTimeline, TIMELINE_SQL } from '../../src/main/checkins/repository';
import { addActionItem, getNote, removeNote, restoreNote, saveNote } from '../../src/main/checkins/service';
import { listTasks } from '../../src/main/tasks/repository';
import { setTaskDone } from '../../src/main/tasks/service';
import { startRuntime } from '../../src/main/runtime';
import { AppError } from '../../src/main/ipc/app-error';
import { createTestStore, testRuntimeOptions, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
const account = (name: string): AccountFields => ({
  name,
  arr: 120_000,
  segmentOverride: null,
  stage: 'Adoption',
  ownerCsm: 'Alex',
  contractStart: null,
  renewalDate: null,
  productVersion: '2.1.0',
  notes: '',
});
const draft = (over: Partial<NoteDraft> = {}): NoteDraft => ({
  kind: 'bi-weekly-sync',
  heldAt: '2026-11-25T09:00:00.000Z',
  attendees: [],
  body: 'Platform team asked about blueprints.',
  ...over,
});

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, account('Zürich Insurance'), now).id;
});
afterEach(() => t.close());

const save = (input: Partial<SaveNoteInput> & { id: string }, at = now) =>
  saveNote(t.store, { accountId, baseRevision: 0, draft: draft(), ...input }, at);

describe('check-in notes', () => {
  it('starts a bi-weekly sync from seed 000 agenda, in order, each heading with its prompt, and the installed version filled in', () => {
    const body = checkinTemplate('bi-weekly-sync', { productVersion: '2.1.0' });
    const headings = body.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## Health score: track usage, adoption, and OKRs',
      '## Q&A: address blockers, bugs, and feature requests',
      '### Blockers',
      '### Bugs',
      '### Feature requests',
      '## Platform check-up',
      '### Templates: icons, UX, defaults',
      '### Blueprints',
      '### Policies: presence, clarity, usefulness',
      '### Custom views, themes, marketplace: usability',
      '### Installed version',
      '## Open feedback',
      FOLLOW_UP_HEADING,
    ]);
    expect(body).toContain('### Installed version\n\n2.1.0');
    expect(checkinTemplate('ad-hoc', { productVersion: '' })).toBe('');
  });

  it("starts an onboarding note with seed 002's day-90 questions", () => {
    const headings = checkinTemplate('onboarding', { productVersion: '' })
      .split('\n')
      .filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## Any outstanding issues?',
      '## Any feature requests?',
      '## Changes in the organisation?',
      '## Opportunity for further user adoption?',
      '## Are the key decision makers and license contacts still current?',
      FOLLOW_UP_HEADING,
    ]);
  });

  it("carries the previous note's points to follow up and its open action items into the next note", () => {
    const previous = {
      heldOn: 'Nov 19, 2026',
      body: `## Health score\n\nFine\n\n${FOLLOW_UP_HEADING}\n\n- Ask about the Kerberos realm\nCheck the SSO rollout date\n\n## Other\n\nnot this`,
      openActionItems: ['Send the governance guide'],
    };
    const body = checkinTemplate('ad-hoc', { productVersion: '', previous });
    expect(body.split('\n').slice(0, 6)).toEqual([
      '## Open follow-ups from the last check-in (Nov 19, 2026)',
      '',
      '- Ask about the Kerberos realm',
      '- Check the SSO rollout date',
      '- [ ] Send the governance guide',
      '',
    ]);
    expect(body).not.toContain('not this');
    expect(followUpLines(body)).toEqual([]);
    const nothingOpen = checkinTemplate('ad-hoc', { productVersion: '', previous: { heldOn: 'x', body: 'Short note', openActionItems: [] } });
    expect(nothingOpen).toBe('');
  });

  it('suggests the lead as an attendee of quarterly and half-yearly reviews only', () => {
    expect(suggestedAttendees('quarterly-review', 'Dana Whitfield')).toEqual(['Dana Whitfield']);
    expect(suggestedAttendees('half-yearly-review', '  ')).toEqual(['Witboost Lead']);
    expect(suggestedAttendees('bi-weekly-sync', 'Dana Whitfield')).toEqual([]);
  });

  it('creates a note on its first save and moves the revision on with each later save', () => {
    const id = randomUUID();
    const first = save({ id });
    expect(first.revision).toBe(1);
    const second = save({ id, baseRevision: 1, draft: draft({ body: 'More text' }) });
    expect(second.revision).toBe(2);
    expect(getNote(t.store, id).body).toBe('More text');
  });

  it('writes the same draft once, however many times it is saved', () => {
    const id = randomUUID();
    save({ id });
    save({ id });
    save({ id, baseRevision: 0 });
    expect(listTimeline(t.store, { accountId }).notes).toHaveLength(1);
    expect(getNote(t.store, id).revision).toBe(1);
    const edited = save({ id, baseRevision: 1, draft: draft({ body: 'Edited' }) });
    // A retry of the save that was already written.
    expect(save({ id, baseRevision: 1, draft: draft({ body: 'Edited' }) }).revision).toBe(edited.revision);
    expect(getNote(t.store, id).revision).toBe(2);
  });

  it('refuses a stale save from a second window, so the newer text is kept', () => {
    const id = randomUUID();
    save({ id });
    save({ id, baseRevision: 1, draft: draft({ body: 'Newer text from window A' }) });
    let error: unknown;
    try {
      save({ id, baseRevision: 1, draft: draft({ body: 'Older text from window B' }) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(getNote(t.store, id).body).toBe('Newer text from window A');
  });

  it('keeps the attendees: contacts by id with their name, and free-text names', () => {
    const giulia = createContact(
      t.store,
      accountId,
      { name: 'Giulia Rossi', title: '', role: '', email: '', phone: '', salutation: '', isChampion: true, isDecisionMaker: false, isSponsor: false, leftOn: null },
      now,
    );
    const id = randomUUID();
    save({ id, draft: draft({ attendees: [{ contactId: giulia.id, name: 'Giulia Rossi' }, { contactId: null, name: 'Bob from IT' }] }) });
    expect(getNote(t.store, id).attendees).toEqual([
      { contactId: giulia.id, name: 'Giulia Rossi' },
      { contactId: null, name: 'Bob from IT' },
    ]);
  });

  it('lists the timeline newest meeting first, a back-dated note in its place, page by page', () => {
    const ids = ['2026-11-20', '2026-10-01', '2026-11-24'].map((day) => {
      const id = randomUUID();
      save({ id, draft: draft({ heldAt: `${day}T09:00:00.000Z` }) });
      return id;
    });
    const page1 = listTimeline(t.store, { accountId, limit: 2 });
    expect(page1.notes.map((n) => n.id)).toEqual([ids[2], ids[0]]);
    expect(page1.hasMore).toBe(true);
    expect(page1.total).toBe(3);
    const last = page1.notes[1]!;
    const page2 = listTimeline(t.store, { accountId, limit: 2, after: { heldAt: last.heldAt, id: last.id } });
    expect(page2.notes.map((n) => n.id)).toEqual([ids[1]]);
    expect(page2.hasMore).toBe(false);
  });

  it('reads the timeline and its action items through indexes, never a table scan', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      (t.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(TIMELINE_SQL.page, accountId, 51)).toMatch(/USING INDEX checkin_notes_timeline/);
    expect(plan(TIMELINE_SQL.page, accountId, 51)).not.toMatch(/TEMP B-TREE/);
    expect(plan(TIMELINE_SQL.nextPage, accountId, now.toISOString(), randomUUID(), 51)).toMatch(/USING INDEX checkin_notes_timeline/);
    expect(plan(TIMELINE_SQL.actionItems, '[]')).toMatch(/SEARCH t USING INDEX tasks_by_source/);
    expect(plan(TIMELINE_SQL.count, accountId)).toMatch(/USING (COVERING )?INDEX checkin_notes_timeline/);
  });

  it('deletes a note with undo: it leaves the timeline and comes back with its action items', () => {
    const id = randomUUID();
    save({ id });
    addActionItem(t.store, id, { title: 'Send the blueprint guide', owner: 'Alex', dueOn: '2026-12-01' }, now);
    removeNote(t.store, id, now);
    expect(listTimeline(t.store, { accountId }).notes).toHaveLength(0);
    expect(listTasks(t.store, {}).some((x) => x.title === 'Send the blueprint guide')).toBe(false);
    expect(() => save({ id, baseRevision: 1, draft: draft({ body: 'typed after delete' }) })).toThrow(/deleted/);
    restoreNote(t.store, id);
    const [note] = listTimeline(t.store, { accountId }).notes;
    expect(note?.id).toBe(id);
    expect(note?.actionItems.map((a) => a.title)).toEqual(['Send the blueprint guide']);
  });

  it("lists a note's action items on the account and across the book in due order, and drops done ones from the open list", () => {
    const other = createAccount(t.store, account('Acme Bank'), now).id;
    const a = randomUUID();
    const b = randomUUID();
    save({ id: a });
    saveNote(t.store, { id: b, accountId: other, baseRevision: 0, draft: draft() }, now);
    const late = addActionItem(t.store, a, { title: 'Review policies', owner: 'Giulia', dueOn: '2027-03-01' }, now);
    addActionItem(t.store, b, { title: 'Upgrade to 2.2', owner: 'Marco', dueOn: '2026-12-02' }, now);
    const open = listTasks(t.store, { dueBy: '2027-12-31' }).filter((x) => x.sourceKind === 'checkin-note');
    expect(open.map((x) => x.title)).toEqual(['Upgrade to 2.2', 'Review policies']);
    expect(listTasks(t.store, { accountId }).some((x) => x.id === late.id && x.sourceId === a)).toBe(true);
    setTaskDone(t.store, late.id, true, now);
    expect(listTasks(t.store, { accountId }).some((x) => x.id === late.id)).toBe(false);
    expect(listTimeline(t.store, { accountId }).notes[0]?.actionItems[0]?.doneAt).not.toBeNull();
  });

  it('goes through the IPC door: a bad kind is refused at the field, a good save is acknowledged', async () => {
    const runtime = startRuntime(testRuntimeOptions(t.dir + '/rt', { now: () => now }));
    try {
      const created = await runtime.invoke('accounts:create', 'app://fieldbook/index.html', account('Helios Energy'));
      if (!created.ok) throw new Error(created.error.message);
      const acc = created.value as { id: string };
      const bad = await runtime.invoke('checkins:save', 'app://fieldbook/index.html', {
        id: randomUUID(),
        accountId: acc.id,
        baseRevision: 0,
        draft: { ...draft(), kind: 'party' },
      });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.error.issues?.[0]?.path).toEqual(['draft', 'kind']);
      const good = await runtime.invoke('checkins:save', 'app://fieldbook/index.html', {
        id: randomUUID(),
        accountId: acc.id,
        baseRevision: 0,
        draft: draft(),
      });
      expect(good.ok).toBe(true);
      const listed = await runtime.invoke('checkins:list', 'app://fieldbook/index.html', { accountId: acc.id });
      expect(listed.ok && (listed.value as { notes: unknown[] }).notes).toHaveLength(1);
    } finally {
      await runtime.close();
    }
  });
});
