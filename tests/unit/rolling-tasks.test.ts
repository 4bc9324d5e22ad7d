import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount, updateAccount } from '../../src/main/accounts/service';
import { removeNote, restoreNote, saveNote } from '../../src/main/checkins/service';
import { listTasks } from '../../src/main/tasks/repository';
import { setTaskDone, snoozeTask, updateTask } from '../../src/main/tasks/service';
import type { CheckinKind } from '../../src/shared/checkins/kinds';
import { accountFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
let t: TestStore;
beforeEach(() => {
  t = createTestStore();
});
afterEach(() => t.close());

const all = (accountId: string) => listTasks(t.store, { accountId, status: 'all' });
const cadence = (accountId: string) =>
  Object.fromEntries(
    all(accountId)
      .filter((x) => x.sourceKind === 'cadence' && x.doneAt === null)
      .map((x) => [x.sourceId, x.dueOn]),
  );
const note = (accountId: string, kind: CheckinKind, heldOn: string, id = randomUUID()) => {
  saveNote(t.store, { id, accountId, baseRevision: 0, draft: { kind, heldAt: `${heldOn}T09:00:00.000Z`, attendees: [], body: 'Notes' } }, now);
  return id;
};

describe('the rolling "next sync" and "next QBR" tasks', () => {
  it("lays them out from the contract start at the segment's cadence (Enterprise: 2 weeks, quarterly)", () => {
    const a = createAccount(t.store, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null }), now);
    expect(cadence(a.id)).toEqual({ sync: '2026-11-15', qbr: '2027-02-01' });
    expect(all(a.id).find((x) => x.sourceId === 'sync')?.title).toMatch(/^Next sync \(every 2 weeks for Enterprise\)/);
  });

  it('moves the same task on when a sync or a review is recorded, never making a second', () => {
    const a = createAccount(t.store, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null }), now);
    const syncId = all(a.id).find((x) => x.sourceId === 'sync')!.id;
    const sync = note(a.id, 'bi-weekly-sync', '2026-11-20');
    expect(cadence(a.id)).toEqual({ sync: '2026-12-04', qbr: '2027-02-01' });
    // Every autosave of the same note changes nothing.
    saveNote(t.store, { id: sync, accountId: a.id, baseRevision: 1, draft: { kind: 'bi-weekly-sync', heldAt: '2026-11-20T09:00:00.000Z', attendees: [], body: 'More notes' } }, now);
    note(a.id, 'quarterly-review', '2026-11-24');
    expect(cadence(a.id)).toEqual({ sync: '2026-12-08', qbr: '2027-02-24' });
    const open = all(a.id).filter((x) => x.sourceKind === 'cadence' && x.doneAt === null);
    expect(open).toHaveLength(2);
    expect(open.find((x) => x.sourceId === 'sync')!.id).toBe(syncId);
  });

  it('keeps a ticked task done, and the next meeting brings the next one', () => {
    const a = createAccount(t.store, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null }), now);
    const first = all(a.id).find((x) => x.sourceId === 'sync')!;
    setTaskDone(t.store, first.id, true, now);
    updateAccount(t.store, a.id, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null, notes: 'edited' }), now);
    expect(cadence(a.id)).toEqual({ qbr: '2027-02-01' });
    note(a.id, 'bi-weekly-sync', '2026-11-15');
    expect(cadence(a.id)).toEqual({ sync: '2026-11-29', qbr: '2027-02-01' });
    expect(all(a.id).filter((x) => x.sourceId === 'sync').map((x) => [x.dueOn, x.doneAt !== null])).toEqual(
      expect.arrayContaining([
        ['2026-11-15', true],
        ['2026-11-29', false],
      ]),
    );
  });

  it('follows the segment (Mid-Market monthly and half-yearly, SMB quarterly check-ins and no QBR) and keeps an edited title', () => {
    const a = createAccount(t.store, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null }), now);
    note(a.id, 'quarterly-review', '2026-11-25');
    const sync = all(a.id).find((x) => x.sourceId === 'sync')!;
    updateTask(t.store, sync.id, { title: 'Sync with Marco about SSO', owner: '', dueOn: sync.dueOn }, now);
    updateAccount(t.store, a.id, accountFields({ arr: 50_000, contractStart: '2026-11-01', renewalDate: null }), now);
    expect(cadence(a.id)).toEqual({ sync: '2026-12-25', qbr: '2027-05-25' });
    expect(all(a.id).find((x) => x.id === sync.id)?.title).toBe('Sync with Marco about SSO');
    expect(all(a.id).find((x) => x.sourceId === 'qbr' && x.doneAt === null)?.title).toMatch(/^Next business review \(half-yearly for Mid-Market\)/);
    updateAccount(t.store, a.id, accountFields({ arr: 10_000, contractStart: '2026-11-01', renewalDate: null }), now);
    expect(cadence(a.id)).toEqual({ sync: '2027-02-25' });
  });

  it('moves back when the meeting note is deleted and on again when it is restored; a churned account keeps none', () => {
    const a = createAccount(t.store, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null }), now);
    const id = note(a.id, 'bi-weekly-sync', '2026-11-20');
    removeNote(t.store, id, now);
    expect(cadence(a.id)).toEqual({ sync: '2026-11-15', qbr: '2027-02-01' });
    restoreNote(t.store, id, now);
    expect(cadence(a.id)).toEqual({ sync: '2026-12-04', qbr: '2027-02-01' });
    updateAccount(t.store, a.id, accountFields({ arr: 150_000, contractStart: '2026-11-01', renewalDate: null, stage: 'Churned' }), now);
    expect(cadence(a.id)).toEqual({});
  });
});

describe('renewal tasks when the renewal date changes', () => {
  const renewal = (accountId: string) => all(accountId).filter((x) => x.sourceKind === 'renewal');

  it('moves the same tasks to the new date: open ones re-dated, done ones stay done where they were, nothing duplicated', () => {
    const a = createAccount(t.store, accountFields({ contractStart: '2026-11-01', renewalDate: '2027-06-01' }), now);
    const before = renewal(a.id);
    const ninety = before.find((x) => x.sourceId === 'renewal-90')!;
    const sixty = before.find((x) => x.sourceId === 'renewal-60')!;
    setTaskDone(t.store, ninety.id, true, now);
    snoozeTask(t.store, sixty.id, '2026-12-01', now);
    updateTask(t.store, sixty.id, { title: 'Renewal meeting with the CFO', owner: 'Alex', dueOn: sixty.dueOn }, now);

    updateAccount(t.store, a.id, accountFields({ contractStart: '2026-11-01', renewalDate: '2027-07-01' }), now);
    const after = renewal(a.id);
    expect(after).toHaveLength(4);
    expect(after.map((x) => x.id).sort()).toEqual(before.map((x) => x.id).sort());
    expect(after.find((x) => x.id === ninety.id)).toMatchObject({ dueOn: ninety.dueOn, doneAt: expect.any(String) });
    expect(after.find((x) => x.id === sixty.id)).toMatchObject({ dueOn: '2027-05-02', title: 'Renewal meeting with the CFO', owner: 'Alex', snoozedUntil: '2026-12-01' });
    expect(after.filter((x) => x.doneAt === null).map((x) => x.dueOn).sort()).toEqual(['2027-05-02', '2027-06-01', '2027-07-01']);
  });

  it("moves a multi-year contract's yearly review with the contract start", () => {
    const a = createAccount(t.store, accountFields({ contractStart: '2026-11-01', renewalDate: '2028-11-01' }), now);
    const review = renewal(a.id).find((x) => x.dueOn === '2027-11-01')!;
    expect(review.title).toBe('Contract year 1 ends: yearly review with the customer');
    updateAccount(t.store, a.id, accountFields({ contractStart: '2026-12-01', renewalDate: '2028-11-01' }), now);
    expect(renewal(a.id).find((x) => x.id === review.id)?.dueOn).toBe('2027-12-01');
    expect(renewal(a.id)).toHaveLength(8);
  });

  it('gives a new term (a date a year on) fresh tasks, the done ones staying as history', () => {
    const a = createAccount(t.store, accountFields({ contractStart: '2026-11-01', renewalDate: '2027-06-01' }), now);
    for (const task of renewal(a.id)) setTaskDone(t.store, task.id, true, now);
    updateAccount(t.store, a.id, accountFields({ contractStart: '2026-11-01', renewalDate: '2028-06-01' }), now);
    expect(renewal(a.id).filter((x) => x.doneAt !== null)).toHaveLength(4);
    expect(renewal(a.id).filter((x) => x.doneAt === null).map((x) => x.dueOn)).toContain('2028-06-01');
  });
});
