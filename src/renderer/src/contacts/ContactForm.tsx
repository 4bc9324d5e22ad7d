import { useWatch } from 'react-hook-form';
import { ContactFields, type Contact, type ContactFieldsInput } from '../../../shared/contacts/schema';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { emptyToNull } from '../accounts/account-form-values';
import { FormDialog } from '../ui/FormDialog';
import { CheckboxField, TextField } from '../ui/Field';

interface ContactFormProps {
  accountId: string;
  contact?: Contact;
  initial: ContactFieldsInput;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

export function ContactForm({ accountId, contact, initial, onClose, onSaved }: ContactFormProps) {
  const create = useApiMutation('contacts.create');
  const update = useApiMutation('contacts.update');
  const {
    register,
    submit,
    formError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: ContactFields,
    defaultValues: initial,
    mode: 'onTouched',
    serverPath: ['fields'],
    onSubmit: async (fields) =>
      onSaved(contact ? await update.mutateAsync({ id: contact.id, fields }) : await create.mutateAsync({ accountId, fields })),
  });
  const leftOn = useWatch({ control, name: 'leftOn' });

  return (
    <FormDialog
      title={contact ? `Edit ${contact.name}` : 'New contact'}
      submitLabel={contact ? 'Save changes' : 'Add contact'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
    >
      <TextField label="Name" autoFocus error={errors.name?.message} {...register('name')} />
      <TextField label="Salutation" placeholder="e.g. Dr." error={errors.salutation?.message} {...register('salutation')} />
      <TextField label="Title" placeholder="e.g. Head of Data Platform" error={errors.title?.message} {...register('title')} />
      <TextField label="Role" placeholder="e.g. Platform team" error={errors.role?.message} {...register('role')} />
      <TextField label="Email" type="email" error={errors.email?.message} {...register('email')} />
      <TextField label="Phone" type="tel" error={errors.phone?.message} {...register('phone')} />
      <fieldset className="span-2 flags">
        <legend className="field-label">Relationship</legend>
        <CheckboxField label="Champion" {...register('isChampion')} />
        <CheckboxField label="Decision maker" {...register('isDecisionMaker')} />
        <CheckboxField label="Executive sponsor" {...register('isSponsor')} />
        <CheckboxField label="Economic buyer" {...register('isEconomicBuyer')} />
        <CheckboxField
          label="Left the company"
          checked={leftOn !== null && leftOn !== undefined}
          onChange={(e) => setValue('leftOn', e.target.checked ? localIsoDate(new Date()) : null, { shouldDirty: true })}
        />
      </fieldset>
      {leftOn !== null && leftOn !== undefined && (
        <TextField
          label="Left on"
          type="date"
          error={errors.leftOn?.message}
          hint="Kept in the account: a departed champion is a churn signal."
          {...register('leftOn', { setValueAs: emptyToNull })}
        />
      )}
    </FormDialog>
  );
}
