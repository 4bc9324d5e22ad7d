import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/main/accounts/service';
import { createTask, setTaskDone } from '../../src/main/tasks/service';
import { rankToday } from '../../src/main/today/ranking';
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
});
