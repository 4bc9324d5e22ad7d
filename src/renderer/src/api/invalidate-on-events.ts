import type { QueryClient } from '@tanstack/react-query';
import type { Domain } from '../../../shared/ipc/contract';
import { invalidateDomains } from './query-client';

/**
 * Where main → renderer events meet the cache. Some events mean "data changed behind the
 * renderer's back" (a health alert raised on a timer, an import or a restore finishing); each
 * such event is listed here with the domains it makes stale, and a capability that adds one
 * adds one line. The app subscribes once, next to the QueryClientProvider (main.tsx / App.tsx):
 * for each event name in this map, the contract's typed subscription (`window.api.on(event,
 * listener)`, through the renderer's `useMainEvent` hook) calls `invalidateForEvent`. Views then
 * refresh exactly as they do after one of their own mutations.
 */
export const eventInvalidations: Readonly<Record<string, readonly Domain[]>> = {};

/** Invalidates the domains an event declares; events that change no cached data are ignored. */
export function invalidateForEvent(client: QueryClient, event: string): Promise<void> {
  return invalidateDomains(client, eventInvalidations[event] ?? []);
}
