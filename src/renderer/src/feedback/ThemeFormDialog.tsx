import type { z } from 'zod';
import { ThemeFields, type ThemeDetail } from '../../../shared/feedback/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { TextAreaField, TextField } from '../ui/Field';

type FormIn = z.input<typeof ThemeFields>;

interface ThemeFormDialogProps {
  /** Editing this theme; otherwise a new theme is created with `requestIds` linked. */
  themeId?: string;
  requestIds?: string[];
  initial: FormIn;
  onClose: () => void;
  onSaved: (detail: ThemeDetail) => void;
}

/** A theme names one root problem, shared by requests from several accounts. */
export function ThemeFormDialog({ themeId, requestIds = [], initial, onClose, onSaved }: ThemeFormDialogProps) {
  const create = useApiMutation('feedback.createTheme');
  const update = useApiMutation('feedback.updateTheme');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: ThemeFields,
    defaultValues: initial,
    serverPath: ['fields'],
    onSubmit: async (fields) =>
      onSaved(themeId ? await update.mutateAsync({ id: themeId, fields }) : await create.mutateAsync({ fields, requestIds })),
  });

  return (
    <FormDialog
      title={themeId ? 'Edit theme' : 'New theme'}
      submitLabel={themeId ? 'Save changes' : 'Create theme'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
    >
      <TextField label="Theme title" autoFocus placeholder="e.g. Access management friction" error={errors.title?.message} {...register('title')} />
      <TextAreaField
        label="Problem statement"
        rows={3}
        hint="The problem underneath, in a sentence product can act on."
        error={errors.problemStatement?.message}
        {...register('problemStatement')}
      />
    </FormDialog>
  );
}
