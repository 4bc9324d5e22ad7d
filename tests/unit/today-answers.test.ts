import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/main/accounts/service';
import { createTask, setTaskDone } from '../../src/main/tasks/service';
import { rankToday, todayParams } from '../../src/main/today/ranking';
import { TODAY_SQL, type RankedRow } from '../../src/main/today/repository';
import { accountFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
let t: TestStore;
beforeEach(() => {
  t = createTestStore();
});
afterEach(() => t.close());

describe('Today kept between writes', () => {
  it('answers again without asking SQLite while nothing changed, and follows every write and the date', () => {
    const a = createAccount(t.store, accountFields({ contractStart: null, renewalDate: null }), now);
    const task = createTask(t.store, { accountId: a.id, title: 'Call Marco about SSO', owner: '', dueOn: '2026-11-24', source: { kind: 'manual', id: null } }, now);
    const first = rankToday(t.store, {}, now);
    expect(first.items.some((i) => i.id === task.id)).toBe(true);
    expect(rankToday(t.store, {}, now)).toBe(first);

    setTaskDone(t.store, task.id, true, now);
    const after = rankToday(t.store, {}, now);
    expect(after.items.some((i) => i.id === task.id)).toBe(false);
    expect(after.counts.overdue).toBe(first.counts.overdue - 1);

    // Midnight: the same data ranks differently (what was due tomorrow is due today).
    const tomorrow = new Date('2026-11-26T10:00:00.000Z');
    expect(rankToday(t.store, {}, tomorrow)).not.toBe(after);
  });

  it('counts a page past the end too', () => {
    const a = createAccount(t.store, accountFields({ contractStart: null, renewalDate: null }), now);
    createTask(t.store, { accountId: a.id, title: 'Send the recap', owner: '', dueOn: '2026-11-25', source: { kind: 'manual', id: null } }, now);
    const whole = rankToday(t.store, {}, now);
    const past = rankToday(t.store, { offset: 10_000, limit: 50 }, now);
    expect(past.items).toEqual([]);
    expect(past.total).toBe(whole.total);
    expect(past.counts).toEqual(whole.counts);
  });

  it('pages in exactly the order of ranking every item, ties and all, with the same counts', () => {
    // Accounts of two ARRs, each with tasks overdue, due today, this week and this month: many
    // items share a priority, so the pages cut through ties.
    const dues = ['2026-11-01', '2026-11-20', '2026-11-25', '2026-11-25', '2026-11-28', '2026-12-10', '2026-12-20'];
    for (let i = 0; i < 12; i++) {
      const a = createAccount(t.store, accountFields({ name: `Account ${i}`, arr: i % 2 ? 300_000 : 40_000, contractStart: null, renewalDate: null }), now);
      for (const dueOn of dues) createTask(t.store, { accountId: a.id, title: `Task ${dueOn}`, owner: '', dueOn, source: { kind: 'manual', id: null } }, now);
    }
    const params = todayParams(now);
    const whole = t.store.sqlite.prepare(TODAY_SQL.page).all({ ...params, limit: 1_000, offset: 0 }) as RankedRow[];
    expect(whole.length).toBeGreaterThan(80);
    for (const [offset, limit] of [[0, 10], [7, 13], [30, 25], [80, 50], [0, 1_000]] as const) {
      const page = rankToday(t.store, { offset, limit }, now);
      expect(page.items.map((i) => [i.kind, i.id, i.priority])).toEqual(whole.slice(offset, offset + limit).map((r) => [r.kind, r.id, r.priority]));
      expect(page.total).toBe(whole[0]!.c_total);
      expect(page.counts).toEqual({
        alerts: whole[0]!.c_alerts ?? 0,
        overdue: whole[0]!.c_overdue ?? 0,
        dueToday: whole[0]!.c_due_today ?? 0,
        renewals: whole[0]!.c_renewals ?? 0,
        urgent: whole[0]!.c_urgent ?? 0,
      });
    }
  });
});
