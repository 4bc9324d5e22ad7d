import { ONBOARDING_STEPS } from '../../src/shared/tasks/playbook';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveAccount, createAccount, restoreAccount, updateAccount } from '../../src/main/accounts/service';
import { accountsPage, listAccounts } from '../../src/main/accounts/repository';
import { listTasks } from '../../src/main/tasks/repository';
import { setTaskDone } from '../../src/main/tasks/service';
import { AppError } from '../../src/main/ipc/app-error';
import { accountFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
const fields = accountFields;

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

describe('accounts', () => {
  it('derives the segment from ARR unless the CSM overrides it', () => {
    expect(createAccount(t.store, fields({ name: 'A', arr: 100_000 }), now).segment).toBe('Enterprise');
    expect(createAccount(t.store, fields({ name: 'B', arr: 99_999.99 }), now).segment).toBe('Mid-Market');
    expect(createAccount(t.store, fields({ name: 'C', arr: 25_000 }), now).segment).toBe('Mid-Market');
    expect(createAccount(t.store, fields({ name: 'D', arr: 24_999 }), now).segment).toBe('SMB');
    expect(createAccount(t.store, fields({ name: 'E', arr: 10, segmentOverride: 'Enterprise' }), now).segment).toBe('Enterprise');
  });

  it('refuses a second active account with the same name, whatever its case or spacing', () => {
    createAccount(t.store, fields(), now);
    expect(() => createAccount(t.store, fields({ name: '  zürich   INSURANCE ' }), now)).toThrow(AppError);
    expect(listAccounts(t.store, {})).toHaveLength(1);
  });

  it('hides an archived account from the list, frees its name, and restores it unless the name was reused', () => {
    const a = createAccount(t.store, fields(), now);
    archiveAccount(t.store, a.id, now);
    expect(listAccounts(t.store, {})).toHaveLength(0);
    expect(listAccounts(t.store, { includeArchived: true })).toHaveLength(1);
    const b = createAccount(t.store, fields(), now);
    expect(() => restoreAccount(t.store, a.id, now)).toThrow(/another active account/);
    archiveAccount(t.store, b.id, now);
    expect(restoreAccount(t.store, a.id, now).archivedAt).toBeNull();
  });

  it('lays out the onboarding timeline and renewal tasks, and moves renewal tasks with the renewal date', () => {
    const a = createAccount(t.store, fields(), now);
    const tasks = listTasks(t.store, { accountId: a.id });
    expect(tasks.find((x) => x.sourceId === 'welcome')?.dueOn).toBe('2026-11-01');
    expect(tasks.find((x) => x.sourceId === 'check-in-90')?.dueOn).toBe('2027-01-30');
    expect(tasks.find((x) => x.sourceId === 'renewal-90')?.dueOn).toBe('2027-08-03');
    updateAccount(t.store, a.id, fields({ renewalDate: '2028-01-31' }), now);
    const moved = listTasks(t.store, { accountId: a.id });
    expect(moved.find((x) => x.sourceId === 'renewal-30')?.dueOn).toBe('2028-01-01');
    expect(moved).toHaveLength(tasks.length);
  });

  it('filters by segment, stage and text, and sorts by ARR', () => {
    createAccount(t.store, fields({ name: 'Acme', arr: 5_000, stage: 'Adoption' }), now);
    createAccount(t.store, fields({ name: 'Globex', arr: 50_000 }), now);
    createAccount(t.store, fields({ name: '100%_Real', arr: 500_000 }), now);
    expect(listAccounts(t.store, { segment: 'SMB' }).map((a) => a.name)).toEqual(['Acme']);
    expect(listAccounts(t.store, { stage: 'Adoption' }).map((a) => a.name)).toEqual(['Acme']);
    expect(listAccounts(t.store, { query: '%_' }).map((a) => a.name)).toEqual(['100%_Real']);
    expect(listAccounts(t.store, { sort: 'arr', direction: 'desc' }).map((a) => a.name)).toEqual(['100%_Real', 'Globex', 'Acme']);
  });
});

describe('the playbook of an existing customer', () => {
  it('sends the accounts table only the window it shows, in order, with how many match in all', () => {
    for (let i = 0; i < 30; i++) createAccount(t.store, fields({ name: `Account ${String(i).padStart(2, '0')}`, arr: 1_000 * i }), now);
    createAccount(t.store, fields({ name: 'Zürich Re', arr: 5 }), now);
    const page = accountsPage(t.store, { offset: 10, limit: 5 });
    expect(page.total).toBe(31);
    expect(page.rows.map((r) => r.name)).toEqual(['Account 10', 'Account 11', 'Account 12', 'Account 13', 'Account 14']);
    expect(accountsPage(t.store, { query: 'zurich', offset: 0, limit: 50 })).toMatchObject({ total: 1, rows: [{ name: 'Zürich Re' }] });
    const byArr = accountsPage(t.store, { sort: 'arr', direction: 'desc', offset: 0, limit: 2 });
    expect(byArr.rows.map((r) => r.name)).toEqual(['Account 29', 'Account 28']);
    expect(accountsPage(t.store, { offset: 40, limit: 5 })).toEqual({ rows: [], total: 31, totalArr: 435_005 });
  });

  it('leaves out onboarding steps more than a month in the past', () => {
    const a = createAccount(t.store, fields({ contractStart: '2024-11-01', renewalDate: '2027-01-15' }), now);
    // The rolling sync / QBR tasks count from the last meeting, not from the plan (tested in cadence-tasks).
    const tasks = listTasks(t.store, { accountId: a.id }).filter((x) => x.sourceKind !== 'cadence');
    // Contract from two years ago: the whole first-year plan is history; of the renewal steps
    // (Oct 17, Nov 16, Dec 16) the first is more than a month gone.
    expect(tasks.map((x) => x.sourceId)).toEqual(['renewal-60', 'renewal-30', 'renewal-day']);
    expect(tasks.every((x) => x.dueOn !== null && x.dueOn >= '2026-10-26')).toBe(true);
  });
});

describe('playbook dates', () => {
  it('moves open onboarding tasks when the contract start changes, never done ones, in calendar months', () => {
    const a = createAccount(t.store, fields({ contractStart: '2026-11-01', renewalDate: null }), now);
    const playbook = () => listTasks(t.store, { accountId: a.id, status: 'all' }).filter((x) => x.sourceKind === 'playbook');
    const welcome = playbook().find((x) => x.sourceId === 'welcome')!;
    setTaskDone(t.store, welcome.id, true, now);
    expect(playbook().find((x) => x.sourceId === 'outlook-6m')?.dueOn).toBe('2027-05-01');
    expect(playbook().filter((x) => x.sourceId?.startsWith('check-in-')).map((x) => x.dueOn).sort()).toEqual(['2026-11-08', '2026-11-15', '2026-12-01', '2027-01-30']);

    updateAccount(t.store, a.id, fields({ contractStart: '2026-11-15', renewalDate: null }), now);
    const after = playbook();
    expect(after).toHaveLength(ONBOARDING_STEPS.length);
    expect(after.find((x) => x.sourceId === 'welcome')?.dueOn).toBe('2026-11-01');
    expect(after.find((x) => x.sourceId === 'introduction')?.dueOn).toBe('2026-11-20');
    expect(after.find((x) => x.sourceId === 'outlook-6m')?.dueOn).toBe('2027-05-15');
  });

  it('counts the month-10/11/12 questions from the renewal date, with no near-duplicates', () => {
    const a = createAccount(t.store, fields({ contractStart: '2026-11-01', renewalDate: '2027-11-01' }), now);
    const all = listTasks(t.store, { accountId: a.id });
    expect(all.filter((x) => /month 1[012]/.test(x.title))).toEqual([]);
    expect(all.filter((x) => x.sourceKind === 'renewal').map((x) => [x.sourceId, x.dueOn])).toEqual([
      ['renewal-90', '2027-08-03'],
      ['renewal-60', '2027-09-02'],
      ['renewal-30', '2027-10-02'],
      ['renewal-day', '2027-11-01'],
    ]);
    expect(all.find((x) => x.sourceId === 'renewal-90')?.title).toBe(
      'Renewal in 90 days: health score review, stakeholder mapping, value realisation, competitive intelligence',
    );
  });
});

describe('renewal tasks year after year', () => {
  it('gives the next renewal date fresh 90/60/30-day tasks after this year’s were done', () => {
    const a = createAccount(t.store, fields({ contractStart: '2026-11-01', renewalDate: '2027-06-01' }), now);
    const renewal = () => listTasks(t.store, { accountId: a.id, status: 'all' }).filter((x) => x.sourceKind === 'renewal');
    for (const task of renewal()) setTaskDone(t.store, task.id, true, now);

    updateAccount(t.store, a.id, fields({ contractStart: '2026-11-01', renewalDate: '2028-06-01' }), now);
    const open = renewal().filter((x) => x.doneAt === null);
    // A two-year contract: a yearly review before the first anniversary, then the renewal's own steps.
    expect(open.map((x) => x.dueOn).sort()).toEqual([
      '2027-08-03', '2027-09-02', '2027-10-02', '2027-11-01',
      '2028-03-03', '2028-04-02', '2028-05-02', '2028-06-01',
    ]);
    expect(open.find((x) => x.dueOn === '2027-11-01')?.title).toBe('Contract year 1 ends: yearly review with the customer');
    expect(renewal().filter((x) => x.doneAt !== null)).toHaveLength(4);
  });

  it('replaces open renewal tasks when the date moves, and removes them when it is cleared', () => {
    const a = createAccount(t.store, fields({ renewalDate: '2027-06-01' }), now);
    const open = () => listTasks(t.store, { accountId: a.id }).filter((x) => x.sourceKind === 'renewal');
    updateAccount(t.store, a.id, fields({ renewalDate: '2027-07-01' }), now);
    expect(open().map((x) => x.dueOn).sort()).toEqual(['2027-04-02', '2027-05-02', '2027-06-01', '2027-07-01']);
    updateAccount(t.store, a.id, fields({ renewalDate: null }), now);
    expect(open()).toEqual([]);
  });
});
