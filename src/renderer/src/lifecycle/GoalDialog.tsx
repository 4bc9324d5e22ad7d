import type { z } from 'zod';
import { GoalFields, type Goal } from '../../../shared/lifecycle/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

type FormIn = z.input<typeof GoalFields>;

/** Adds a goal to the account's success plan, or edits one. */
export function GoalDialog({ accountId, goal, onClose }: { accountId: string; goal?: Goal; onClose: () => void }) {
  const add = useApiMutation('lifecycle.addGoal');
  const update = useApiMutation('lifecycle.updateGoal');
  const defaults: FormIn = { title: goal?.title ?? '', description: goal?.description ?? '' };
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: GoalFields,
    defaultValues: defaults,
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      if (goal) await update.mutateAsync({ id: goal.id, fields });
      else await add.mutateAsync({ accountId, fields });
      onClose();
    },
  });
  return (
    <FormDialog title={goal ? 'Edit goal' : 'Add goal'} submitLabel={goal ? 'Save changes' : 'Add goal'} submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError}>
      <TextField label="Goal" autoFocus placeholder="e.g. Every domain publishes data products on its own" error={errors.title?.message} {...register('title')} />
      <TextAreaField label="Why it matters" rows={3} hint="From the sales handoff or the customer's own words." error={errors.description?.message} {...register('description')} />
    </FormDialog>
  );
}
