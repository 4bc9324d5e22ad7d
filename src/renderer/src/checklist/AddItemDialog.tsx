import { AddChecklistItemInput, type Checklist } from '../../../shared/checklist/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextField } from '../ui/Field';

const AddItemFields = AddChecklistItemInput.omit({ accountId: true });

interface AddItemDialogProps {
  checklist: Checklist;
  sectionKey: string;
  onClose: () => void;
  onAdded: (checklist: Checklist, text: string, sectionKey: string) => void;
}

/** Adds a custom item to a section (the same schema main checks). */
export function AddItemDialog({ checklist, sectionKey, onClose, onAdded }: AddItemDialogProps) {
  const addItem = useApiMutation('checklist.addItem');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: AddItemFields,
    defaultValues: { sectionKey, text: '' },
    onSubmit: async (fields) => onAdded(await addItem.mutateAsync({ accountId: checklist.accountId, ...fields }), fields.text, fields.sectionKey),
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
