import { useCallback, useState } from 'react';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDay } from '../ui/format';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { toast } from '../ui/toasts';
import { RecordReleaseDialog } from './RecordReleaseDialog';
import { ReleasePane } from './ReleasePane';
import { useReleases } from './queries';
import './growth.css';

/** Product releases, newest first; one opens beside the list with the accounts it concerns. */
export function ReleasesPage({ releaseId }: { releaseId?: string | undefined }) {
  const go = useRoute((s) => s.go);
  const list = useReleases();
  const releases = list.data;
  const [recording, setRecording] = useState(false);
  const openNew = useCallback(() => setRecording(true), []);
  useHotkey('mod+n', openNew, !recording);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Releases</h1>
          <p className="subtitle">{releases ? `${releases.length} ${releases.length === 1 ? 'release' : 'releases'} recorded` : ' '}</p>
        </div>
        <Button variant="primary" shortcut={shortcutLabel('mod+n')} onClick={openNew}>
          Record release
        </Button>
      </header>
      {list.error && (
        <p className="form-error" role="alert">
          {list.error.message}
        </p>
      )}
      <div className={releaseId ? 'inbox-layout with-pane' : 'inbox-layout'}>
        <div>
          {releases && releases.length === 0 && (
            <EmptyState title="No releases recorded" actions={<Button onClick={openNew}>Record release</Button>}>
              When a new version ships, record it with its highlights and the feedback themes it delivers. Fieldbook lists the
              accounts on older versions and those who asked, and lays out the tasks to tell them.
            </EmptyState>
          )}
          {releases && releases.length > 0 && (
            <table className="table">
              <caption className="visually-hidden">Releases</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Released</th>
                  <th scope="col">Themes it ships</th>
                  <th scope="col">Accounts told</th>
                </tr>
              </thead>
              <tbody>
                {releases.map((r) => (
                  <tr key={r.id} aria-selected={r.id === releaseId}>
                    <td className="primary-cell">
                      <a
                        href={`#releases/${r.id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          go({ page: 'releases', releaseId: r.id });
                        }}
                      >
                        {r.version}
                      </a>
                    </td>
                    <td>{formatDay(r.releasedOn)}</td>
                    <td>{r.themes.length === 0 ? <span className="faint">—</span> : r.themes.map((t) => t.title).join(', ')}</td>
                    <td>{r.notifiedAt ? 'Yes' : <span className="faint">Not yet</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        {releaseId && <ReleasePane key={releaseId} releaseId={releaseId} onClose={() => go({ page: 'releases' })} />}
      </div>
      {recording && (
        <RecordReleaseDialog
          onClose={() => setRecording(false)}
          onSaved={(r) => {
            setRecording(false);
            toast.info(`Recorded version ${r.version}.`);
            go({ page: 'releases', releaseId: r.id });
          }}
        />
      )}
    </div>
  );
}
