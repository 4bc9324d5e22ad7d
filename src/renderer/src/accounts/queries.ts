import { useEffect, useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import type { ListAccountsInput } from '../../../shared/accounts/schema';
import { useApiQuery } from '../api/use-api';
import { parseVersion } from '../../../shared/growth/version';
import type { AccountFilters } from './accounts-store';

/** A typed filter waits this long for a pause before it is sent (issue 12 item 17: not one query per keystroke). */
export const FILTER_PAUSE_MS = 200;

/** `value`, once it has stopped changing for `ms`. */
function usePaused<T>(value: T, ms: number): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return paused;
}

/**
 * The accounts table's rows for these filters (indexed SQL in main); the last rows stay while a
 * new filter loads. Typing in the filter is sent once typing pauses; menus and sorting at once.
 */
export function useAccountList(filters: AccountFilters) {
  const { segment, stage, tier, includeArchived, sort, direction, olderThan } = filters;
  const query = usePaused(filters.query, FILTER_PAUSE_MS);
  const input: ListAccountsInput = {
    sort,
    direction,
    ...(query ? { query } : {}),
    ...(segment ? { segment } : {}),
    ...(stage ? { stage } : {}),
    ...(tier ? { tier } : {}),
    ...(includeArchived ? { includeArchived } : {}),
    // A version still being typed ("2.") filters nothing until it is one.
    ...(olderThan && parseVersion(olderThan) ? { olderThan } : {}),
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
