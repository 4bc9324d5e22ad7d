import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { LinkThemePanel } from './LinkThemePanel';
import { RequestCard } from './RequestCard';
import { useRequest } from './queries';

/** An unlinked request: read it, then link it to a theme (suggested by similar words) or start one. */
export function RequestPane({ requestId, onLinked, onClose }: { requestId: string; onLinked: (themeId: string) => void; onClose: () => void }) {
  const go = useRoute((s) => s.go);
  const { data: request, error } = useRequest(requestId);
  if (error && !request) {
    return (
      <aside className="detail-pane" aria-label="Request">
        <p className="form-error" role="alert">
          {error.message}
        </p>
      </aside>
    );
  }
  if (!request) return <aside className="detail-pane" aria-label="Request" aria-busy="true" />;
  return (
    <aside className="detail-pane" aria-label="Request">
      <div className="row">
        <a
          href={`#account/${request.accountId}`}
          onClick={(e) => {
            e.preventDefault();
            go({ page: 'account', accountId: request.accountId, tab: 'feedback' });
          }}
        >
          {request.accountName}
        </a>
        <span className="spacer" />
        <Button size="sm" variant="ghost" aria-label="Close request" onClick={onClose}>
          ✕
        </Button>
      </div>
      <RequestCard request={request} />
      <h3>Link to a theme</h3>
      <LinkThemePanel request={request} onLinked={onLinked} />
    </aside>
  );
}
