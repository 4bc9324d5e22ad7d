import { create } from 'zustand';
import type { AccountRow, ListAccountsInput } from '../../../shared/accounts/schema';
import { api, call } from '../api/client';

export type AccountFilters = Required<Pick<ListAccountsInput, 'sort' | 'direction'>> &
  Pick<ListAccountsInput, 'query' | 'segment' | 'stage' | 'tier' | 'includeArchived'>;

interface AccountsState {
  filters: AccountFilters;
  rows: AccountRow[];
  loaded: boolean;
  error: string | null;
  setFilters: (patch: Partial<AccountFilters>) => void;
  reload: () => Promise<void>;
}

let requestSeq = 0;

/** The accounts table's filters and rows; every filter change re-queries main (indexed SQL). */
export const useAccounts = create<AccountsState>((set, get) => ({
  filters: { sort: 'name', direction: 'asc' },
  rows: [],
  loaded: false,
  error: null,
  setFilters: (patch) => {
    set({ filters: { ...get().filters, ...patch } });
    void get().reload();
  },
  reload: async () => {
    const seq = ++requestSeq;
    const { query, segment, stage, tier, includeArchived, sort, direction } = get().filters;
    try {
      const rows = await call(
        api().accounts.list({
          sort,
          direction,
          ...(query ? { query } : {}),
          ...(segment ? { segment } : {}),
          ...(stage ? { stage } : {}),
          ...(tier ? { tier } : {}),
          ...(includeArchived ? { includeArchived } : {}),
        }),
      );
      // A slower, older request must not overwrite a newer result.
      if (seq === requestSeq) set({ rows, loaded: true, error: null });
    } catch (error) {
      if (seq === requestSeq) set({ error: (error as Error).message, loaded: true });
    }
  },
}));
