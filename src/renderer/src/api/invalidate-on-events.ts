import type { QueryClient } from '@tanstack/react-query';
import { contract, type Domain, type EventName } from '../../../shared/ipc/contract';
import { api } from './client';
import { invalidateDomains } from './query-client';

/**
 * Where main → renderer events meet the cache. Some events mean "data changed behind the
 * renderer's back" (a health alert raised at start, an import or a restore finishing); each
 * such event is listed here with the domains it makes stale, and a capability that adds one
 * adds one line. `followEventInvalidations` (called once in main.tsx, beside the
 * QueryClientProvider) subscribes to each listed event, so views refresh exactly as they do
 * after one of their own mutations. Events that change no cached data (progress) stay out.
 */
export const eventInvalidations: Readonly<Partial<Record<EventName, readonly Domain[]>>> = {
  // Raised by a change anywhere, or by the evaluation at start: Today, Health tabs and the table's Health column.
  alertsRaised: ['health', 'today', 'accounts'],
  // A restore or recovery swapped the whole data file: every domain, the app's status too.
  dataReplaced: Object.keys(contract) as Domain[],
  // The launch check passed: the app's status no longer says "checking".
  launchChecked: ['app'],
  // The data file's full check finished (while idle, say): Settings' "Last full data check" line.
  dataChecked: ['backups'],
};

/** Invalidates the domains an event declares; events that change no cached data are ignored. */
export function invalidateForEvent(client: QueryClient, event: EventName): Promise<void> {
  return invalidateDomains(client, eventInvalidations[event] ?? []);
}

/** Subscribes the cache to every event listed above; returns the unsubscribe. */
export function followEventInvalidations(client: QueryClient): () => void {
  const names = Object.keys(eventInvalidations) as EventName[];
  const unsubscribes = names.map((name) => api().on(name, () => void invalidateForEvent(client, name)));
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
