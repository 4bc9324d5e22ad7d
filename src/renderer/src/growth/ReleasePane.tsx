import { useState } from 'react';
import type { ReleaseAccount } from '../../../shared/growth/schema';
import { useApiMutation } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDay, formatDateTime } from '../ui/format';
import { toast } from '../ui/toasts';
import { useRelease } from './queries';

function AccountList({ label, accounts, empty }: { label: string; accounts: ReleaseAccount[]; empty: string }) {
  const go = useRoute((s) => s.go);
  if (accounts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="release-accounts" aria-label={label}>
      {accounts.map((a) => (
        <li key={a.id}>
          <a
            href={`#account/${a.id}`}
            onClick={(e) => {
              e.preventDefault();
              go({ page: 'account', accountId: a.id, tab: 'tasks' });
            }}
          >
            {a.name}
          </a>{' '}
          <span className="faint">{a.productVersion ? `on ${a.productVersion}` : 'version not recorded'}</span>
          {a.asked.length > 0 && <span className="release-asked">Asked for: {a.asked.join('; ')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** One release: what it ships, who is on an older version, whose requests it ships, and the one "Notify accounts" action. */
export function ReleasePane({ releaseId, onClose }: { releaseId: string; onClose: () => void }) {
  const loaded = useRelease(releaseId);
  const notify = useApiMutation('growth.notifyAccounts');
  const remove = useApiMutation('growth.removeRelease');
  const [removing, setRemoving] = useState(false);
  const r = loaded.data;
  if (loaded.error && !r) {
    return (
      <aside className="detail-pane" aria-label="Release">
        <p className="form-error" role="alert">
          {loaded.error.message}
        </p>
      </aside>
    );
  }
  if (!r) return <aside className="detail-pane" aria-label="Release" aria-busy="true" />;

  const run = async () => {
    try {
      const result = await notify.mutateAsync({ id: r.id });
      toast.info(
        result.created === 0
          ? 'Every account already has its tasks for this release.'
          : `Added ${result.created} ${result.created === 1 ? 'task' : 'tasks'}: ${result.notifyTasks} to notify, ${result.demoTasks} demo ${result.demoTasks === 1 ? 'offer' : 'offers'}.`,
      );
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const doRemove = async () => {
    setRemoving(false);
    try {
      await remove.mutateAsync({ id: r.id });
      toast.info(`Deleted release ${r.version}; tasks already made stay.`);
      onClose();
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <aside className="detail-pane" aria-label={`Release ${r.version}`}>
      <header className="stack detail-head">
        <div className="row">
          <span className="badge badge-info">{formatDay(r.releasedOn)}</span>
          <span className="spacer" />
          <Button size="sm" variant="ghost" onClick={() => setRemoving(true)}>
            Delete
          </Button>
          <Button size="sm" variant="ghost" aria-label="Close release" onClick={onClose}>
            ✕
          </Button>
        </div>
        <h2>Version {r.version}</h2>
        {r.highlights && <p className="release-highlights">{r.highlights}</p>}
      </header>
      <section className="stack" aria-label="Themes it ships">
        <h3>Themes it ships</h3>
        {r.themes.length === 0 ? (
          <p className="muted">No feedback themes: accounts get the release news only.</p>
        ) : (
          <ul className="release-themes">
            {r.themes.map((t) => (
              <li key={t.id}>
                {t.title} <span className="faint">· {t.status === 'shipped' ? 'shipped' : 'ships when you notify'}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="stack">
        <Button variant="primary" disabled={notify.isPending || r.toNotify.length === 0} onClick={() => void run()}>
          {notify.isPending ? 'Notifying…' : 'Notify accounts'}
        </Button>
        <p className="muted">
          {r.notifiedAt
            ? `Last run ${formatDateTime(r.notifiedAt)}. Running it again only adds what is missing.`
            : 'Each account gets one task with an email draft to copy; those whose requests it ships also get a demo offer. Its themes are marked shipped.'}
        </p>
      </div>
      <section className="stack" aria-label="Asked for what it ships">
        <h3>
          Asked for what it ships <span className="faint">{r.askedFor.length}</span>
        </h3>
        <AccountList label="Accounts whose requests it ships" accounts={r.askedFor} empty="No account asked for what this release ships." />
      </section>
      <section className="stack" aria-label="On an older version">
        <h3>
          To notify <span className="faint">{r.toNotify.length}</span>
        </h3>
        <AccountList label="Accounts to notify" accounts={r.toNotify} empty="Every account is on this version or newer." />
      </section>
      <ConfirmDialog
        open={removing}
        title={`Delete release ${r.version}?`}
        message="The release and its list of themes go; tasks it already made and themes it shipped stay."
        confirmLabel="Delete release"
        danger
        onConfirm={() => void doRemove()}
        onCancel={() => setRemoving(false)}
      />
    </aside>
  );
}
