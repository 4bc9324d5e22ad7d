import { Controller, useWatch } from 'react-hook-form';
import { addDays, isIsoDate } from '../../../shared/dates/iso-date';
import { addMonths } from '../../../shared/dates/months';
import { LicenseFields, type License, type LicenseFieldsInput } from '../../../shared/licenses/schema';
import { LICENSE_KINDS, LICENSE_KIND_LABELS, TEMPORARY_MAX_DAYS } from '../../../shared/licenses/rules';
import { expiryReminderDays, MAX_REMINDER_DAYS } from '../../../shared/licenses/status';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { emptyToNull } from '../accounts/account-form-values';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextField } from '../ui/Field';
import { formatDay } from '../ui/format';
import { ModulesInput } from './ModulesInput';

interface IssueLicenseFormProps {
  accountId: string;
  accountName: string;
  initial: LicenseFieldsInput;
  /** The account's earlier licenses, any of which this one may renew or upgrade. */
  history: License[];
  onClose: () => void;
  onIssued: (license: License) => void;
}

const KIND_HINT = {
  standard: 'A regular license; its renewal kick-off is due six months before it expires, and a reminder before expiry.',
  temporary: `At most ${TEMPORARY_MAX_DAYS} days; you get a reminder before it expires.`,
  mvp: 'Within the MVP project, from its start to its end; you get a reminder before it expires.',
} as const;

/** "Issue license": the shared zod schema checks every rule here before main signs anything. */
export function IssueLicenseForm({ accountId, accountName, initial, history, onClose, onIssued }: IssueLicenseFormProps) {
  const { data: suggestions } = useApiQuery('licenses.moduleSuggestions', undefined);
  const issue = useApiMutation('licenses.issue');
  const {
    register,
    submit,
    formError,
    control,
    getValues,
    setValue,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: LicenseFields,
    defaultValues: initial,
    mode: 'onTouched',
    serverPath: ['fields'],
    onSubmit: async (fields) => onIssued(await issue.mutateAsync({ accountId, fields })),
  });
  const kind = useWatch({ control, name: 'kind' });

  return (
    <FormDialog
      title={initial.replacesId ? `Renew license · ${accountName}` : `Issue license · ${accountName}`}
      submitLabel="Sign and issue"
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
      width={680}
    >
      <TextField
        label="Licensee"
        hint="A short but descriptive name for the customer, as it appears in the license."
        className="span-2"
        autoFocus
        error={errors.licensee?.message}
        {...register('licensee')}
      />
      <Controller
        control={control}
        name="modules"
        render={({ field, fieldState }) => (
          <ModulesInput value={field.value} onChange={field.onChange} suggestions={suggestions ?? []} error={fieldState.error?.message} />
        )}
      />
      <SelectField
        label="Kind"
        hint={KIND_HINT[kind]}
        className="span-2"
        error={errors.kind?.message}
        options={LICENSE_KINDS.map((k) => ({ value: k, label: LICENSE_KIND_LABELS[k] }))}
        {...register('kind', {
          // The kind's usual length, from the start day: a temporary license runs 30 days, a
          // standard one a year. MVP licenses end with the project, so their expiry is left alone.
          onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
            const validFrom = getValues('validFrom');
            if (!isIsoDate(validFrom)) return;
            if (e.target.value === 'temporary') setValue('expiresAt', addDays(validFrom, TEMPORARY_MAX_DAYS), { shouldValidate: true });
            if (e.target.value === 'standard') setValue('expiresAt', addMonths(validFrom, 12), { shouldValidate: true });
          },
        })}
      />
      <TextField label="Valid from" type="date" error={errors.validFrom?.message} {...register('validFrom')} />
      <TextField
        label="Expires on"
        type="date"
        hint="The license stops working at the start of this day."
        error={errors.expiresAt?.message}
        {...register('expiresAt')}
      />
      {kind === 'mvp' && (
        <>
          <TextField
            label="MVP project starts"
            type="date"
            error={errors.projectStart?.message}
            {...register('projectStart', { setValueAs: emptyToNull })}
          />
          <TextField
            label="MVP project ends"
            type="date"
            error={errors.projectEnd?.message}
            {...register('projectEnd', { setValueAs: emptyToNull })}
          />
        </>
      )}
      <TextField
        label="Remind me (days before expiry)"
        type="number"
        min={1}
        max={MAX_REMINDER_DAYS}
        placeholder={String(expiryReminderDays(kind, null))}
        hint={`Empty for ${expiryReminderDays(kind, null)} days. The reminder lands in Today and can go to your calendar.`}
        error={errors.reminderDays?.message}
        {...register('reminderDays', { setValueAs: (v: string) => (v === '' || v == null ? null : Number(v)) })}
      />
      <SelectField
        label="Replaces"
        hint="For a renewal or an upgrade: the license this one takes over from."
        error={errors.replacesId?.message}
        options={[
          { value: '', label: 'Nothing (a new license)' },
          ...history.map((l) => ({
            value: l.id,
            label: `${LICENSE_KIND_LABELS[l.kind]} · ${l.licensee} · until ${formatDay(l.expiresAt)}${l.revokedAt ? ' (revoked)' : ''}`,
          })),
        ]}
        {...register('replacesId', { setValueAs: emptyToNull })}
      />
    </FormDialog>
  );
}
