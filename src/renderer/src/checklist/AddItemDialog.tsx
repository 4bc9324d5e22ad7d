import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { AddChecklistItemInput, type Checklist } from '../../../shared/checklist/schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextField } from '../ui/Field';

const AddItemFields = AddChecklistItemInput.omit({ accountId: true });
type FormIn = z.input<typeof AddItemFields>;
type FormOut = z.output<typeof AddItemFields>;

interface AddItemDialogProps {
  checklist: Checklist;
  sectionKey: string;
  onClose: () => void;
  onAdded: (checklist: Checklist, text: string, sectionKey: string) => void;
}

/** Adds a custom item to a section (the same schema main checks). */
export function AddItemDialog({ checklist, sectionKey, onClose, onAdded }: AddItemDialogProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(AddItemFields), defaultValues: { sectionKey, text: '' } });

  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const next = await call(api().checklist.addItem({ accountId: checklist.accountId, ...fields }));
      onAdded(next, fields.text, fields.sectionKey);
    } catch (error) {
      setFormError(showServerErrors(error, setError, ['sectionKey', 'text']));
    }
  });

  return (
    <FormDialog
      title="Add a checklist item"
      submitLabel="Add item"
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      width={520}
    >
      <TextField
        label="Item"
        autoFocus
        placeholder="e.g. Lineage widget deployed"
        error={errors.text?.message}
        hint="Custom items count towards progress like the template's, and can be removed."
        {...register('text')}
      />
      <SelectField
        label="Section"
        options={checklist.sections.map((s) => ({ value: s.key, label: s.title }))}
        error={errors.sectionKey?.message}
        {...register('sectionKey')}
      />
    </FormDialog>
  );
}
