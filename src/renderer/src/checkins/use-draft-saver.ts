import { useEffect, useState } from 'react';
import type { NoteDraft } from '../../../shared/checkins/schema';
import { api, call } from '../api/client';
import { onBeforeRouteChange } from '../shell/route';
import { DraftSaver, type SaveState } from './draft-saver';

/**
 * A DraftSaver for the note being edited, flushed whenever the text could be lost: the route
 * or tab changing, the page being hidden or unloaded (window closed, app quitting) and the
 * editor going away.
 */
export function useDraftSaver(note: { id: string; accountId: string; revision: number; updatedAt: string | null }, initial: NoteDraft) {
  const [state, setState] = useState<SaveState>(note.revision > 0 && note.updatedAt ? { kind: 'saved', at: note.updatedAt } : { kind: 'new' });
  const [saver] = useState(
    () => new DraftSaver(note, { draft: initial, revision: note.revision }, (input) => call(api().checkins.save(input)), setState),
  );

  useEffect(() => {
    const flush = () => void saver.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const stopRoute = onBeforeRouteChange(flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopRoute();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
      saver.dispose();
    };
  }, [saver]);

  return { saver, state };
}
