import type { ListTasksInput, Task, TaskSourceKind } from '../../shared/tasks/schema';
import type { TasksTable } from '../db/schema';
import type { Store } from '../db/store';

export type TaskRow = TasksTable & { account_name: string };

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    title: row.title,
    owner: row.owner,
    dueOn: row.due_on,
    doneAt: row.done_at,
    snoozedUntil: row.snoozed_until,
    sourceKind: row.source_kind as TaskSourceKind,
    sourceId: row.source_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectTasks(store: Store) {
  return store.q
    .selectFrom('tasks as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .selectAll('t')
    .select('a.name as account_name');
}

export function findTask(store: Store, id: string): Task | undefined {
  const row = store.first(selectTasks(store).where('t.id', '=', id));
  return row && toTask(row);
}

/**
 * Tasks of one account, or across the book. Open tasks come in due order (undated last);
 * done ones most recent first. Archived accounts' tasks are left out of the cross-account list.
 */
export function listTasks(store: Store, input: ListTasksInput): Task[] {
  const status = input.status ?? 'open';
  let query = selectTasks(store).where('t.source_removed_at', 'is', null);
  if (input.accountId) query = query.where('t.account_id', '=', input.accountId);
  else query = query.where('a.archived_at', 'is', null);
  if (status === 'open') query = query.where('t.done_at', 'is', null);
  if (status === 'done') query = query.where('t.done_at', 'is not', null);
  if (input.dueBy) query = query.where('t.due_on', '<=', input.dueBy);
  query =
    status === 'done'
      ? query.orderBy('t.done_at', 'desc')
      : query.orderBy((eb) => eb('t.due_on', 'is', null)).orderBy('t.due_on', 'asc').orderBy('t.created_at', 'asc');
  return store.all(query.limit(input.limit ?? 500)).map(toTask);
}

