import { useState } from 'react';
import type { AppStatus } from '../../../shared/settings/schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';

type Problem = Extract<AppStatus, { state: 'unavailable' }>['problem'];

/** What is wrong, in plain words, before the technical detail. */
const PLAIN: Record<Problem, string> = {
  unreadable: 'This file isn’t readable as a database: something may have overwritten it.',
  damaged: 'Parts of this file can’t be read reliably.',
  foreign: 'This file holds another program’s data, not Fieldbook’s.',
  newer: 'This file comes from a more recent Fieldbook than this one.',
};

/**
 * The recovery screen, shown instead of the app when the data file is refused. Says what is
 * wrong and offers three ways on: restore the newest good backup, open another file, or start a
 * new empty book. Each moves the refused file aside under a dated name; none deletes or writes it.
 */
export function Unavailable({ reason, databaseFile, problem }: { reason: string; databaseFile: string; problem?: Problem }) {
  const options = useApiQuery('recovery.options', undefined);
  const restore = useApiMutation('recovery.restoreNewestBackup');
  const openOther = useApiMutation('recovery.openAnotherFile');
  const startEmpty = useApiMutation('recovery.startEmpty');
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = restore.isPending || openOther.isPending || startEmpty.isPending;
  const newest = options.data?.newestGoodBackup ?? null;

  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main className="unavailable" aria-labelledby="unavailable-title">
      <div className="card">
        <div className="card-body stack">
          <h1 id="unavailable-title">Fieldbook can’t open your data</h1>
          {problem && <p className="lead">{PLAIN[problem]}</p>}
          <p role="alert">{reason}</p>
          <p className="muted">
            Data file: <code className="path">{databaseFile}</code>
          </p>
          <p className="muted">
            Fieldbook has not written to this file. Whatever you choose below, it is moved aside under a dated name in the same
            folder, never deleted, so you or someone helping you can still look at it.
          </p>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="recovery-choices" role="group" aria-label="Ways to continue">
            <div className="recovery-choice">
              <Button variant="primary" disabled={busy || !newest} onClick={() => void act(() => restore.mutateAsync(undefined))}>
                Restore the newest backup
              </Button>
              <p className="muted">
                {newest
                  ? `From ${formatDateTime(newest.createdAt)}, with ${newest.accounts ?? 0} accounts.`
                  : options.data
                    ? `No usable backup in ${options.data.backupFolder}.`
                    : 'Looking for backups…'}
              </p>
            </div>
            <div className="recovery-choice">
              <Button disabled={busy} onClick={() => void act(async () => openOther.mutateAsync(undefined))}>
                Open another file…
              </Button>
              <p className="muted">A Fieldbook data file you have elsewhere, such as a copy on another drive. It is copied in.</p>
            </div>
            <div className="recovery-choice">
              <Button disabled={busy} onClick={() => setConfirmEmpty(true)}>
                Start a new empty book…
              </Button>
              <p className="muted">Begin again with no accounts.</p>
            </div>
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={confirmEmpty}
        title="Start a new empty book?"
        message="Fieldbook will start with no accounts. The refused file is moved aside under a dated name in the same folder; nothing is deleted."
        confirmLabel="Start a new empty book"
        onConfirm={() => {
          setConfirmEmpty(false);
          void act(() => startEmpty.mutateAsync(undefined));
        }}
        onCancel={() => setConfirmEmpty(false)}
      />
    </main>
  );
}
