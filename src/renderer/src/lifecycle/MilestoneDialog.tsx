import type { z } from 'zod';
import { addDays, localIsoDate } from '../../../shared/dates/iso-date';
import { MilestoneFields, type Milestone } from '../../../shared/lifecycle/schema';
import {
  EVIDENCE_TYPES,
  EVIDENCE_TYPE_LABELS,
  MILESTONE_OWNERS,
  MILESTONE_OWNER_LABELS,
  MILESTONE_STATUSES,
  MILESTONE_STATUS_LABELS,
} from '../../../shared/lifecycle/success-plan';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { SelectField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

type FormIn = z.input<typeof MilestoneFields>;

/** Adds a measurable milestone to a goal, or edits one (its status included). */
export function MilestoneDialog({ goalId, goalTitle, milestone, onClose }: { goalId: string; goalTitle: string; milestone?: Milestone; onClose: () => void }) {
  const add = useApiMutation('lifecycle.addMilestone');
  const update = useApiMutation('lifecycle.updateMilestone');
  const defaults: FormIn = milestone
    ? { title: milestone.title, owner: milestone.owner, evidenceType: milestone.evidenceType, targetDate: milestone.targetDate, status: milestone.status }
    : { title: '', owner: 'customer', evidenceType: 'event', targetDate: addDays(localIsoDate(new Date()), 30), status: 'planned' };
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: MilestoneFields,
    defaultValues: defaults,
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      if (milestone) await update.mutateAsync({ id: milestone.id, fields });
      else await add.mutateAsync({ goalId, fields });
      onClose();
    },
  });
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((v) => ({ value: v, label: labels[v] }));
  return (
    <FormDialog
      title={milestone ? 'Edit milestone' : `Add milestone to “${goalTitle}”`}
      submitLabel={milestone ? 'Save changes' : 'Add milestone'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
    >
      <TextField label="Milestone" className="span-2" autoFocus placeholder="e.g. First three domains live in production" error={errors.title?.message} {...register('title')} />
      <SelectField label="Owner" options={options(MILESTONE_OWNERS, MILESTONE_OWNER_LABELS)} error={errors.owner?.message} {...register('owner')} />
      <SelectField label="Evidence" options={options(EVIDENCE_TYPES, EVIDENCE_TYPE_LABELS)} error={errors.evidenceType?.message} {...register('evidenceType')} />
      <TextField label="Target date" type="date" error={errors.targetDate?.message} {...register('targetDate')} />
      <SelectField label="Status" options={options(MILESTONE_STATUSES, MILESTONE_STATUS_LABELS)} error={errors.status?.message} {...register('status')} />
    </FormDialog>
  );
}
