import { useInfiniteQuery } from '@tanstack/react-query';
import { callOp, type ApiError } from '../api/client';
import type { OpInput, OpOutput } from '../api/operations';
import { queryKeys } from '../api/query-keys';

type Page = OpOutput<'checkins.list'>;
type Cursor = OpInput<'checkins.list'>['after'];

/**
 * An account's timeline, newest meeting first, a page at a time. Refetching (after a change)
 * re-reads every page loaded so far, so "Show older notes" is not lost by a refresh.
 */
export function useTimeline(accountId: string) {
  return useInfiniteQuery<Page, ApiError, { pages: Page[] }, ReturnType<typeof queryKeys.pages>, Cursor | null>({
    queryKey: queryKeys.pages('checkins.list', { accountId }),
    queryFn: ({ pageParam }) => callOp('checkins.list', { accountId, ...(pageParam ? { after: pageParam } : {}) }),
    initialPageParam: null,
    getNextPageParam: (page) => {
      const last = page.notes.at(-1);
      return page.hasMore && last ? { heldAt: last.heldAt, id: last.id } : undefined;
    },
  });
}
