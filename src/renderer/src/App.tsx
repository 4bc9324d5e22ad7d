import { useApiQuery } from './api/use-api';
import { CurrentPage } from './shell/CurrentPage';
import { Sidebar } from './shell/Sidebar';
import { Unavailable } from './shell/Unavailable';
import { SearchPalette } from './search/SearchPalette';
import { Toasts } from './ui/toasts';

export function App() {
  const status = useApiQuery('app.status', undefined, { staleTime: Infinity });

  if (status.error) return <Unavailable reason={status.error.message} databaseFile="" />;
  if (!status.data) return null;
  if (status.data.state === 'unavailable') return <Unavailable reason={status.data.reason} databaseFile={status.data.databaseFile} />;
  return (
    <div className="app">
      <Sidebar />
      <main className="app-main">
        <CurrentPage />
      </main>
      <SearchPalette />
      <Toasts />
    </div>
  );
}
