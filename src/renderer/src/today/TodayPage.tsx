import { useState } from 'react';
import type { Account } from '../../../shared/accounts/schema';
import type { Today, TodayItem } from '../../../shared/health/schema';
import { ALERT_INFO } from '../../../shared/health/triggers';
import { keepPreviousData } from '@tanstack/react-query';
import { callOp } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { useTaskActions } from '../tasks/queries';
import { AlertStepDialog } from '../health/AlertDialogs';
import { RenewalDialog } from '../health/RenewalDialog';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDay, relativeDay } from '../ui/format';
import { toast } from '../ui/toasts';
import { PortfolioFigures } from './PortfolioFigures';
import '../health/health.css';
import './today.css';
import { TodayBlockers } from '../blockers/TodayBlockers';
import { WeeklyDigestButton } from '../handover/WeeklyDigestButton';
import { BackupWarning } from '../backups/BackupWarning';
import { LifecycleToday } from '../lifecycle/LifecycleToday';
import { GrowthFigures } from '../growth/GrowthFigures';
import { AlertAdvocacyDialog } from '../growth/AlertAdvocacyDialog';

const PAGE = 50;
const LEVEL_CLASS = { urgent: 'badge-danger', high: 'badge-warn', medium: 'badge-info', low: '' } as const;
const KIND_LABEL = { alert: 'Alert', task: 'Task', renewal: 'Renewal' } as const;

type Open = { kind: 'alert' | 'advocacy'; item: TodayItem } | { kind: 'renewal'; account: Account } | null;

/** An alert item's title is its kind's label (main/today/ranking.ts): a promoter alert is acted on by asking for advocacy. */
const isPromoterAlert = (item: TodayItem) => item.kind === 'alert' && item.title === ALERT_INFO.promoter.label;

/** What needs doing across the book, one list ranked by priority (risk × ARR × due), with the portfolio on top. */
export function TodayPage() {
  const go = useRoute((s) => s.go);
  const [shown, setShown] = useState(PAGE);
  const today = useApiQuery('today.list', { limit: shown }, { placeholderData: keepPreviousData });
  const portfolio = useApiQuery('today.portfolio', undefined);
  const tasks = useTaskActions();
  const [open, setOpen] = useState<Open>(null);
  const data: Today | undefined = today.data;

  const copyAtRisk = async () => {
    try {
      const { text, accounts } = await callOp('today.summary', { atRiskOnly: true });
      if (accounts === 0) return toast.info('No account is At-risk or Critical.');
      await navigator.clipboard.writeText(text);
      toast.info(`Copied ${accounts} at-risk summar${accounts === 1 ? 'y' : 'ies'}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  const openRenewal = async (item: TodayItem) => {
    try {
      setOpen({ kind: 'renewal', account: await callOp('accounts.get', { id: item.accountId }) });
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="subtitle">
            {new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' }).format(new Date())}
            {data && ` · ${data.total.toLocaleString()} to look at · ${data.counts.urgent.toLocaleString()} urgent · ${data.counts.overdue.toLocaleString()} overdue`}
          </p>
        </div>
        <div className="row">
          <WeeklyDigestButton />
          <Button onClick={() => void copyAtRisk()}>Copy at-risk summaries</Button>
        </div>
      </header>
      <BackupWarning />
      {(today.error ?? portfolio.error) && (
        <p className="form-error" role="alert">
          {(today.error ?? portfolio.error)?.message}
        </p>
      )}
      {portfolio.data && (portfolio.data.accounts > 0 || portfolio.data.retention.outcomes > 0) && <PortfolioFigures p={portfolio.data} />}
      <GrowthFigures />
      <TodayBlockers />
      <LifecycleToday />
      {data && data.total === 0 && (
        <EmptyState title="Nothing needs attention" actions={<Button onClick={() => go({ page: 'accounts' })}>Go to accounts</Button>}>
          No alert is open, no task is due in the next 30 days and no renewal comes within 90. Tasks come from each account’s playbook,
          renewals and your action items; alerts from health checks.
        </EmptyState>
      )}
      {data && data.total > 0 && (
        <section className="stack" aria-label="Needs attention">
          <h2 className="group-title">
            Needs attention{' '}
            <span className="faint">
              {data.items.length < data.total ? `${data.items.length.toLocaleString()} of ${data.total.toLocaleString()}, highest priority first` : data.total.toLocaleString()}
            </span>
          </h2>
          <ol className="today-list" aria-label="Ranked by priority">
            {data.items.map((item) => (
              <li key={`${item.kind}:${item.id}`} className={`today-item kind-${item.kind}`}>
                {item.kind === 'task' ? (
                  <input type="checkbox" aria-label={`Done: ${item.title}`} onChange={() => tasks.setDone.mutate({ id: item.id, done: true }, { onSuccess: () => toast.info(`Done: ${item.title}`) })} />
                ) : (
                  <span className="today-kind" aria-hidden="true" />
                )}
                <div className="today-main">
                  <span className="today-title">
                    <span className={`badge ${LEVEL_CLASS[item.level]}`}>{item.level}</span> <span className="badge">{KIND_LABEL[item.kind]}</span> {item.title}
                  </span>
                  <span className="today-meta">
                    <a
                      href={`#account/${item.accountId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        go({ page: 'account', accountId: item.accountId, tab: item.kind === 'task' ? 'tasks' : 'health' });
                      }}
                    >
                      {item.accountName}
                    </a>
                    <span>{item.why}</span>
                    {item.dueOn && (
                      <span title={formatDay(item.dueOn)}>
                        {item.kind === 'alert' ? 'act ' : 'due '}
                        {relativeDay(item.dueOn)}
                      </span>
                    )}
                  </span>
                  {item.nextAction !== item.title && <span className="today-next">Next: {item.nextAction}</span>}
                  <details className="today-why">
                    <summary>Why this rank</summary>
                    <span>{item.explanation}</span>
                  </details>
                </div>
                <div className="row">
                  {isPromoterAlert(item) && (
                    <Button size="sm" onClick={() => setOpen({ kind: 'advocacy', item })} aria-label={`Ask for advocacy: ${item.accountName}`}>
                      Ask for advocacy…
                    </Button>
                  )}
                  {item.kind === 'alert' && (
                    <Button size="sm" onClick={() => setOpen({ kind: 'alert', item })} aria-label={`Acknowledge: ${item.title}, ${item.accountName}`}>
                      Acknowledge
                    </Button>
                  )}
                  {item.kind === 'renewal' && (
                    <Button size="sm" onClick={() => void openRenewal(item)} aria-label={`Record renewal outcome: ${item.accountName}`}>
                      Record outcome
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
          {data.items.length < data.total && (
            <div>
              <Button onClick={() => setShown((n) => n + PAGE)}>Show {Math.min(PAGE, data.total - data.items.length)} more</Button>
            </div>
          )}
        </section>
      )}
      {open?.kind === 'advocacy' && <AlertAdvocacyDialog accountId={open.item.accountId} alertId={open.item.id} onClose={() => setOpen(null)} />}
      {open?.kind === 'alert' && (
        <AlertStepDialog
          step="acknowledge"
          alert={{ id: open.item.id, label: open.item.title, accountName: open.item.accountName, play: open.item.nextAction }}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            toast.info('Alert acknowledged.');
          }}
        />
      )}
      {open?.kind === 'renewal' && (
        <RenewalDialog
          account={open.account}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            toast.info('Renewal recorded.');
          }}
        />
      )}
    </div>
  );
}
