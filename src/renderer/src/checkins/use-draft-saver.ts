import { useState } from 'react';
import type { NoteDraft } from '../../../shared/checkins/schema';
import { api, call } from '../api/client';
import { useAutosave } from '../ui/autosave/use-autosave';
import { noteDraftSaving, type SaveState } from './draft-saver';

/** Autosaves the note being edited (see useAutosave for when it is flushed). */
export function useDraftSaver(note: { id: string; accountId: string; revision: number; updatedAt: string | null }, initial: NoteDraft) {
  const [state, setState] = useState<SaveState>(note.revision > 0 && note.updatedAt ? { kind: 'saved', at: note.updatedAt } : { kind: 'new' });
  const [saving] = useState(() => noteDraftSaving(note, note.revision, (input) => call(api().checkins.save(input)), setState));
  const autosaver = useAutosave(initial, saving.options);

  const saver = {
    update: (draft: NoteDraft) => autosaver.update(draft),
    flush: () => autosaver.flush(),
    get isSettled() {
      return autosaver.isSettled;
    },
    /** Makes sure the note exists in the book (e.g. before an action item is added to it). */
    ensureSaved: () => {
      if (saving.savedRevision() === 0) autosaver.touch();
      return autosaver.flush();
    },
  };
  return { saver, state };
}
