import { z } from 'zod';
import {
  isMoveOn,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGE_LABELS,
  OPPORTUNITY_STAGES,
  OpportunityFields,
  type Opportunity,
} from '../../../shared/growth/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { GuardrailWarning } from './GuardrailWarning';
import { useGuardrails } from './queries';

const OpportunityForm = OpportunityFields.extend({ overrideNote: z.string().trim().max(1000, 'Keep the note under 1,000 characters') });
type FormIn = z.input<typeof OpportunityForm>;

const blank: FormIn = { kind: 'seats', arr: 0, stage: 'identified', nextStep: '', nextStepOn: null, overrideNote: '' };

/**
 * Creates or edits an expansion opportunity. Seed 003's guardrails are shown up front; when one
 * holds and the opportunity is created or moved on, a note saying why is required.
 */
export function OpportunityDialog({ accountId, editing, onClose }: { accountId: string; editing: Opportunity | null; onClose: () => void }) {
  const create = useApiMutation('growth.createOpportunity');
  const update = useApiMutation('growth.updateOpportunity');
  const guard = useGuardrails(accountId);
  const guardrails = guard.data?.guardrails ?? [];
  const initial: FormIn = editing
    ? { kind: editing.kind, arr: editing.arr, stage: editing.stage, nextStep: editing.nextStep, nextStepOn: editing.nextStepOn, overrideNote: '' }
    : blank;
  const {
    register,
    watch,
    setError,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: OpportunityForm,
    defaultValues: initial,
    serverPath: ['fields'],
    onSubmit: async ({ overrideNote, ...fields }) => {
      if (guardrails.length > 0 && isMoveOn(editing?.stage ?? null, fields.stage) && !overrideNote) {
        setError('overrideNote', { type: 'required', message: 'Say why you go ahead despite the warning' }, { shouldFocus: true });
        return;
      }
      const note = overrideNote ? { overrideNote } : {};
      if (editing) await update.mutateAsync({ id: editing.id, fields, ...note });
      else await create.mutateAsync({ accountId, fields, ...note });
      onClose();
    },
  });
  const stage = watch('stage');
  const warn = guardrails.length > 0 && isMoveOn(editing?.stage ?? null, stage);

  return (
    <FormDialog
      title={editing ? 'Edit opportunity' : 'New opportunity'}
      submitLabel={editing ? 'Save changes' : 'Create opportunity'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
      width={600}
    >
      {warn && <GuardrailWarning className="span-2" guardrails={guardrails} />}
      <SelectField
        label="Kind"
        options={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: OPPORTUNITY_KIND_LABELS[k] }))}
        error={errors.kind?.message}
        {...register('kind')}
      />
      <TextField
        label="Estimated ARR"
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        error={errors.arr?.message}
        {...register('arr', { valueAsNumber: true })}
      />
      <SelectField
        label="Stage"
        options={OPPORTUNITY_STAGES.map((s) => ({ value: s, label: OPPORTUNITY_STAGE_LABELS[s] }))}
        error={errors.stage?.message}
        {...register('stage')}
      />
      <TextField
        label="Next step date"
        type="date"
        error={errors.nextStepOn?.message}
        {...register('nextStepOn', { setValueAs: (v: string | null) => (v ? v : null) })}
      />
      <TextField label="Next step" className="span-2" placeholder="e.g. Demo the analytics module to the ops lead" error={errors.nextStep?.message} {...register('nextStep')} />
      {warn && (
        <TextAreaField
          label="Why go ahead anyway"
          className="span-2"
          rows={2}
          hint="Required while a warning holds; kept with the opportunity."
          error={errors.overrideNote?.message}
          {...register('overrideNote')}
        />
      )}
    </FormDialog>
  );
}
