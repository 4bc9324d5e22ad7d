import type { z } from 'zod';
import type { Contact } from '../../../shared/contacts/schema';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { SurveyFields } from '../../../shared/lifecycle/schema';
import { needsFollowUp, SURVEY_KINDS, SURVEY_SCALES } from '../../../shared/lifecycle/surveys';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { toast } from '../ui/toasts';

type FormIn = z.input<typeof SurveyFields>;

/** Records one contact's NPS, CSAT or CES answer. */
export function SurveyDialog({ accountId, contacts, onClose }: { accountId: string; contacts: Contact[]; onClose: () => void }) {
  const record = useApiMutation('lifecycle.recordSurvey');
  const defaults: FormIn = { contactId: contacts[0]?.id ?? '', kind: 'nps', score: Number.NaN, respondedOn: localIsoDate(new Date()), comment: '' };
  const {
    register,
    submit,
    watch,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: SurveyFields,
    fieldNames: ['contactId', 'kind', 'score', 'respondedOn', 'comment'],
    defaultValues: defaults,
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      await record.mutateAsync({ accountId, fields });
      toast.info(needsFollowUp(fields.kind, fields.score) ? 'Response recorded. A follow-up task was added.' : 'Response recorded.');
      onClose();
    },
  });
  const scale = SURVEY_SCALES[watch('kind')];
  return (
    <FormDialog title="Record survey response" submitLabel="Record response" submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError} layout="grid">
      <SelectField label="Contact" options={contacts.map((c) => ({ value: c.id, label: c.name }))} error={errors.contactId?.message} {...register('contactId')} />
      <SelectField label="Survey" options={SURVEY_KINDS.map((k) => ({ value: k, label: SURVEY_SCALES[k].label }))} error={errors.kind?.message} {...register('kind')} />
      <TextField
        label="Score"
        type="number"
        inputMode="numeric"
        min={scale.min}
        max={scale.max}
        hint={scale.question}
        error={errors.score?.message}
        {...register('score', { valueAsNumber: true })}
      />
      <TextField label="Answered on" type="date" error={errors.respondedOn?.message} {...register('respondedOn')} />
      <TextAreaField label="Comment" className="span-2" rows={3} error={errors.comment?.message} {...register('comment')} />
    </FormDialog>
  );
}
