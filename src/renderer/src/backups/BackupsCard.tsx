import { useState } from 'react';
import type { Backup, BackupKind } from '../../../shared/backups/schema';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime } from '../ui/format';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';
import { formatSize } from './format-size';
import { useBackups } from './queries';

const KIND_LABEL: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Backed up by you',
  'pre-migration': 'Before an upgrade',
  'pre-restore': 'Before a restore',
};

/** Settings → Backups: back up now, where backups go, when the last one succeeded, and restore one. */
export function BackupsCard() {
  const { data, error } = useBackups();
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const chooseFolder = useApiMutation('backups.chooseFolder');
  const useDefault = useApiMutation('backups.useDefaultFolder');
  const backupOp = useLongOperation();
  const [restoring, setRestoring] = useState<Backup | null>(null);

  const backUpNow = async () => {
    try {
      const b = await backupOp.run((operationId) => create.mutateAsync({ operationId }));
      toast.info(`Backed up: ${b.accounts ?? 0} accounts, ${formatSize(b.sizeBytes)}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const confirmRestore = async () => {
    const chosen = restoring;
    setRestoring(null);
    if (!chosen) return;
    try {
      await restore.mutateAsync({ name: chosen.name });
      toast.info(`Restored the backup of ${formatDateTime(chosen.createdAt)}. Your data as it was just before is kept as a backup too.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const changeFolder = async () => {
    try {
      const r = await chooseFolder.mutateAsync(undefined);
      if (r.folder) toast.info(`Backups now go to ${r.folder}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <section className="card" aria-label="Backups">
      <div className="card-header">
        <h2>Backups</h2>
        <div className="row">
          <Button size="sm" variant="primary" onClick={() => void backUpNow()} disabled={backupOp.running}>
            Back up now
          </Button>
        </div>
      </div>
      <div className="card-body stack">
        {backupOp.running && <OperationProgress label="Backing up" progress={backupOp.progress} onCancel={backupOp.cancel} />}
        {error && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        {data && (
          <>
            <p className="muted">
              Fieldbook backs up once a day when it starts and before every upgrade, and keeps the last 7 days and 4 weeks.
            </p>
            <p role="status">
              {data.lastSuccessAt ? `Last backup succeeded ${formatDateTime(data.lastSuccessAt)}.` : 'No backup yet.'}
            </p>
            {data.lastFailure && (
              <p className="form-error" role="alert">
                {data.lastFailure.message}
              </p>
            )}
            <dl className="facts">
              <dt>Backup folder</dt>
              <dd>
                <code className="path">{data.folder}</code>
              </dd>
            </dl>
            <div className="row">
              <Button size="sm" onClick={() => void changeFolder()}>
                Change backup folder…
              </Button>
              {!data.isDefaultFolder && (
                <Button size="sm" variant="ghost" onClick={() => useDefault.mutate(undefined, { onError: (e) => toast.error(e.message) })}>
                  Use the default folder
                </Button>
              )}
            </div>
            {data.backups.length === 0 ? (
              <p className="muted">No backups in this folder yet. Choose “Back up now” to make the first one.</p>
            ) : (
              <table className="table" aria-label="Backups">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Kind</th>
                    <th scope="col" className="num">
                      Size
                    </th>
                    <th scope="col" className="num">
                      Schema
                    </th>
                    <th scope="col" className="num">
                      Accounts
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.backups.map((b) => (
                    <tr key={b.name}>
                      <td>{formatDateTime(b.createdAt)}</td>
                      <td>{KIND_LABEL[b.kind]}</td>
                      <td className="num">{formatSize(b.sizeBytes)}</td>
                      <td className="num">{b.schemaVersion ?? 'unreadable'}</td>
                      <td className="num">{b.accounts ?? '—'}</td>
                      <td className="num">
                        <Button
                          size="sm"
                          onClick={() => setRestoring(b)}
                          disabled={b.schemaVersion === null || restore.isPending}
                          aria-label={`Restore the backup of ${formatDateTime(b.createdAt)}…`}
                        >
                          Restore…
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        message={
          restoring
            ? `Your data will be replaced by the backup of ${formatDateTime(restoring.createdAt)} (${restoring.accounts ?? 0} accounts). Your data as it is now is backed up first, so you can go back to it.`
            : ''
        }
        confirmLabel="Restore"
        danger
        onConfirm={() => void confirmRestore()}
        onCancel={() => setRestoring(null)}
      />
    </section>
  );
}
