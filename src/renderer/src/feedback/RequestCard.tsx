import { localIsoDate } from '../../../shared/dates/iso-date';
import type { ReactNode } from 'react';
import { CATEGORY_LABELS, PRIORITY_LABELS, ROUTE_LABELS } from '../../../shared/feedback/classification';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { formatDay } from '../ui/format';
import { ThemeStatusBadge } from './StatusBadge';
import { useRoute } from '../shell/route';

interface RequestCardProps {
  request: FeedbackRequest;
  /** Show the account's name (in cross-account views). */
  showAccount?: boolean;
  /** Show the theme the request is linked to (in account views). */
  showTheme?: boolean;
  onOpenTheme?: (themeId: string) => void;
  actions?: ReactNode;
}

/** One request as it was heard: the customer's words, the why-chain in order, the root cause. */
export function RequestCard({ request: r, showAccount, showTheme, onOpenTheme, actions }: RequestCardProps) {
  const go = useRoute((s) => s.go);
  return (
    <article className="request-card" aria-label={`Feedback: ${r.request}`}>
      <header className="request-card-head">
        <div className="stack request-card-title">
          {showAccount && <span className="request-account">{r.accountName}</span>}
          <blockquote className="request-quote">“{r.request}”</blockquote>
        </div>
        {actions && <div className="row request-actions">{actions}</div>}
      </header>
      {r.whys.length > 0 && (
        <ol className="why-chain" aria-label="Why chain">
          {r.whys.map((why, i) => (
            <li key={i}>
              <span className="why-n" aria-hidden="true">
                Why {i + 1}
              </span>
              <span>{why}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="root-cause-line">
        <span className="field-label">Root cause</span>{' '}
        {r.rootCause ? <strong>{r.rootCause}</strong> : <span className="faint">Not found yet</span>}
      </p>
      {(r.businessJustification || r.impactAssessment) && (
        <dl className="request-case">
          {r.businessJustification && (
            <>
              <dt className="field-label">Business justification</dt>
              <dd>{r.businessJustification}</dd>
            </>
          )}
          {r.impactAssessment && (
            <>
              <dt className="field-label">Impact</dt>
              <dd>{r.impactAssessment}</dd>
            </>
          )}
        </dl>
      )}
      <div className="row request-meta">
        <span className="badge">{CATEGORY_LABELS[r.category]}</span>
        <span className="muted">→ {ROUTE_LABELS[r.route]}</span>
        <span className="muted">· {PRIORITY_LABELS[r.priority]} priority</span>
        {r.productArea && <span className="muted">· {r.productArea}</span>}
        {r.askedBy.length > 0 && <span className="muted">· Asked by {r.askedBy.map((p) => p.name).join(', ')}</span>}
        <span className="faint">· {formatDay(localIsoDate(new Date(r.createdAt)))}</span>
        {r.noteId && (
          <span className="faint">
            ·{' '}
            <a
              href={`#account/${r.accountId}/checkins/${r.noteId}`}
              onClick={(e) => {
                e.preventDefault();
                if (r.noteId) go({ page: 'account', accountId: r.accountId, tab: 'checkins', focus: r.noteId });
              }}
            >
              From a check-in note
            </a>
          </span>
        )}
        {r.vendorIssueUrl && (
          <a href={r.vendorIssueUrl} target="_blank" rel="noreferrer" className="request-issue">
            · Vendor issue
          </a>
        )}
        {showTheme && r.themeId && r.themeStatus && (
          <span className="row request-theme">
            <span className="faint">· Theme</span>
            {onOpenTheme ? (
              <a
                href={`#feedback/${r.themeId}`}
                onClick={(e) => {
                  e.preventDefault();
                  if (r.themeId) onOpenTheme(r.themeId);
                }}
              >
                {r.themeTitle}
              </a>
            ) : (
              <span>{r.themeTitle}</span>
            )}
            <ThemeStatusBadge status={r.themeStatus} />
          </span>
        )}
      </div>
    </article>
  );
}
