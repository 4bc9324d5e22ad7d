import { useState } from 'react';
import type { Account } from '../../../shared/accounts/schema';
import { addMonths } from '../../../shared/dates/months';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { LOSS_REASONS, LOSS_REASON_LABELS, OUTCOME_LABELS, RENEWAL_OUTCOMES, type RenewalOutcome } from '../../../shared/health/retention';
import { RecordRenewalInput, type RenewalRecord } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { RenewalOpportunityField } from '../growth/RenewalOpportunityField';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { formatDay } from '../ui/format';
import { check, numberOrNull, serverMessages } from './issues';

/** "Record renewal outcome": renewed, expanded, contracted or churned; the new ARR; for a loss, which and why. */
export function RenewalDialog({ account, onClose, onSaved }: { account: Account; onClose: () => void; onSaved: (r: RenewalRecord) => void }) {
  const [outcome, setOutcome] = useState<RenewalOutcome>('renewed');
  const [newArr, setNewArr] = useState(String(account.arr));
  const [reason, setReason] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [next, setNext] = useState(addMonths(account.renewalDate ?? localIsoDate(new Date()), 12));
  const [opportunityId, setOpportunityId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const record = useApiMutation('health.recordRenewal');
  const loss = outcome === 'churned' || outcome === 'contracted';

  const choose = (value: RenewalOutcome) => {
    setOutcome(value);
    if (value === 'churned') setNewArr('0');
    else if (newArr === '0') setNewArr(String(account.arr));
  };

  const submit = async () => {
    const parsed = check(RecordRenewalInput, {
      accountId: account.id,
      outcome,
      newArr: numberOrNull(newArr),
      reason: loss && reason ? reason : null,
      reasonText: loss ? reasonText : '',
      nextRenewalDate: outcome === 'churned' ? null : next || null,
      opportunityId: opportunityId || null,
    });
    if (!parsed.ok) return setErrors(parsed.errors);
    setSubmitting(true);
    try {
      onSaved(await record.mutateAsync(parsed.value));
    } catch (e) {
      const m = serverMessages(e);
      setErrors(m.errors);
      setFormError(m.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title="Record renewal outcome"
      submitLabel="Record outcome"
      submitting={submitting}
      error={formError}
      layout="grid"
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted span-2">
        {account.renewalDate ? `The renewal of ${formatDay(account.renewalDate)}` : 'This renewal'}, at {account.arr.toLocaleString()} ARR. The account’s ARR and
        next renewal date move on when you record it.
      </p>
      <SelectField
        label="Outcome"
        options={RENEWAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        value={outcome}
        onChange={(e) => choose(e.target.value as RenewalOutcome)}
        error={errors.outcome}
      />
      <TextField label="New ARR" inputMode="decimal" value={newArr} onChange={(e) => setNewArr(e.target.value)} error={errors.newArr} />
      {loss && (
        <>
          <SelectField
            label="Reason"
            options={[{ value: '', label: 'Choose…' }, ...LOSS_REASONS.map((r) => ({ value: r, label: LOSS_REASON_LABELS[r] }))]}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
          <TextAreaField
            label="Which and why"
            className="span-2"
            rows={2}
            value={reasonText}
            onChange={(e) => setReasonText(e.target.value)}
            error={errors.reasonText}
            hint="Seed 002, month 12: if they moved to another solution, which and why?"
          />
        </>
      )}
      {outcome !== 'churned' && (
        <TextField label="Next renewal date" type="date" value={next} onChange={(e) => setNext(e.target.value)} error={errors.nextRenewalDate} />
      )}
      <RenewalOpportunityField accountId={account.id} outcome={outcome} value={opportunityId} onChange={setOpportunityId} error={errors.opportunityId} />
    </FormDialog>
  );
}
