import { TaskFields } from '../../../shared/tasks/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { emptyToNull } from '../accounts/account-form-values';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';

/** Adds a task to an account: title, owner, due date; Enter saves. */
export function NewTaskForm({ accountId, owner }: { accountId: string; owner: string }) {
  const create = useApiMutation('tasks.create');
  const {
    register,
    submit,
    formError,
    reset,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: TaskFields,
    defaultValues: { title: '', owner, dueOn: null },
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      await create.mutateAsync({ accountId, fields });
      reset({ title: '', owner, dueOn: null });
    },
  });

  return (
    <form className="toolbar new-task" onSubmit={submit} noValidate aria-label="Add a task">
      <TextField label="New task" placeholder="What needs doing?" className="grow" error={errors.title?.message ?? formError ?? undefined} {...register('title')} />
      <TextField label="Owner" error={errors.owner?.message} {...register('owner')} />
      <TextField label="Due" type="date" error={errors.dueOn?.message} {...register('dueOn', { setValueAs: emptyToNull })} />
      <Button type="submit" variant="primary" disabled={isSubmitting}>
        Add task
      </Button>
    </form>
  );
}
