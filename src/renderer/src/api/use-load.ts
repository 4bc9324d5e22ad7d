import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** Fetches again (after a change). */
  reload: () => Promise<void>;
}

/**
 * Loads data from main when the component mounts or `deps` change. A slow, stale answer never
 * overwrites a newer one, and nothing is set after unmount.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  const latestLoad = useRef(load);
  useLayoutEffect(() => {
    latestLoad.current = load;
  });
  const key = JSON.stringify(deps);

  useEffect(() => {
    let current = true;
    latestLoad.current().then(
      (data) => current && setState({ data, error: null }),
      (error: Error) => current && setState((s) => ({ data: s.data, error: error.message })),
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(async () => {
    setVersion((v) => v + 1);
  }, []);
  return { ...state, reload };
}
