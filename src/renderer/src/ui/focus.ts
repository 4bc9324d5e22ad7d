import { useCallback, useRef } from 'react';

/**
 * A ref callback that focuses its element once per `key` (e.g. once per account opened), so a
 * screen reader and the keyboard start at the new page's heading instead of on <body>.
 * The element needs tabIndex={-1}.
 */
export function useFocusOnArrival<T extends HTMLElement>(key: string) {
  const focusedFor = useRef<string | null>(null);
  return useCallback(
    (element: T | null) => {
      if (!element || focusedFor.current === key) return;
      focusedFor.current = key;
      // A dialog opened from this page keeps its focus.
      if (document.activeElement?.closest('dialog')) return;
      element.focus();
    },
    [key],
  );
}
