import { randomUUID } from 'node:crypto';
import type { Task, TaskFields, TaskSourceKind } from '../../shared/tasks/schema';
import type { Store } from '../db/store';
import { removeDocument } from '../search/documents';
import { notFound } from '../ipc/app-error';
import {
  countTasks,
  deleteOpenGeneratedTasks,
  deleteOpenTasksByKey,
  deleteTask,
  findTask,
  findTaskIdByAnyKey,
  findTaskIdByDedupeKey,
  insertExtraDedupeKeys,
  insertTaskRow,
  markSourceRemoved,
  updateTaskColumns,
} from './repository';
import { syncTaskDocument } from './search-document';

export interface NewTask extends TaskFields {
  accountId: string;
  source: { kind: TaskSourceKind; id: string | null };
  /** Generated tasks carry a key so creating them twice is a no-op (e.g. `playbook:<account>:welcome`). */
  dedupeKey?: string;
  /**
   * Other generators' keys this task also stands for: while it exists, creating a task under any
   * of them returns this one. A release's "notify" task claims the close-the-loop key of each
   * theme it ships for the account, so that account gets one task, not two.
   */
  alsoKnownAs?: readonly string[];
  /** Longer text to go with it (an email draft to copy). */
  details?: string;
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
  const keys = [...(task.dedupeKey ? [task.dedupeKey] : []), ...(task.alsoKnownAs ?? [])];
  const existingId = findTaskIdByAnyKey(store, keys);
  if (existingId) return adoptKeys(store, existingId, task, at);
  const id = randomUUID();
  const inserted = insertTaskRow(store, {
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
    details: task.details ?? '',
    created_at: at,
    updated_at: at,
  });
  if (inserted && task.alsoKnownAs?.length) insertExtraDedupeKeys(store, id, task.alsoKnownAs);
  if (!inserted && task.dedupeKey) {
    const existing = findTaskIdByDedupeKey(store, task.dedupeKey);
    if (existing) return requireTask(store, existing);
  }
  if (task.source.kind === 'checkin-note') syncTaskDocument(store, id);
  return requireTask(store, id);
}

/**
 * A generator asked again for a task that already exists under one of its keys: the existing
 * task stays the one task, now also answering to the other keys. If it is open and has no text
 * yet (a close-the-loop task made before the release was recorded), it takes the new text, so
 * the CSM still gets the draft to copy.
 */
function adoptKeys(store: Store, id: string, task: NewTask, at: string): Task {
  const existing = requireTask(store, id);
  insertExtraDedupeKeys(store, id, [...(task.dedupeKey ? [task.dedupeKey] : []), ...(task.alsoKnownAs ?? [])]);
  if (task.details && !existing.details && !existing.doneAt) {
    updateTaskColumns(store, id, { title: task.title, details: task.details, updated_at: at });
    return requireTask(store, id);
  }
  return existing;
}

/** How many tasks the book holds (done ones too): lets a generator say how many it added. */
export function countAllTasks(store: Store): number {
  return countTasks(store);
}

export function requireTask(store: Store, id: string): Task {
  const task = findTask(store, id);
  if (!task) throw notFound('That task');
  return task;
}

export function updateTask(store: Store, id: string, fields: TaskFields, now: Date): Task {
  return store.tx(() => {
    const current = requireTask(store, id);
    updateTaskColumns(store, id, { title: fields.title, owner: fields.owner, due_on: fields.dueOn, updated_at: now.toISOString() });
    if (current.sourceKind === 'checkin-note') syncTaskDocument(store, id);
    return requireTask(store, id);
  });
}

export function setTaskDone(store: Store, id: string, done: boolean, now: Date): Task {
  requireTask(store, id);
  const at = now.toISOString();
  updateTaskColumns(store, id, { done_at: done ? at : null, updated_at: at });
  return requireTask(store, id);
}

export function snoozeTask(store: Store, id: string, until: string | null, now: Date): Task {
  requireTask(store, id);
  updateTaskColumns(store, id, { snoozed_until: until, updated_at: now.toISOString() });
  return requireTask(store, id);
}

export function removeTask(store: Store, id: string): { id: string } {
  return store.tx(() => {
    requireTask(store, id);
    deleteTask(store, id);
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
    for (const id of markSourceRemoved(store, source, removedAt)) syncTaskDocument(store, id);
  });
}

/**
 * Deletes an account's open tasks of one generated kind whose key is not in `keep` (e.g. the
 * renewal tasks of a renewal date that has changed). Done tasks are history and stay.
 */
export function removeOpenGeneratedTasksExcept(store: Store, accountId: string, kind: TaskSourceKind, keep: string[]): void {
  deleteOpenGeneratedTasks(store, { accountId, kind, except: keep });
}

/** Deletes the open generated tasks with these keys (e.g. when a renewal date is cleared). */
export function removeOpenGeneratedTasks(store: Store, dedupeKeys: string[]): void {
  if (dedupeKeys.length === 0) return;
  deleteOpenTasksByKey(store, dedupeKeys);
}
