import { randomUUID } from 'node:crypto';
import type { Task, TaskFields, TaskSourceKind } from '../../shared/tasks/schema';
import type { Store } from '../db/store';
import { removeDocument } from '../search/documents';
import { notFound } from '../ipc/app-error';
import { findTask } from './repository';
import { syncTaskDocument } from './search-document';

export interface NewTask extends TaskFields {
  accountId: string;
  source: { kind: TaskSourceKind; id: string | null };
  /** Generated tasks carry a key so creating them twice is a no-op (e.g. `playbook:<account>:welcome`). */
  dedupeKey?: string;
}

/**
 * Adds a task; the one way every capability creates a to-do. With a `dedupeKey` that already
 * exists nothing is written and the existing task is returned.
 */
export function createTask(store: Store, task: NewTask, now: Date): Task {
  return store.tx(() => insertTask(store, task, now));
}

function insertTask(store: Store, task: NewTask, now: Date): Task {
  const at = now.toISOString();
  const id = randomUUID();
  const inserted = store.run(
    store.q
      .insertInto('tasks')
      .values({
        id,
        account_id: task.accountId,
        title: task.title,
        owner: task.owner,
        due_on: task.dueOn,
        done_at: null,
        snoozed_until: null,
        source_kind: task.source.kind,
        source_id: task.source.id,
        dedupe_key: task.dedupeKey ?? null,
        source_removed_at: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing()),
  );
  if (inserted.changes === 0 && task.dedupeKey) {
    const existing = store.first(store.q.selectFrom('tasks').select('id').where('dedupe_key', '=', task.dedupeKey));
    if (existing) return requireTask(store, existing.id);
  }
  if (task.source.kind === 'checkin-note') syncTaskDocument(store, id);
  return requireTask(store, id);
}

export function requireTask(store: Store, id: string): Task {
  const task = findTask(store, id);
  if (!task) throw notFound('That task');
  return task;
}

export function updateTask(store: Store, id: string, fields: TaskFields, now: Date): Task {
  return store.tx(() => {
    const current = requireTask(store, id);
    store.run(
      store.q
        .updateTable('tasks')
        .set({ title: fields.title, owner: fields.owner, due_on: fields.dueOn, updated_at: now.toISOString() })
        .where('id', '=', id),
    );
    if (current.sourceKind === 'checkin-note') syncTaskDocument(store, id);
    return requireTask(store, id);
  });
}

export function setTaskDone(store: Store, id: string, done: boolean, now: Date): Task {
  requireTask(store, id);
  const at = now.toISOString();
  store.run(store.q.updateTable('tasks').set({ done_at: done ? at : null, updated_at: at }).where('id', '=', id));
  return requireTask(store, id);
}

export function snoozeTask(store: Store, id: string, until: string | null, now: Date): Task {
  requireTask(store, id);
  store.run(
    store.q.updateTable('tasks').set({ snoozed_until: until, updated_at: now.toISOString() }).where('id', '=', id),
  );
  return requireTask(store, id);
}

export function removeTask(store: Store, id: string): { id: string } {
  return store.tx(() => {
    requireTask(store, id);
    store.run(store.q.deleteFrom('tasks').where('id', '=', id));
    removeDocument(store, 'action-item', id);
    return { id };
  });
}

/**
 * Hides (or, with `removedAt` null, brings back) the tasks that came from a record moved to the
 * bin, e.g. a deleted check-in note, with their search documents.
 */
export function setSourceRemoved(store: Store, source: { kind: TaskSourceKind; id: string }, removedAt: string | null): void {
  store.tx(() => {
    store.run(
      store.q
        .updateTable('tasks')
        .set({ source_removed_at: removedAt })
        .where('source_kind', '=', source.kind)
        .where('source_id', '=', source.id),
    );
    const ids = store.all(
      store.q.selectFrom('tasks').select('id').where('source_kind', '=', source.kind).where('source_id', '=', source.id),
    );
    for (const { id } of ids) syncTaskDocument(store, id);
  });
}

/**
 * Deletes an account's open tasks of one generated kind whose key is not in `keep` (e.g. the
 * renewal tasks of a renewal date that has changed). Done tasks are history and stay.
 */
export function removeOpenGeneratedTasksExcept(store: Store, accountId: string, kind: TaskSourceKind, keep: string[]): void {
  let query = store.q
    .deleteFrom('tasks')
    .where('account_id', '=', accountId)
    .where('source_kind', '=', kind)
    .where('done_at', 'is', null)
    .where('dedupe_key', 'is not', null);
  if (keep.length > 0) query = query.where('dedupe_key', 'not in', keep);
  store.run(query);
}

/** Deletes the open generated tasks with these keys (e.g. when a renewal date is cleared). */
export function removeOpenGeneratedTasks(store: Store, dedupeKeys: string[]): void {
  if (dedupeKeys.length === 0) return;
  store.run(store.q.deleteFrom('tasks').where('dedupe_key', 'in', dedupeKeys).where('done_at', 'is', null));
}
