import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { TaskFields } from '../../../shared/tasks/schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { emptyToNull } from '../accounts/account-form-values';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';

type FormIn = z.input<typeof TaskFields>;
type FormOut = z.output<typeof TaskFields>;

/** Adds a task to an account: title, owner, due date; Enter saves. */
export function NewTaskForm({ accountId, owner, onAdded }: { accountId: string; owner: string; onAdded: () => void }) {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(TaskFields),
    defaultValues: { title: '', owner, dueOn: null },
  });

  const submit = handleSubmit(async (fields) => {
    try {
      await call(api().tasks.create({ accountId, fields }));
      reset({ title: '', owner, dueOn: null });
      onAdded();
    } catch (error) {
      const message = showServerErrors(error, setError, ['title', 'owner', 'dueOn'], ['fields']);
      if (message) setError('title', { message });
    }
  });

  return (
    <form className="toolbar new-task" onSubmit={submit} noValidate aria-label="Add a task">
      <TextField label="New task" placeholder="What needs doing?" className="grow" error={errors.title?.message} {...register('title')} />
      <TextField label="Owner" error={errors.owner?.message} {...register('owner')} />
      <TextField label="Due" type="date" error={errors.dueOn?.message} {...register('dueOn', { setValueAs: emptyToNull })} />
      <Button type="submit" variant="primary" disabled={isSubmitting}>
        Add task
      </Button>
    </form>
  );
}
