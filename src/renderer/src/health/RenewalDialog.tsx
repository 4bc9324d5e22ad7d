import type { z } from 'zod';
import type { Account } from '../../../shared/accounts/schema';
import { addMonths } from '../../../shared/dates/months';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { LOSS_REASONS, LOSS_REASON_LABELS, OUTCOME_LABELS, RENEWAL_OUTCOMES, type LossReason, type RenewalOutcome } from '../../../shared/health/retention';
import { RecordRenewalInput, type RenewalRecord } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { RenewalOpportunityField } from '../growth/RenewalOpportunityField';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { formatDay } from '../ui/format';
import { numberOrNull } from './issues';

type FormIn = z.input<typeof RecordRenewalInput>;

const isLoss = (outcome: RenewalOutcome) => outcome === 'churned' || outcome === 'contracted';

/**
 * What the fields hold when they are hidden is not what was meant: a renewal keeps no loss
 * reason, a churn no next renewal date, and "None" is no opportunity (null, not '').
 */
const clean = (v: FormIn): FormIn => {
  const loss = isLoss(v.outcome);
  return {
    ...v,
    reason: loss ? (v.reason ?? null) : null,
    reasonText: loss ? v.reasonText : '',
    nextRenewalDate: v.outcome === 'churned' ? null : v.nextRenewalDate || null,
    opportunityId: v.opportunityId || null,
  };
};

/** "Record renewal outcome": renewed, expanded, contracted or churned; the new ARR; for a loss, which and why. */
export function RenewalDialog({ account, onClose, onSaved }: { account: Account; onClose: () => void; onSaved: (r: RenewalRecord) => void }) {
  const record = useApiMutation('health.recordRenewal');
  const {
    register,
    setValue,
    getValues,
    watch,
    submit,
    formError,
    formState: { errors, isSubmitting, isSubmitted },
  } = useApiForm({
    schema: RecordRenewalInput,
    clean,
    defaultValues: {
      accountId: account.id,
      outcome: 'renewed',
      newArr: account.arr,
      reason: null,
      reasonText: '',
      nextRenewalDate: addMonths(account.renewalDate ?? localIsoDate(new Date()), 12),
      opportunityId: null,
    },
    onSubmit: async (input) => onSaved(await record.mutateAsync(input)),
  });
  const outcome = watch('outcome');
  const reason = watch('reason');
  const opportunityId = watch('opportunityId');
  const loss = isLoss(outcome);

  // A churn leaves no ARR; going back from one restores the current ARR rather than keeping 0.
  const chose = (value: RenewalOutcome) => {
    if (value === 'churned') setValue('newArr', 0, { shouldValidate: isSubmitted });
    else if (getValues('newArr') === 0) setValue('newArr', account.arr, { shouldValidate: isSubmitted });
  };

  return (
    <FormDialog title="Record renewal outcome" submitLabel="Record outcome" submitting={isSubmitting} error={formError} layout="grid" onClose={onClose} onSubmit={submit}>
      <p className="muted span-2">
        {account.renewalDate ? `The renewal of ${formatDay(account.renewalDate)}` : 'This renewal'}, at {account.arr.toLocaleString()} ARR. The account’s ARR and
        next renewal date move on when you record it.
      </p>
      <SelectField
        label="Outcome"
        options={RENEWAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        error={errors.outcome?.message}
        {...register('outcome', { onChange: (e: { target: { value: string } }) => chose(e.target.value as RenewalOutcome) })}
      />
      <TextField label="New ARR" inputMode="decimal" error={errors.newArr?.message} {...register('newArr', { setValueAs: (v: unknown) => (typeof v === 'number' ? v : numberOrNull(String(v))) })} />
      {loss && (
        <>
          <SelectField
            label="Reason"
            options={[{ value: '', label: 'Choose…' }, ...LOSS_REASONS.map((r) => ({ value: r, label: LOSS_REASON_LABELS[r] }))]}
            value={reason ?? ''}
            onChange={(e) => setValue('reason', e.target.value === '' ? null : (e.target.value as LossReason), { shouldValidate: isSubmitted })}
            error={errors.reason?.message}
          />
          <TextAreaField
            label="Which and why"
            className="span-2"
            rows={2}
            error={errors.reasonText?.message}
            hint="Seed 002, month 12: if they moved to another solution, which and why?"
            {...register('reasonText')}
          />
        </>
      )}
      {outcome !== 'churned' && <TextField label="Next renewal date" type="date" error={errors.nextRenewalDate?.message} {...register('nextRenewalDate')} />}
      <RenewalOpportunityField
        accountId={account.id}
        outcome={outcome}
        value={opportunityId ?? ''}
        onChange={(id) => setValue('opportunityId', id === '' ? null : id)}
        error={errors.opportunityId?.message}
      />
    </FormDialog>
  );
}
