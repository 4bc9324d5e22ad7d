import { useEffect } from 'react';

const listeners = new Set<() => void>();

/**
 * Blockers change from several places (a note's marked line, an action item, Resolve on the
 * header or Today); whoever shows them reloads when told.
 */
export function notifyBlockersChanged(): void {
  listeners.forEach((listener) => listener());
}

export function useBlockersChanged(listener: () => void): void {
  useEffect(() => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [listener]);
}
