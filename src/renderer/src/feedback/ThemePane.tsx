import { useState } from 'react';
import { THEME_STATUS_LABELS } from '../../../shared/feedback/theme-status';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatDateTime, formatMoney } from '../ui/format';
import { toast } from '../ui/toasts';
import { RequestCard } from './RequestCard';
import { StatusDialog } from './StatusDialog';
import { ThemeStatusBadge } from './StatusBadge';
import { ThemeFormDialog } from './ThemeFormDialog';
import { useTheme } from './queries';

/** One theme: what it costs (ARR, accounts), every request with its why-chain, its history. */
export function ThemePane({ themeId, onClose }: { themeId: string; onClose: () => void }) {
  const loaded = useTheme(themeId);
  const detail = loaded.data;
  const unlinkRequest = useApiMutation('feedback.unlink');
  const removeTheme = useApiMutation('feedback.removeTheme');
  const [changingStatus, setChangingStatus] = useState(false);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);

  // A theme just deleted stays on screen until the pane closes; its failed refetch is no news.
  if (loaded.error && !detail) {
    return (
      <aside className="detail-pane" aria-label="Theme">
        <p className="form-error" role="alert">
          {loaded.error.message}
        </p>
      </aside>
    );
  }
  if (!detail) return <aside className="detail-pane" aria-label="Theme" aria-busy="true" />;
  const { theme, requests, history } = detail;

  const unlink = async (requestId: string) => {
    try {
      await unlinkRequest.mutateAsync({ requestId });
      toast.info('Request unlinked; it is back in the inbox.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const remove = async () => {
    setRemoving(false);
    try {
      await removeTheme.mutateAsync({ id: theme.id });
      toast.info(`Deleted “${theme.title}”; its requests are back in the inbox.`);
      onClose();
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <aside className="detail-pane" aria-label={`Theme: ${theme.title}`}>
      <header className="stack detail-head">
        <div className="row">
          <ThemeStatusBadge status={theme.status} />
          <span className="spacer" />
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button size="sm" variant="ghost" aria-label="Close theme" onClick={onClose}>
            ✕
          </Button>
        </div>
        <h2>{theme.title}</h2>
        {theme.problemStatement && <p>{theme.problemStatement}</p>}
        {theme.status === 'wont-do' && theme.wontDoReason && (
          <p className="muted">
            <span className="field-label">Won’t do because</span> {theme.wontDoReason}
          </p>
        )}
        <dl className="facts">
          <dt>ARR at stake</dt>
          <dd className="strong-figure">{formatMoney(theme.arrAtStake)}</dd>
          <dt>Accounts</dt>
          <dd>
            {theme.accountCount} {theme.accountNames.length > 0 && <span className="muted">· {theme.accountNames.join(', ')}</span>}
          </dd>
          <dt>Requests</dt>
          <dd>{theme.requestCount}</dd>
        </dl>
        <div className="row">
          <Button variant="primary" onClick={() => setChangingStatus(true)}>
            Change status
          </Button>
          <Button variant="danger" onClick={() => setRemoving(true)}>
            Delete theme
          </Button>
        </div>
      </header>

      <section className="stack" aria-label="Requests">
        <h3>Requests</h3>
        {requests.length === 0 && <p className="muted">No request is linked yet. Link one from the inbox or an account’s Feedback tab.</p>}
        {requests.map((r) => (
          <RequestCard
            key={r.id}
            request={r}
            showAccount
            actions={
              <Button size="sm" variant="ghost" aria-label={`Unlink feedback from ${r.accountName}`} onClick={() => void unlink(r.id)}>
                Unlink
              </Button>
            }
          />
        ))}
      </section>

      <section className="stack" aria-label="Status history">
        <h3>History</h3>
        <ol className="history">
          {[...history].reverse().map((h, i) => (
            <li key={i}>
              <span className="faint">{formatDateTime(h.changedAt)}</span>{' '}
              {h.from ? (
                <>
                  {THEME_STATUS_LABELS[h.from]} → <strong>{THEME_STATUS_LABELS[h.to]}</strong>
                </>
              ) : (
                <>Created as {THEME_STATUS_LABELS[h.to].toLowerCase()}</>
              )}
              {h.reason && <span className="muted"> · {h.reason}</span>}
            </li>
          ))}
        </ol>
      </section>

      {changingStatus && (
        <StatusDialog
          theme={theme}
          onClose={() => setChangingStatus(false)}
          onSaved={(d) => {
            setChangingStatus(false);
            toast.info(
              d.theme.status === 'shipped'
                ? `Marked shipped. Each linked account has a task to close the loop.`
                : `Status changed to ${THEME_STATUS_LABELS[d.theme.status].toLowerCase()}.`,
            );
          }}
        />
      )}
      {editing && (
        <ThemeFormDialog
          themeId={theme.id}
          initial={{ title: theme.title, problemStatement: theme.problemStatement }}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast.info('Changes saved.');
          }}
        />
      )}
      <ConfirmDialog
        open={removing}
        title={`Delete “${theme.title}”?`}
        message="The theme and its history are removed. Its requests stay with their accounts and go back to the inbox, unlinked."
        confirmLabel="Delete theme"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(false)}
      />
    </aside>
  );
}
