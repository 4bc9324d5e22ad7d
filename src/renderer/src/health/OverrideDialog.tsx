import { addDays, localIsoDate } from '../../../shared/dates/iso-date';
import { SetOverrideInput, type AccountHealth } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { numberOrNull } from './issues';

/** "Override health score": the CSM's score, why, and until when. */
export function OverrideDialog({ accountId, onClose, onSaved }: { accountId: string; onClose: () => void; onSaved: (h: AccountHealth) => void }) {
  const override = useApiMutation('health.setOverride');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: SetOverrideInput,
    defaultValues: { accountId, reason: '', expiresOn: addDays(localIsoDate(new Date()), 30) },
    onSubmit: async (input) => onSaved(await override.mutateAsync(input)),
  });

  return (
    <FormDialog title="Override health score" submitLabel="Override score" submitting={isSubmitting} error={formError} onClose={onClose} onSubmit={submit}>
      <TextField label="Score (0–100)" inputMode="numeric" error={errors.score?.message} {...register('score', { setValueAs: numberOrNull })} />
      <TextAreaField label="Reason" rows={3} error={errors.reason?.message} hint="What the numbers don't show, e.g. the sponsor resigned last week." {...register('reason')} />
      <TextField label="Expires on" type="date" error={errors.expiresOn?.message} hint="The computed score counts again after this day." {...register('expiresOn')} />
    </FormDialog>
  );
}
