import type { InboxItem, InboxQuery } from '../../../shared/feedback/schema';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { useAllAccounts } from '../accounts/queries';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { OperationProgress } from '../ui/OperationProgress';
import { SelectField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { InboxTable, inboxKey } from './InboxTable';
import { useInbox } from './inbox-store';
import { CATEGORY_OPTIONS, ROUTE_OPTIONS, SEGMENT_OPTIONS, SORT_OPTIONS, STATUS_OPTIONS, withAny } from './options';
import { useInboxItems } from './queries';
import { RequestPane } from './RequestPane';
import { ThemePane } from './ThemePane';
import './feedback.css';

/**
 * The cross-account feedback inbox: root problems (themes) and requests not yet linked,
 * ranked by ARR at stake, number of accounts or age, and exported as the product team needs.
 */
export function FeedbackPage({ themeId }: { themeId?: string | undefined }) {
  const go = useRoute((s) => s.go);
  const { query, setQuery, requestId, openRequest } = useInbox();
  const inbox = useInboxItems(query);
  const accounts = useAllAccounts();
  const exportInbox = useApiMutation('feedback.exportInbox');
  const exportOp = useLongOperation();
  const exporting = exportOp.running;
  const items = inbox.data;

  const selectedKey = themeId ? `t:${themeId}` : requestId ? `r:${requestId}` : null;
  const open = (item: InboxItem) => {
    if (item.kind === 'theme') {
      openRequest(null);
      go({ page: 'feedback', themeId: item.theme.id });
    } else {
      openRequest(item.request.id);
      go({ page: 'feedback' });
    }
  };
  const closePane = () => {
    openRequest(null);
    go({ page: 'feedback' });
  };

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      const result = await exportOp.run((operationId) => exportInbox.mutateAsync({ format, query, operationId }));
      if (result.status === 'cancelled') toast.info('Export cancelled — nothing was written.');
      else toast.info(`Exported ${result.requestCount} request${result.requestCount === 1 ? '' : 's'} to ${result.path}`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const themes = items?.filter((i) => i.kind === 'theme').length ?? 0;
  const unlinked = (items?.length ?? 0) - themes;
  const filtered = Object.keys(query).some((k) => k !== 'sort');
  const set = (key: keyof InboxQuery) => (e: { target: { value: string } }) => setQuery({ [key]: e.target.value || undefined });

  return (
    <div className="page feedback-page">
      <header className="page-header">
        <div>
          <h1>Feedback</h1>
          <p className="subtitle">
            {items
              ? `${themes} theme${themes === 1 ? '' : 's'} · ${unlinked} unlinked request${unlinked === 1 ? '' : 's'}${filtered ? ' matching the filters' : ''}`
              : ' '}
          </p>
        </div>
        <div className="row">
          {exporting && <OperationProgress label="Exporting feedback" progress={exportOp.progress} onCancel={exportOp.cancel} />}
          <Button disabled={exporting || !items || items.length === 0} onClick={() => void exportAs('csv')}>
            Export CSV
          </Button>
          <Button disabled={exporting || !items || items.length === 0} onClick={() => void exportAs('json')}>
            Export JSON
          </Button>
        </div>
      </header>

      <div className="toolbar inbox-filters" role="group" aria-label="Filters">
        <SelectField label="Status" value={query.status ?? ''} options={withAny('Any status', STATUS_OPTIONS)} onChange={set('status')} />
        <SelectField label="Category" value={query.category ?? ''} options={withAny('Any category', CATEGORY_OPTIONS)} onChange={set('category')} />
        <SelectField label="Route" value={query.route ?? ''} options={withAny('Any route', ROUTE_OPTIONS)} onChange={set('route')} />
        <SelectField label="Segment" value={query.segment ?? ''} options={withAny('Any segment', SEGMENT_OPTIONS)} onChange={set('segment')} />
        <SelectField
          label="Account"
          value={query.accountId ?? ''}
          options={withAny('All accounts', (accounts.data ?? []).map((a) => ({ value: a.id, label: a.name })))}
          onChange={set('accountId')}
        />
        <SelectField label="Sort by" value={query.sort ?? 'arr'} options={SORT_OPTIONS} onChange={set('sort')} />
        {filtered && (
          <Button variant="ghost" onClick={() => setQuery({ status: undefined, category: undefined, route: undefined, segment: undefined, accountId: undefined })}>
            Clear filters
          </Button>
        )}
      </div>

      {inbox.error && (
        <p className="form-error" role="alert">
          {inbox.error.message}
        </p>
      )}

      <div className={selectedKey ? 'inbox-layout with-pane' : 'inbox-layout'}>
        <div className="inbox-list">
          {items && items.length === 0 && !filtered && (
            <EmptyState title="No feedback yet">
              Capture feedback from an account’s Feedback tab. Requests that share a root problem are linked into themes here,
              ranked by the ARR at stake.
            </EmptyState>
          )}
          {items && items.length === 0 && filtered && (
            <EmptyState
              title="Nothing matches these filters"
              actions={
                <Button onClick={() => setQuery({ status: undefined, category: undefined, route: undefined, segment: undefined, accountId: undefined })}>
                  Clear filters
                </Button>
              }
            >
              Try another status or category, or clear the filters to see the whole inbox.
            </EmptyState>
          )}
          {items && items.length > 0 && <InboxTable items={items} selectedKey={selectedKey} onOpen={open} />}
        </div>
        {themeId && <ThemePane key={themeId} themeId={themeId} onClose={closePane} />}
        {!themeId && requestId && (
          <RequestPane
            key={requestId}
            requestId={requestId}
            onClose={closePane}
            onLinked={(id) => {
              openRequest(null);
              go({ page: 'feedback', themeId: id });
            }}
          />
        )}
      </div>
    </div>
  );
}

export { inboxKey };
