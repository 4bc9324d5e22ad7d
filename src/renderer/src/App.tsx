import { useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/settings/schema';
import { api, call } from './api/client';
import { useSettings } from './settings/settings-store';
import { CurrentPage } from './shell/CurrentPage';
import { restoreSessionLocation } from './shell/session-location';
import { Sidebar } from './shell/Sidebar';
import { Unavailable } from './shell/Unavailable';
import { SearchPalette } from './search/SearchPalette';
import { Toasts } from './ui/toasts';
import { AskName } from './settings/AskName';

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const loadSettings = useSettings((s) => s.load);

  useEffect(() => {
    call(api().app.status())
      .then((s) => {
        // Pages show once the place the CSM left is restored, so nothing flashes first.
        if (s.state === 'ready') return Promise.all([loadSettings(), restoreSessionLocation()]).then(() => setStatus(s));
        setStatus(s);
      })
      .catch((e: Error) => setStatus({ state: 'unavailable', reason: e.message, databaseFile: '' }));
  }, [loadSettings]);

  if (!status) return null;
  if (status.state === 'unavailable') return <Unavailable reason={status.reason} databaseFile={status.databaseFile} />;
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
