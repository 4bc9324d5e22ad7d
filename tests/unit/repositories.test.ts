import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchingRequestsByTheme } from '../../src/main/feedback/inbox-repository';
import { createRequest } from '../../src/main/feedback/requests';
import { insertTheme } from '../../src/main/feedback/themes-repository';
import { linkRequest } from '../../src/main/feedback/themes';
import { archiveAccount } from '../../src/main/accounts/service';
import { findTask, markOpenTasksDone, moveOpenTaskDue } from '../../src/main/tasks/repository';
import { createTask, setTaskDone } from '../../src/main/tasks/service';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * The repository functions the SQL split added that hold a little logic of their own, tried on
 * a real database: which rows they touch, and what they report.
 */
let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

function task(accountId: string, dedupeKey: string, dueOn: string) {
  return createTask(t.store, { accountId, title: dedupeKey, owner: 'Alex', dueOn, source: { kind: 'manual', id: null }, dedupeKey }, NOW);
}

describe('tasks repository', () => {
  it('moves an open task to a new day and says so; a done task, or one already on that day, stays', () => {
    const { id: accountId } = account(t.store, 'Acme', 50_000);
    const open = task(accountId, 'test:open', '2026-12-01');
    const done = task(accountId, 'test:done', '2026-12-01');
    setTaskDone(t.store, done.id, true, NOW);

    expect(moveOpenTaskDue(t.store, 'test:open', '2026-12-08', NOW.toISOString())).toBe(true);
    expect(findTask(t.store, open.id)?.dueOn).toBe('2026-12-08');
    expect(moveOpenTaskDue(t.store, 'test:open', '2026-12-08', NOW.toISOString())).toBe(false);
    expect(moveOpenTaskDue(t.store, 'test:done', '2026-12-08', NOW.toISOString())).toBe(false);
    expect(findTask(t.store, done.id)?.dueOn).toBe('2026-12-01');
    expect(moveOpenTaskDue(t.store, 'test:nobody', '2026-12-08', NOW.toISOString())).toBe(false);
  });

  it('marks the open tasks with the given keys done, leaving others and an earlier completion alone', () => {
    const { id: accountId } = account(t.store, 'Acme', 50_000);
    const first = task(accountId, 'test:a', '2026-12-01');
    const second = task(accountId, 'test:b', '2026-12-01');
    const other = task(accountId, 'test:c', '2026-12-01');
    const earlier = setTaskDone(t.store, second.id, true, new Date('2026-11-20T09:00:00.000Z'));

    markOpenTasksDone(t.store, ['test:a', 'test:b'], NOW.toISOString());

    expect(findTask(t.store, first.id)?.doneAt).toBe(NOW.toISOString());
    expect(findTask(t.store, second.id)?.doneAt).toBe(earlier.doneAt);
    expect(findTask(t.store, other.id)?.doneAt).toBeNull();
  });
});

describe('feedback inbox repository', () => {
  it('groups the matching requests of many themes by theme, oldest first, past the 500-theme batch, without archived accounts', () => {
    const active = account(t.store, 'Acme', 50_000);
    const archived = account(t.store, 'Gone', 80_000);
    const themeIds = Array.from({ length: 520 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const id of themeIds) insertTheme(t.store, id, { title: `Theme ${id}`, problemStatement: '' }, NOW.toISOString());
    const late = themeIds[510]!;
    const early = themeIds[3]!;
    const r1 = createRequest(t.store, active.id, pdfRequest({ request: 'first' }), new Date('2026-11-20T10:00:00.000Z'));
    const r2 = createRequest(t.store, active.id, pdfRequest({ request: 'second' }), new Date('2026-11-21T10:00:00.000Z'));
    const r3 = createRequest(t.store, active.id, pdfRequest({ request: 'third' }), new Date('2026-11-22T10:00:00.000Z'));
    const hidden = createRequest(t.store, archived.id, pdfRequest({ request: 'archived' }), NOW);
    linkRequest(t.store, r2.id, late, NOW);
    linkRequest(t.store, r1.id, late, NOW);
    linkRequest(t.store, r3.id, early, NOW);
    linkRequest(t.store, hidden.id, late, NOW);
    archiveAccount(t.store, archived.id, NOW);

    const byTheme = matchingRequestsByTheme(t.store, themeIds, {});

    expect([...byTheme.keys()].sort()).toEqual([early, late].sort());
    expect(byTheme.get(late)?.map((r) => r.request)).toEqual(['first', 'second']);
    expect(byTheme.get(early)?.map((r) => r.request)).toEqual(['third']);
  });
});
