import { useState } from 'react';
import { MODELS, withWeights, type ModelWeights } from '../../../shared/health/models';
import { LOSS_REASON_LABELS, OUTCOME_LABELS } from '../../../shared/health/retention';
import type { Alert, HealthCheck } from '../../../shared/health/schema';
import { partialLabel } from '../../../shared/health/score';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { callOp } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatDay, formatMoney } from '../ui/format';
import { toast } from '../ui/toasts';
import { AlertStepDialog } from './AlertDialogs';
import { RiskBadge, TierChip, TrendArrow } from './badges';
import { OverrideDialog } from './OverrideDialog';
import { RecordCheckDialog } from './RecordCheckDialog';
import { RenewalDialog } from './RenewalDialog';
import { AlertAdvocacyDialog, AskForAdvocacyButton } from '../growth/AlertAdvocacyDialog';
import { RenewalOpportunityNote } from '../growth/RenewalOpportunityNote';
import { TrendChart } from './TrendChart';
import './health.css';

type Open =
  | { kind: 'check' }
  | { kind: 'override' }
  | { kind: 'renewal' }
  | { kind: 'alert'; step: 'acknowledge' | 'close'; alert: Alert }
  | { kind: 'advocacy'; alert: Alert }
  | null;

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The account's health: score and tier with each component's points, the trend, alerts and renewals. */
export function HealthTab({ account }: AccountTabProps) {
  const health = useApiQuery('health.get', { accountId: account.id });
  const settings = useApiQuery('health.settings', undefined);
  const renewals = useApiQuery('health.renewals', { accountId: account.id });
  const clear = useApiMutation('health.clearOverride', {
    onSuccess: () => toast.info('Override cleared.'),
    onError: (e) => toast.error(e.message),
  });
  const [open, setOpen] = useState<Open>(null);
  const h = health.data;
  const model = settings.data ? withWeights(settings.data.modelId, settings.data.weights[settings.data.modelId] as ModelWeights | undefined) : null;

  const copySummary = async () => {
    try {
      const { text } = await callOp('today.summary', { accountId: account.id });
      await navigator.clipboard.writeText(text);
      toast.info('Summary copied.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  if (health.error) return <p className="form-error" role="alert">{health.error.message}</p>;
  if (!h) return <div aria-busy="true" />;
  const latest: HealthCheck | null = h.latest;
  const active = h.alerts.filter((a) => a.status !== 'closed');
  const closed = h.alerts.filter((a) => a.status === 'closed');

  return (
    <div className="stack health-tab">
      <section className="card" aria-label="Health score">
        <div className="card-header">
          <h2>Health score</h2>
          <div className="row">
            <Button size="sm" onClick={() => void copySummary()}>
              Copy summary
            </Button>
            {h.override ? (
              <Button size="sm" onClick={() => clear.mutate({ accountId: account.id })}>
                Clear override
              </Button>
            ) : (
              latest && (
                <Button size="sm" onClick={() => setOpen({ kind: 'override' })}>
                  Override score
                </Button>
              )
            )}
            <Button size="sm" variant="primary" disabled={!model} onClick={() => setOpen({ kind: 'check' })}>
              Record health check
            </Button>
          </div>
        </div>
        {!latest ? (
          <div className="card-body">
            <EmptyState title="No health check yet">
              Record a health check after a sync: a score for each component, with the raw signals behind it if you have them.
            </EmptyState>
          </div>
        ) : (
          <div className="card-body health-summary">
            <div className="health-figure" aria-label="Current health">
              <span className="health-big num">{h.score}</span>
              <span className="stack">
                <span className="row">
                  {h.tier && <TierChip tier={h.tier} />}
                  {h.risk && <RiskBadge risk={h.risk} />}
                  {h.trend && <TrendArrow trend={h.trend} />}
                </span>
                <span className="faint">
                  Checked {formatDay(latest.checkedOn)} · {MODELS[latest.modelId].label.toLowerCase()}
                  {latest.partial && ` · ${partialLabel(latest)}`}
                </span>
              </span>
            </div>
            {h.override && (
              <p className="override-note" role="note">
                Overridden to <strong>{h.override.score}</strong> (computed {latest.score}) until {formatDay(h.override.expiresOn)}. Reason: {h.override.reason}
              </p>
            )}
            <table className="table contributions" aria-label="How the score is made">
              <thead>
                <tr>
                  <th>Component</th>
                  <th className="num">Weight</th>
                  <th className="num">Score</th>
                  <th className="num">Points</th>
                </tr>
              </thead>
              <tbody>
                {latest.contributions.map((c) => (
                  <tr key={c.key}>
                    <td>{c.label}</td>
                    <td className="num">
                      {c.weight} %{c.score !== null && c.effectiveWeight !== c.weight && <span className="faint"> → {points(c.effectiveWeight)} %</span>}
                    </td>
                    <td className="num">{c.score ?? <span className="faint">not judged</span>}</td>
                    <td className="num">{c.score === null ? <span className="faint">—</span> : points(c.points)}</td>
                  </tr>
                ))}
                <tr className="total-row">
                  <td>Score</td>
                  <td />
                  <td />
                  <td className="num">
                    <strong>{latest.score}</strong>
                  </td>
                </tr>
              </tbody>
            </table>
            <TrendChart checks={h.history} />
          </div>
        )}
      </section>

      <section className="card" aria-label="Alerts">
        <div className="card-header">
          <h2>Alerts</h2>
        </div>
        <div className="card-body stack">
          {active.length === 0 && <p className="muted">No open alert. Alerts appear when a check, a contact, a license or the renewal date trips an early-warning trigger.</p>}
          <ul className="alert-list">
            {active.map((a) => (
              <li key={a.id} className={`alert-item severity-${a.severity}`}>
                <div className="stack">
                  <span>
                    <strong>{a.label}</strong> <span className="badge">{a.severity}</span> <span className="faint">raised {formatDay(a.raisedOn)}</span>
                  </span>
                  <span>{a.reason}</span>
                  <span className="muted">Play: {a.play}</span>
                  {a.actionTaken && <span>Action taken: {a.actionTaken}</span>}
                </div>
                <div className="row">
                  {a.kind === 'promoter' && <AskForAdvocacyButton alert={a} onAsk={() => setOpen({ kind: 'advocacy', alert: a })} />}
                  {a.status === 'open' && (
                    <Button size="sm" onClick={() => setOpen({ kind: 'alert', step: 'acknowledge', alert: a })}>
                      Acknowledge
                    </Button>
                  )}
                  <Button size="sm" onClick={() => setOpen({ kind: 'alert', step: 'close', alert: a })}>
                    Close with outcome
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {closed.length > 0 && (
            <details>
              <summary>Closed alerts ({closed.length})</summary>
              <ul className="alert-list">
                {closed.map((a) => (
                  <li key={a.id} className="alert-item">
                    <div className="stack">
                      <span>
                        <strong>{a.label}</strong> <span className="faint">raised {formatDay(a.raisedOn)}, closed {a.closedAt ? formatDateTime(a.closedAt) : ''}</span>
                      </span>
                      {a.actionTaken && <span>Action taken: {a.actionTaken}</span>}
                      <span>Outcome: {a.outcome}</span>
                    </div>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      </section>

      {h.history.length > 1 && (
        <section className="card" aria-label="Health history">
          <div className="card-header">
            <h2>History</h2>
          </div>
          <table className="table">
            <thead>
              <tr>
                <th>Checked</th>
                <th className="num">Score</th>
                <th>Tier</th>
                <th>Weights</th>
                <th>Note</th>
              </tr>
            </thead>
            <tbody>
              {[...h.history].reverse().map((c) => (
                <tr key={c.id}>
                  <td>{formatDay(c.checkedOn)}</td>
                  <td className="num">{c.score}</td>
                  <td>
                    {c.tier && <TierChip tier={c.tier} />} {c.partial && <span className="faint">{partialLabel(c)}</span>}
                  </td>
                  <td className="faint">{c.components.map((x) => `${x.label} ${x.weight}`).join(' · ')}</td>
                  <td>{c.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="card" aria-label="Renewals">
        <div className="card-header">
          <h2>Renewals</h2>
          <Button size="sm" disabled={account.stage === 'Churned'} onClick={() => setOpen({ kind: 'renewal' })}>
            Record renewal outcome
          </Button>
        </div>
        <div className="card-body">
          {renewals.data && renewals.data.length === 0 ? (
            <p className="muted">No renewal recorded yet. Record the outcome when the renewal date passes, or earlier once it is decided.</p>
          ) : (
            <ul className="alert-list">
              {renewals.data?.map((r) => (
                <li key={r.id} className="alert-item">
                  <span>
                    <strong>{OUTCOME_LABELS[r.outcome]}</strong> · renewal of {formatDay(r.renewalDate)} · {formatMoney(r.previousArr)} → {formatMoney(r.newArr)}
                    {r.reason && ` · ${LOSS_REASON_LABELS[r.reason]}: ${r.reasonText}`}
                    <RenewalOpportunityNote accountId={account.id} renewalId={r.id} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {open?.kind === 'check' && model && (
        <RecordCheckDialog
          accountId={account.id}
          model={model}
          onClose={() => setOpen(null)}
          onSaved={(c) => {
            setOpen(null);
            toast.info(`Health check recorded: ${c.score}.`);
          }}
        />
      )}
      {open?.kind === 'override' && (
        <OverrideDialog
          accountId={account.id}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            toast.info('Score overridden.');
          }}
        />
      )}
      {open?.kind === 'renewal' && (
        <RenewalDialog
          account={account}
          onClose={() => setOpen(null)}
          onSaved={(r) => {
            setOpen(null);
            toast.info(`Renewal recorded: ${OUTCOME_LABELS[r.outcome]}.`);
          }}
        />
      )}
      {open?.kind === 'advocacy' && <AlertAdvocacyDialog accountId={account.id} alertId={open.alert.id} onClose={() => setOpen(null)} />}
      {open?.kind === 'alert' && (
        <AlertStepDialog
          step={open.step}
          alert={open.alert}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            toast.info(open.step === 'acknowledge' ? 'Alert acknowledged.' : 'Alert closed.');
          }}
        />
      )}
    </div>
  );
}
