import { create } from 'zustand';
import type { ListAccountsInput } from '../../../shared/accounts/schema';

export type AccountFilters = Required<Pick<ListAccountsInput, 'sort' | 'direction'>> &
  Pick<ListAccountsInput, 'query' | 'segment' | 'stage' | 'tier' | 'includeArchived' | 'olderThan'>;

interface AccountsState {
  filters: AccountFilters;
  setFilters: (patch: Partial<AccountFilters>) => void;
}

/** The accounts table's filters (UI state: they survive a trip to an account and back). */
export const useAccountFilters = create<AccountsState>((set, get) => ({
  filters: { sort: 'name', direction: 'asc' },
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
}));
