import { useState } from 'react';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { useApiMutation } from '../api/use-api';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { EmptyState } from '../ui/EmptyState';
import { toast } from '../ui/toasts';
import { CaptureFeedbackButton } from './CaptureFeedbackButton';
import { CaptureFeedbackDialog } from './CaptureFeedbackDialog';
import { LinkThemePanel } from './LinkThemePanel';
import { RequestCard } from './RequestCard';
import { useAccountFeedback } from './queries';
import './feedback.css';

/** An account's feedback: what its people asked for, why, and which root problem it belongs to. */
export function FeedbackTab({ account }: AccountTabProps) {
  const go = useRoute((s) => s.go);
  const { data: requests, error: loadError } = useAccountFeedback(account.id);
  const error = loadError?.message;
  const removeRequest = useApiMutation('feedback.remove');
  const [editing, setEditing] = useState<FeedbackRequest | null>(null);
  const [linking, setLinking] = useState<FeedbackRequest | null>(null);
  const [removing, setRemoving] = useState<FeedbackRequest | null>(null);
  const openTheme = (themeId: string) => go({ page: 'feedback', themeId });

  const remove = async (r: FeedbackRequest) => {
    setRemoving(null);
    try {
      await removeRequest.mutateAsync({ id: r.id });
      toast.info('Feedback deleted.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="stack feedback-tab">
      <div className="row">
        <p className="muted">
          {requests ? `${requests.length} request${requests.length === 1 ? '' : 's'} from ${account.name}` : ''}
        </p>
        <span className="spacer" />
        <CaptureFeedbackButton
          accountId={account.id}
          onSaved={(r) => {
            toast.info('Feedback saved.', { label: 'Link to a theme', run: () => setLinking(r) });
          }}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {requests && requests.length === 0 && (
        <EmptyState title="No feedback captured yet">
          When {account.name} asks for something, capture it in their words and ask “why?” until the problem underneath
          shows. Press Capture feedback to start.
        </EmptyState>
      )}
      {requests && requests.length > 0 && (
        <div className="request-list">
          {requests.map((r) => (
            <RequestCard
              key={r.id}
              request={r}
              showTheme
              onOpenTheme={openTheme}
              actions={
                <>
                  <Button size="sm" onClick={() => setLinking(r)}>
                    {r.themeId ? 'Move to theme' : 'Link to theme'}
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Edit feedback “${r.request}”`} onClick={() => setEditing(r)}>
                    Edit
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={`Delete feedback “${r.request}”`} onClick={() => setRemoving(r)}>
                    Delete
                  </Button>
                </>
              }
            />
          ))}
        </div>
      )}
      {editing && (
        <CaptureFeedbackDialog
          accountId={account.id}
          existing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            toast.info('Changes saved.');
          }}
        />
      )}
      {linking && (
        <Dialog title="Link to a theme" open onClose={() => setLinking(null)} footer={<Button onClick={() => setLinking(null)}>Close</Button>}>
          <p className="muted">“{linking.request}”</p>
          <LinkThemePanel
            request={linking}
            onLinked={() => setLinking(null)}
          />
        </Dialog>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Delete this feedback?"
        message="The request, its why-chain and root cause are removed from the account and from any theme."
        confirmLabel="Delete"
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
