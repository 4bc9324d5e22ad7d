import { useEffect, useState } from 'react';
import { useApiQuery } from './api/use-api';
import { CurrentPage } from './shell/CurrentPage';
import { restoreSessionLocation } from './shell/session-location';
import { Sidebar } from './shell/Sidebar';
import { Unavailable } from './shell/Unavailable';
import { SearchPalette } from './search/SearchPalette';
import { Toasts } from './ui/toasts';
import { AskName } from './settings/AskName';

export function App() {
  const status = useApiQuery('app.status', undefined, { staleTime: Infinity });

  // Pages show once the place the CSM left is restored, so nothing flashes first.
  const ready = status.data?.state === 'ready';
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void restoreSessionLocation().finally(() => {
      if (live) setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);

  if (status.error) return <Unavailable reason={status.error.message} databaseFile="" />;
  if (!status.data) return null;
  if (status.data.state === 'unavailable') return <Unavailable reason={status.data.reason} databaseFile={status.data.databaseFile} problem={status.data.problem} />;
  if (!restored) return null;
  return (
    <div className="app">
      <Sidebar />
      <main className="app-main">
        <AskName />
        <CurrentPage />
      </main>
      <SearchPalette />
      <Toasts />
    </div>
  );
}
