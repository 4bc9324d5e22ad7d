import { create } from 'zustand';
import type { EditingLocation, SessionLocation } from '../../../shared/session/location';
import { api, call } from '../api/client';
import { useRoute, type Route } from './route';

interface EditingState {
  /** The text open for editing now (a note in the editor, a checklist item's note). */
  editing: EditingLocation | null;
  /** What to open again after a restart; taken once by the tab that holds it. */
  reopen: EditingLocation | null;
}

export const useEditing = create<EditingState>(() => ({ editing: null, reopen: null }));

/** Says which text is being edited now; the returned function says it no longer is. */
export function markEditing(editing: EditingLocation): () => void {
  useEditing.setState({ editing });
  return () => {
    if (useEditing.getState().editing?.id === editing.id) useEditing.setState({ editing: null });
  };
}

/** The text to open again after a restart, if it is of this kind; taken at most once. */
export function takeReopen(kind: EditingLocation['kind']): string | null {
  const { reopen } = useEditing.getState();
  if (reopen?.kind !== kind) return null;
  useEditing.setState({ reopen: null });
  return reopen.id;
}

export function toLocation(route: Route, editing: EditingLocation | null): SessionLocation {
  if (route.page === 'account') {
    return { page: 'account', accountId: route.accountId, ...(route.tab ? { tab: route.tab } : {}), ...(editing ? { editing } : {}) };
  }
  if (route.page === 'feedback') return route.themeId ? { page: 'feedback', themeId: route.themeId } : { page: 'feedback' };
  if (route.page === 'releases') return route.releaseId ? { page: 'releases', releaseId: route.releaseId } : { page: 'releases' };
  return { page: route.page };
}

function toRoute(location: SessionLocation): Route {
  if (location.page !== 'account') return location;
  // `focus` pages the timeline / checklist to the record and selects it.
  return { page: 'account', accountId: location.accountId, tab: location.tab, ...(location.editing ? { focus: location.editing.id } : {}) };
}

/**
 * Reopens where the CSM was (main keeps it, checked against the book) and from then on tells
 * main every time that changes. Resolves once the place is restored, before any page shows.
 */
let restoring: Promise<void> | null = null;
export function restoreSessionLocation(): Promise<void> {
  restoring ??= restoreAndFollow();
  return restoring;
}

async function restoreAndFollow(): Promise<void> {
  try {
    const location = await call(api().session.getLocation());
    if (location) {
      useEditing.setState({ reopen: location.page === 'account' ? (location.editing ?? null) : null });
      useRoute.setState({ route: toRoute(location) });
    }
  } catch {
    // Where the app stood is a convenience: without it, it starts on the accounts list.
  }
  let last = JSON.stringify(toLocation(useRoute.getState().route, useEditing.getState().editing));
  let queued = false;
  const persist = () => {
    // Coalesced: an editor closing and another opening in one render is one write.
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const location = toLocation(useRoute.getState().route, useEditing.getState().editing);
      const json = JSON.stringify(location);
      if (json === last) return;
      last = json;
      void call(api().session.setLocation(location)).catch(() => {});
    });
  };
  useRoute.subscribe(persist);
  useEditing.subscribe(persist);
}
