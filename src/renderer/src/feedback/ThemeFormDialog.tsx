import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ThemeFields, type ThemeDetail } from '../../../shared/feedback/schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
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
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, ThemeFields>({ resolver: zodResolver(ThemeFields), defaultValues: initial });

  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = themeId
        ? await call(api().feedback.updateTheme({ id: themeId, fields }))
        : await call(api().feedback.createTheme({ fields, requestIds }));
      onSaved(saved);
    } catch (error) {
      setFormError(showServerErrors(error, setError, ['title', 'problemStatement'], ['fields']));
    }
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
