import { randomUUID } from 'node:crypto';
import type { Blocker, RaiseBlockerInput } from '../../shared/blockers/schema';
import { blockerKey, markedBlockers } from '../../shared/blockers/marked-lines';
import type { BlockersTable } from '../db/schema';
import type { Store } from '../db/store';
import { fieldConflict, notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { findTask } from '../tasks/repository';
import { blockerRowsFromSource, deleteBlockerRow, findBlocker, insertBlocker, updateBlockerRow } from './repository';

export function requireBlocker(store: Store, id: string): Blocker {
  const blocker = findBlocker(store, id);
  if (!blocker) throw notFound('That blocker');
  return blocker;
}

/** Raises a blocker by hand, or from an action item (which must be one of the account's). */
export function raiseBlocker(store: Store, input: RaiseBlockerInput, now: Date): Blocker {
  return store.tx(() => {
    getAccount(store, input.accountId);
    if (input.actionItemId) {
      const task = findTask(store, input.actionItemId);
      if (!task || task.accountId !== input.accountId) {
        throw fieldConflict('actionItemId', 'The action item a blocker is raised from must be one of this account’s.');
      }
    }
    const at = now.toISOString();
    const id = randomUUID();
    insertBlocker(store, {
      id,
      account_id: input.accountId,
      title: input.title,
      owner: input.owner,
      source_kind: input.actionItemId ? 'action-item' : 'manual',
      source_id: input.actionItemId ?? null,
      opened_at: at,
      resolved_at: null,
      resolved_by: '',
      created_at: at,
      updated_at: at,
    });
    return requireBlocker(store, id);
  });
}

/** Resolves a blocker: it leaves the header and Today, and stays in the account's history. */
export function resolveBlocker(store: Store, id: string, actor: string, now: Date): Blocker {
  return store.tx(() => {
    const blocker = requireBlocker(store, id);
    if (blocker.resolvedAt !== null) return blocker;
    const at = now.toISOString();
    updateBlockerRow(store, id, { resolved_at: at, resolved_by: actor, updated_at: at });
    return requireBlocker(store, id);
  });
}

/** Undoes a resolve. */
export function reopenBlocker(store: Store, id: string, now: Date): Blocker {
  return store.tx(() => {
    const blocker = requireBlocker(store, id);
    if (blocker.resolvedAt === null) return blocker;
    updateBlockerRow(store, id, { resolved_at: null, resolved_by: '', updated_at: now.toISOString() });
    return requireBlocker(store, id);
  });
}

export function setBlockerOwner(store: Store, id: string, owner: string, now: Date): Blocker {
  return store.tx(() => {
    requireBlocker(store, id);
    updateBlockerRow(store, id, { owner, updated_at: now.toISOString() });
    return requireBlocker(store, id);
  });
}

/**
 * Keeps a note's blockers in step with its marked lines, on every autosave. A line whose text
 * matches a blocker it raised before keeps that blocker (resolved or not); a line being typed
 * or edited takes over an open blocker of the note that no line matches any more, so autosaves
 * mid-word never leave half-typed blockers behind; a new line raises a new blocker; an open
 * blocker whose line was deleted goes with it. Resolved ones stay as history.
 */
export function syncNoteBlockers(store: Store, note: { id: string; accountId: string; body: string }, now: Date): void {
  const lines = markedBlockers(note.body);
  const existing = blockerRowsFromSource(store, 'checkin-note', note.id);
  if (lines.length === 0 && existing.length === 0) return;
  const at = now.toISOString();
  const unmatched = new Set(existing);
  const pending: typeof lines = [];
  for (const line of lines) {
    const same = [...unmatched].find((b) => blockerKey(b.title) === blockerKey(line.title));
    if (!same) {
      pending.push(line);
      continue;
    }
    unmatched.delete(same);
    if (same.title !== line.title || same.owner !== line.owner) updateBlockerRow(store, same.id, { title: line.title, owner: line.owner, updated_at: at });
  }
  const reusable: BlockersTable[] = [...unmatched].filter((b) => b.resolved_at === null);
  for (const line of pending) {
    const reuse = reusable.shift();
    if (reuse) {
      unmatched.delete(reuse);
      updateBlockerRow(store, reuse.id, { title: line.title, owner: line.owner, updated_at: at });
      continue;
    }
    insertBlocker(store, {
      id: randomUUID(),
      account_id: note.accountId,
      title: line.title,
      owner: line.owner,
      source_kind: 'checkin-note',
      source_id: note.id,
      opened_at: at,
      resolved_at: null,
      resolved_by: '',
      created_at: at,
      updated_at: at,
    });
  }
  for (const gone of unmatched) if (gone.resolved_at === null) deleteBlockerRow(store, gone.id);
}
