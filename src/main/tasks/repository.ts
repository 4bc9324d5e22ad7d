import { sql } from 'kysely';
import type { ListTasksInput, Task, TaskSourceKind } from '../../shared/tasks/schema';
import type { TasksTable } from '../db/schema';
import type { Store } from '../db/store';

export type TaskRow = TasksTable & { account_name: string };

/**
 * `source_kind` for a query that also narrows by account: the unary `+` keeps SQLite (which has
 * no statistics here) from choosing `tasks_by_source`, which holds every account's tasks of that
 * kind, over `tasks_by_account`. With it, keeping one account's generated tasks in step reads
 * that account's tasks only, instead of a scan that grows with the book (a 20,000-row CRM
 * import spent most of its time there).
 */
const sourceKindOfAccount = sql<string>`+source_kind`;

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
    details: row.details,
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


/** Inserts a task unless one with its dedupe key exists; says whether it was written. */
export function insertTaskRow(store: Store, row: TasksTable): boolean {
  return store.run(store.q.insertInto('tasks').values(row).onConflict((oc) => oc.column('dedupe_key').doNothing())).changes > 0;
}

export function findTaskIdByDedupeKey(store: Store, dedupeKey: string): string | undefined {
  return findTaskIdByAnyKey(store, [dedupeKey]);
}

/** The task that answers to any of these keys, as its own dedupe key or as an extra one. */
export function findTaskIdByAnyKey(store: Store, keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  const own = store.first(store.q.selectFrom('tasks').select('id').where('dedupe_key', 'in', [...keys]).limit(1));
  if (own) return own.id;
  return store.first(store.q.selectFrom('task_dedupe_keys').select('task_id as id').where('dedupe_key', 'in', [...keys]).limit(1))?.id;
}

/** Records extra keys a task answers to; a key already taken stays with its task. */
export function insertExtraDedupeKeys(store: Store, taskId: string, keys: readonly string[]): void {
  for (const key of keys) {
    store.run(store.q.insertInto('task_dedupe_keys').values({ dedupe_key: key, task_id: taskId }).onConflict((oc) => oc.column('dedupe_key').doNothing()));
  }
}

type TaskChanges = Partial<Pick<TasksTable, 'title' | 'owner' | 'due_on' | 'done_at' | 'snoozed_until' | 'details'>> & { updated_at: string };

export function updateTaskColumns(store: Store, id: string, changes: TaskChanges): void {
  store.run(store.q.updateTable('tasks').set(changes).where('id', '=', id));
}

export function deleteTask(store: Store, id: string): void {
  store.run(store.q.deleteFrom('tasks').where('id', '=', id));
}

/** Sets (or clears) `source_removed_at` on the tasks from one record; returns their ids. */
export function markSourceRemoved(store: Store, source: { kind: TaskSourceKind; id: string }, removedAt: string | null): string[] {
  store.run(
    store.q
      .updateTable('tasks')
      .set({ source_removed_at: removedAt })
      .where('source_kind', '=', source.kind)
      .where('source_id', '=', source.id),
  );
  return store
    .all(store.q.selectFrom('tasks').select('id').where('source_kind', '=', source.kind).where('source_id', '=', source.id))
    .map((r) => r.id);
}

/** Deletes an account's open generated tasks of one kind, except those whose key is in `except`. */
export function deleteOpenGeneratedTasks(store: Store, scope: { accountId: string; kind: TaskSourceKind; except: string[] }): void {
  let query = store.q
    .deleteFrom('tasks')
    .where('account_id', '=', scope.accountId)
    .where(sourceKindOfAccount, '=', scope.kind)
    .where('done_at', 'is', null)
    .where('dedupe_key', 'is not', null);
  if (scope.except.length > 0) query = query.where('dedupe_key', 'not in', scope.except);
  store.run(query);
}

export function deleteOpenTasksByKey(store: Store, dedupeKeys: string[]): void {
  store.run(store.q.deleteFrom('tasks').where('dedupe_key', 'in', dedupeKeys).where('done_at', 'is', null));
}

/** Moves the open task with this dedupe key to `dueOn` unless it is already there; says whether it moved. */
export function moveOpenTaskDue(store: Store, dedupeKey: string, dueOn: string, at: string): boolean {
  return (
    store.run(
      store.q
        .updateTable('tasks')
        .set({ due_on: dueOn, updated_at: at })
        .where('dedupe_key', '=', dedupeKey)
        .where('done_at', 'is', null)
        .where('due_on', '<>', dueOn),
    ).changes > 0
  );
}

/** What an action item's search document is made of. */
export function findTaskDocumentRow(store: Store, id: string) {
  return store.first(
    store.q
      .selectFrom('tasks')
      .select(['account_id', 'title', 'owner', 'source_kind', 'source_id', 'source_removed_at'])
      .where('id', '=', id),
  );
}

/** Marks the open tasks with these dedupe keys done at `at`. */
export function markOpenTasksDone(store: Store, dedupeKeys: string[], at: string): void {
  store.run(store.q.updateTable('tasks').set({ done_at: at, updated_at: at }).where('dedupe_key', 'in', dedupeKeys).where('done_at', 'is', null));
}

export function countTasks(store: Store): number {
  return Number(store.first(store.q.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
}

/** The day (UTC timestamp) of the account's latest note of one of these kinds still in the timeline. */
export function latestNoteHeldAt(store: Store, accountId: string, kinds: readonly string[]): string | null {
  const row = store.first(
    store.q
      .selectFrom('checkin_notes')
      .select((eb) => eb.fn.max('held_at').as('held_at'))
      .where('account_id', '=', accountId)
      .where('deleted_at', 'is', null)
      .where('kind', 'in', [...kinds]),
  );
  return row?.held_at ?? null;
}

/** When the account's latest QBR pack was exported (an ISO timestamp), if ever. */
export function latestQbrExportAt(store: Store, accountId: string): string | null {
  const row = store.first(
    store.q
      .selectFrom('qbr_exports')
      .select((eb) => eb.fn.max('exported_at').as('exported_at'))
      .where('account_id', '=', accountId),
  );
  return row?.exported_at ?? null;
}

/** An account's open generated tasks from one source (kind and id), oldest first. */
export function openTasksOfSource(store: Store, accountId: string, kind: TaskSourceKind, sourceId: string): TasksTable[] {
  return store.all(
    store.q
      .selectFrom('tasks')
      .selectAll()
      .where('account_id', '=', accountId)
      .where(sourceKindOfAccount, '=', kind)
      .where(sql<string>`+source_id`, '=', sourceId)
      .where('done_at', 'is', null)
      .orderBy('created_at'),
  );
}

/** An account's generated tasks of one kind that have a dedupe key, open or done. */
export function keyedTasksOfKind(store: Store, accountId: string, kind: TaskSourceKind): TasksTable[] {
  return store.all(store.q.selectFrom('tasks').selectAll().where('account_id', '=', accountId).where(sourceKindOfAccount, '=', kind).where('dedupe_key', 'is not', null));
}

/** Gives a generated task a new key (and for an open one, a new day and title): the same task, moved. */
export function rekeyTask(store: Store, id: string, changes: { dedupe_key: string; due_on?: string; title?: string; updated_at: string }): void {
  store.run(store.q.updateTable('tasks').set(changes).where('id', '=', id));
}
