import { useEffect, useState } from 'react';
import { onBeforeRouteChange } from '../../shell/route';
import { Autosaver, type AutosaverOptions } from './autosaver';

/**
 * An Autosaver for one editor, made once and flushed whenever the text could be lost otherwise:
 * the route or tab changing, the page being hidden or unloaded (window closed, app quitting) and
 * the editor going away. A crash runs none of these; the autosaver's own timers cover it.
 */
export function useAutosave<T>(initial: T, options: AutosaverOptions<T>): Autosaver<T> {
  const [saver] = useState(() => new Autosaver(initial, options));

  useEffect(() => {
    const flush = () => void saver.flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const stopRoute = onBeforeRouteChange(flush);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopRoute();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
      saver.dispose();
    };
  }, [saver]);

  return saver;
}
