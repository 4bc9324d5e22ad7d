import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EventName, Events } from '../../../shared/ipc/contract';
import type { PayloadOf } from '../../../shared/ipc/event';
import { api } from './client';

/**
 * Listens to one event main sends (declared in `events` in the contract) while the component
 * is mounted. The latest `listener` is always the one called, so it can close over state
 * without resubscribing on every render.
 */
export function useMainEvent<K extends EventName>(name: K, listener: (payload: PayloadOf<Events[K]>) => void): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api().on(name, (payload) => latest.current(payload)), [name]);
}
