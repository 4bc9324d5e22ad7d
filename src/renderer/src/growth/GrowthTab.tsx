import { useState } from 'react';
import {
  ADVOCACY_KIND_LABELS,
  ADVOCACY_STATUS_LABELS,
  OPEN_STAGES,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_STAGE_LABELS,
  type Advocacy,
  type Opportunity,
  type PromoterSuggestion,
} from '../../../shared/growth/schema';
import { OUTCOME_LABELS } from '../../../shared/health/retention';
import { useApiMutation } from '../api/use-api';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { formatDay, formatMoney } from '../ui/format';
import { EditDeleteButtons, RecordActions, RecordTable } from '../ui/RecordTable';
import { toast } from '../ui/toasts';
import { AdvocacyDialog } from './AdvocacyDialog';
import { GuardrailWarning } from './GuardrailWarning';
import { OpportunityDialog } from './OpportunityDialog';
import { PromoterSuggestions } from './PromoterSuggestions';
import { useAdvocacy, useGuardrails, useOpportunities } from './queries';
import './growth.css';

/** An account's expansion opportunities (seed 001) behind seed 003's guardrails, and its people's advocacy. */
export function GrowthTab({ account }: AccountTabProps) {
  const opportunities = useOpportunities(account.id);
  const advocacy = useAdvocacy(account.id);
  const guard = useGuardrails(account.id);
  const removeOpportunity = useApiMutation('growth.removeOpportunity');
  const removeAdvocacy = useApiMutation('growth.removeAdvocacy');
  const [opportunity, setOpportunity] = useState<Opportunity | 'new' | null>(null);
  const [advocate, setAdvocate] = useState<Advocacy | 'new' | null>(null);
  const [promoter, setPromoter] = useState<PromoterSuggestion | null>(null);
  const [removing, setRemoving] = useState<Opportunity | null>(null);
  const open = (opportunities.data ?? []).filter((o) => OPEN_STAGES.includes(o.stage));
  const pipeline = open.reduce((n, o) => n + o.arr, 0);

  const remove = async (o: Opportunity) => {
    setRemoving(null);
    try {
      await removeOpportunity.mutateAsync({ id: o.id });
      toast.info('Opportunity deleted.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="stack growth-tab">
      <section className="card" aria-labelledby="opportunities-title">
        <div className="card-header">
          <h2 id="opportunities-title">
            Expansion opportunities{' '}
            <span className="faint">
              {open.length} open · {formatMoney(pipeline)}
            </span>
          </h2>
          <Button variant="primary" size="sm" onClick={() => setOpportunity('new')}>
            New opportunity
          </Button>
        </div>
        <div className="card-body stack">
          {guard.data && guard.data.guardrails.length > 0 && <GuardrailWarning guardrails={guard.data.guardrails} />}
          {opportunities.error && (
            <p className="form-error" role="alert">
              {opportunities.error.message}
            </p>
          )}
          {opportunities.data?.length === 0 && (
            <EmptyState title="No opportunities yet">
              Note seat growth, feature upsells, other products or professional services this account could use, with an estimated
              ARR and the next step.
            </EmptyState>
          )}
          {opportunities.data && opportunities.data.length > 0 && (
            <RecordTable framed={false} caption="Expansion opportunities" columns={['Kind', { label: 'Estimated ARR', numeric: true }, 'Stage', 'Next step']}>
              {opportunities.data.map((o) => (
                <tr key={o.id}>
                  <td>
                    {OPPORTUNITY_KIND_LABELS[o.kind]}
                    {o.overrideNote && (
                      <span className="override-note" title={o.overriddenGuardrails.map((g) => g.reason).join(' ')}>
                        Went ahead: {o.overrideNote}
                      </span>
                    )}
                    {o.renewal && (
                      <span className="override-note">
                        Closed at the renewal of {formatDay(o.renewal.renewalDate)} ({OUTCOME_LABELS[o.renewal.outcome].toLowerCase()})
                      </span>
                    )}
                  </td>
                  <td className="num">{formatMoney(o.arr)}</td>
                  <td>
                    <span className={o.stage === 'won' ? 'badge badge-ok' : o.stage === 'lost' ? 'badge' : 'badge badge-info'}>
                      {OPPORTUNITY_STAGE_LABELS[o.stage]}
                    </span>
                  </td>
                  <td>
                    {o.nextStep || <span className="faint">—</span>}
                    {o.nextStepOn && <span className="faint"> · {formatDay(o.nextStepOn)}</span>}
                  </td>
                  <RecordActions className="row-actions">
                    <EditDeleteButtons what={`${OPPORTUNITY_KIND_LABELS[o.kind]} opportunity`} onEdit={() => setOpportunity(o)} onDelete={() => setRemoving(o)} />
                  </RecordActions>
                </tr>
              ))}
            </RecordTable>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="advocacy-title">
        <div className="card-header">
          <h2 id="advocacy-title">Advocacy</h2>
          <Button size="sm" onClick={() => setAdvocate('new')}>
            Add advocacy
          </Button>
        </div>
        <div className="card-body stack">
          <PromoterSuggestions accountId={account.id} onAsk={setPromoter} />
          {advocacy.data?.length === 0 && (
            <EmptyState title="No advocates yet">
              Record who will take a reference call, tell their story in a case study, speak at an event, sit on the advisory board
              or join a beta. A promoter (NPS 9–10) is a good person to ask.
            </EmptyState>
          )}
          {advocacy.data && advocacy.data.length > 0 && (
            <ul className="advocacy-list" aria-label="Advocacy">
              {advocacy.data.map((a) => (
                <li key={a.id}>
                  <span className="strong-figure">{a.contactName}</span>
                  <span>{ADVOCACY_KIND_LABELS[a.kind]}</span>
                  <span className={a.status === 'active' || a.status === 'willing' ? 'badge badge-ok' : a.status === 'declined' ? 'badge' : 'badge badge-info'}>
                    {ADVOCACY_STATUS_LABELS[a.status]}
                  </span>
                  <span className="faint">
                    since {formatDay(a.since)}
                    {a.until && ` until ${formatDay(a.until)}`}
                  </span>
                  {a.fromSurvey && (
                    <span className="faint">
                      from NPS {a.fromSurvey.score} on {formatDay(a.fromSurvey.respondedOn)}
                    </span>
                  )}
                  {a.note && <span className="muted">{a.note}</span>}
                  <span className="spacer" />
                  <EditDeleteButtons
                    what={`${ADVOCACY_KIND_LABELS[a.kind]}: ${a.contactName}`}
                    deleteLabel="Remove"
                    onEdit={() => setAdvocate(a)}
                    onDelete={() => removeAdvocacy.mutate({ id: a.id }, { onError: (e) => toast.error(e.message) })}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      {opportunity && <OpportunityDialog accountId={account.id} editing={opportunity === 'new' ? null : opportunity} onClose={() => setOpportunity(null)} />}
      {advocate && <AdvocacyDialog accountId={account.id} editing={advocate === 'new' ? null : advocate} onClose={() => setAdvocate(null)} />}
      {promoter && <AdvocacyDialog accountId={account.id} editing={null} promoter={promoter} onClose={() => setPromoter(null)} />}
      <ConfirmDialog
        open={removing !== null}
        title="Delete this opportunity?"
        message="It leaves the pipeline for good."
        confirmLabel="Delete opportunity"
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </div>
  );
}
