import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/shared/tasks/schema';
import { groupForToday } from '../../src/renderer/src/today/today-groups';

const task = (id: string, dueOn: string | null, extra: Partial<Task> = {}): Task => ({
  id,
  accountId: 'a',
  accountName: 'Acme',
  title: id,
  owner: '',
  dueOn,
  doneAt: null,
  snoozedUntil: null,
  sourceKind: 'manual',
  sourceId: null,
  details: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

describe('the Today grouping', () => {
  it('puts overdue first, then today, the next 7 days and later; hides snoozed until their day', () => {
    const groups = groupForToday(
      [
        task('late', '2026-11-20'),
        task('now', '2026-11-25'),
        task('soon', '2026-12-02'),
        task('later', '2026-12-03'),
        task('snoozed', '2026-11-24', { snoozedUntil: '2026-11-28' }),
        task('woken', '2026-11-24', { snoozedUntil: '2026-11-25' }),
        task('undated', null),
      ],
      '2026-11-25',
    );
    expect(groups.map((g) => [g.key, g.tasks.map((t) => t.id)])).toEqual([
      ['overdue', ['late', 'woken']],
      ['today', ['now']],
      ['week', ['soon']],
      ['later', ['later']],
    ]);
  });
});
