import { create } from 'zustand';
import type { InboxQuery } from '../../../shared/feedback/schema';

interface InboxState {
  query: InboxQuery;
  /** The unlinked request open in the detail pane (a theme is opened through the route). */
  requestId: string | null;
  setQuery: (patch: Partial<InboxQuery>) => void;
  openRequest: (id: string | null) => void;
}

/** The inbox's filters survive a trip to an account and back. */
export const useInbox = create<InboxState>((set, get) => ({
  query: { sort: 'arr' },
  requestId: null,
  setQuery: (patch) => {
    const next: InboxQuery = { ...get().query, ...patch };
    // An emptied filter is removed, not sent as "".
    for (const key of Object.keys(next) as (keyof InboxQuery)[]) if (!next[key]) delete next[key];
    set({ query: next });
  },
  openRequest: (id) => set({ requestId: id }),
}));
