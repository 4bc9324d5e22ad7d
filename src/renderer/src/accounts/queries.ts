import { keepPreviousData } from '@tanstack/react-query';
import type { ListAccountsInput } from '../../../shared/accounts/schema';
import { useApiQuery } from '../api/use-api';
import type { AccountFilters } from './accounts-store';

/** The accounts table's rows for these filters (indexed SQL in main); the last rows stay while a new filter loads. */
export function useAccountList(filters: AccountFilters) {
  const { query, segment, stage, tier, includeArchived, sort, direction } = filters;
  const input: ListAccountsInput = {
    sort,
    direction,
    ...(query ? { query } : {}),
    ...(segment ? { segment } : {}),
    ...(stage ? { stage } : {}),
    ...(tier ? { tier } : {}),
    ...(includeArchived ? { includeArchived } : {}),
  };
  return useApiQuery('accounts.list', input, { placeholderData: keepPreviousData });
}

/** Every active account, for pickers and names. */
export function useAllAccounts() {
  return useApiQuery('accounts.list', {});
}

export function useAccount(id: string) {
  return useApiQuery('accounts.get', { id });
}
