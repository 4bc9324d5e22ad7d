import type { CheckinNote, NoteDraft, SaveNoteInput } from '../../../shared/checkins/schema';
import { ApiError } from '../api/client';
import type { AutosaveState, AutosaverOptions, FailureKind } from '../ui/autosave/autosaver';

export type SaveState =
  | { kind: 'new' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

/** A conflict stops saving (someone else's newer text must not be overwritten); refused input waits for a change. */
export function classifyNoteFailure(error: unknown): FailureKind {
  if (error instanceof ApiError && error.code === 'CONFLICT') return 'stop';
  if (error instanceof ApiError && error.code === 'INVALID_INPUT') return 'wait-for-change';
  return 'retry';
}

/**
 * The note's side of autosaving (the timing is the shared Autosaver's): each save is based on
 * the revision the previous one returned, so the note's revision only moves forward and main
 * refuses a save from a stale window with a conflict.
 */
export function noteDraftSaving(
  note: { id: string; accountId: string },
  revision: number,
  save: (input: SaveNoteInput) => Promise<CheckinNote>,
  onState: (state: SaveState) => void,
): { options: AutosaverOptions<NoteDraft>; savedRevision: () => number } {
  let stored = revision;
  let savedAt = '';
  const toSaveState = (state: AutosaveState): SaveState => {
    switch (state.kind) {
      case 'idle':
        return { kind: 'new' };
      case 'unsaved':
      case 'saving':
        return { kind: state.kind };
      case 'saved':
        return { kind: 'saved', at: savedAt };
      case 'failed': {
        const message = state.error instanceof Error ? state.error.message : String(state.error);
        return state.failure === 'stop' ? { kind: 'conflict', message } : { kind: 'error', message };
      }
    }
  };
  return {
    options: {
      save: async (draft) => {
        const saved = await save({ id: note.id, accountId: note.accountId, baseRevision: stored, draft });
        stored = saved.revision;
        savedAt = saved.updatedAt;
      },
      classify: classifyNoteFailure,
      onState: (state) => onState(toSaveState(state)),
    },
    savedRevision: () => stored,
  };
}
