import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { callOp } from './client';
import type { ApiError } from './client';
import type { ReadOpName, WriteOpName } from './operation-effects';
import type { OpInput, OpOutput } from './operations';
import { invalidateAfter } from './query-client';
import { queryKeys } from './query-keys';

type QueryExtras<N extends ReadOpName> = Omit<UseQueryOptions<OpOutput<N>, ApiError>, 'queryKey' | 'queryFn'>;

/** The query options for one read: its key (from the one keys module) and the call. */
export function apiQuery<N extends ReadOpName>(name: N, input: OpInput<N>) {
  return { queryKey: queryKeys.read(name, input), queryFn: () => callOp(name, input) };
}

/** Reads `name` with `input` through the cache; `error` is the ApiError main answered. */
export function useApiQuery<N extends ReadOpName>(name: N, input: OpInput<N>, options: QueryExtras<N> = {}) {
  return useQuery<OpOutput<N>, ApiError>({ ...options, ...apiQuery(name, input) });
}

type MutationExtras<N extends WriteOpName> = Omit<UseMutationOptions<OpOutput<N>, ApiError, OpInput<N>>, 'mutationFn'>;

/**
 * Calls a changing operation, unwraps its envelope and, when it succeeds, invalidates the
 * domains its declaration in operation-effects.ts names — so a view reading any of them fetches
 * again without the caller knowing who shows what. `mutateAsync` rejects with the ApiError
 * (for forms); `mutate` leaves errors to `onError`.
 */
export function useApiMutation<N extends WriteOpName>(name: N, options: MutationExtras<N> = {}) {
  const client = useQueryClient();
  return useMutation<OpOutput<N>, ApiError, OpInput<N>>({
    ...options,
    mutationFn: (input) => callOp(name, input),
    onSuccess: async (...args) => {
      await invalidateAfter(client, name);
      await options.onSuccess?.(...args);
    },
  });
}
