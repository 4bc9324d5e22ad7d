import { QueryClient } from '@tanstack/react-query';
import type { Domain } from '../../../shared/ipc/contract';
import { invalidatedBy, type WriteOpName } from './operation-effects';
import { queryKeys } from './query-keys';

/**
 * The renderer's one cache of data read from main. Main is a local process: a failed call is an
 * answer (a validation or not-found message to show), not a flaky network, so nothing is
 * retried; and the data changes only through this app, so refocusing the window refetches
 * nothing — changes refresh views through invalidation instead.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();

/** Marks every cached read of these domains stale; the ones on screen fetch again. */
export function invalidateDomains(client: QueryClient, domains: readonly Domain[]): Promise<void> {
  return Promise.all(domains.map((domain) => client.invalidateQueries({ queryKey: queryKeys.domain(domain) }))).then(() => undefined);
}

/** Invalidates what the operation's declaration says it changes (see operation-effects.ts). */
export function invalidateAfter(client: QueryClient, name: WriteOpName): Promise<void> {
  return invalidateDomains(client, invalidatedBy(name));
}
