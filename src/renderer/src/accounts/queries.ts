import { useEffect, useState } from 'react';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { AccountRow, ListAccountsInput } from '../../../shared/accounts/schema';
import { apiQuery, useApiQuery } from '../api/use-api';
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

/** Rows per `accounts.page` call: a screenful or three, so scrolling asks main rarely. */
export const ACCOUNTS_PAGE_SIZE = 100;

/** The rows the table has on screen (or about to be): which pages to ask for. */
export interface RowRange {
  first: number;
  last: number;
}

/** What the table asks main for, from the filters: the text once typing pauses, a version once it is one. */
function useFilterInput(filters: AccountFilters): ListAccountsInput {
  const { segment, stage, tier, includeArchived, sort, direction, olderThan } = filters;
  const query = usePaused(filters.query, FILTER_PAUSE_MS);
  return {
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
}

/**
 * The accounts table, a page at a time (issue 12 item 17): main filters, sorts and counts in
 * SQL (`accounts.page`) and sends only the pages holding `range` — never the whole book per
 * keystroke. The first page always loads (it carries the total and the ARR). While new filters
 * load, each page keeps showing what it showed before. `key` changes whenever the filters or
 * the order do, so the table can go back to its top.
 */
export function useAccountPages(filters: AccountFilters, range: RowRange) {
  const input = useFilterInput(filters);
  const from = Math.floor(range.first / ACCOUNTS_PAGE_SIZE);
  const to = Math.floor(range.last / ACCOUNTS_PAGE_SIZE);
  const indexes = [0];
  for (let i = Math.max(from, 1); i <= to; i++) indexes.push(i);
  const results = useQueries({
    queries: indexes.map((i) => ({
      ...apiQuery('accounts.page', { ...input, offset: i * ACCOUNTS_PAGE_SIZE, limit: ACCOUNTS_PAGE_SIZE }),
      placeholderData: keepPreviousData,
    })),
  });
  const first = results[0];
  const pages = new Map(indexes.map((index, i) => [index, results[i]?.data]));
  return {
    key: JSON.stringify(input),
    total: first?.data?.total ?? 0,
    totalArr: first?.data?.totalArr ?? 0,
    loaded: first?.data !== undefined || Boolean(first?.error),
    error: results.find((r) => r.error)?.error ?? null,
    rowAt: (index: number): AccountRow | undefined => pages.get(Math.floor(index / ACCOUNTS_PAGE_SIZE))?.rows[index % ACCOUNTS_PAGE_SIZE],
  };
}

/** Every active account, for pickers and names. */
export function useAllAccounts() {
  return useApiQuery('accounts.list', {});
}

export function useAccount(id: string) {
  return useApiQuery('accounts.get', { id });
}
