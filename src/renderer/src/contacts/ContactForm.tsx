import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { ContactFields, type Contact, type ContactFieldsInput } from '../../../shared/contacts/schema';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { emptyToNull } from '../accounts/account-form-values';
import { FormDialog } from '../ui/FormDialog';
import { CheckboxField, TextField } from '../ui/Field';
import { CONTACT_FIELD_NAMES } from './contact-form-values';

type FormIn = z.input<typeof ContactFields>;
type FormOut = z.output<typeof ContactFields>;

interface ContactFormProps {
  accountId: string;
  contact?: Contact;
  initial: ContactFieldsInput;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

export function ContactForm({ accountId, contact, initial, onClose, onSaved }: ContactFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(ContactFields), defaultValues: initial, mode: 'onTouched' });
  const leftOn = useWatch({ control, name: 'leftOn' });

  const submit = handleSubmit(async (fields) => {
    setFormError(null);
    try {
      const saved = contact
        ? await call(api().contacts.update({ id: contact.id, fields }))
        : await call(api().contacts.create({ accountId, fields }));
      onSaved(saved);
    } catch (error) {
      setFormError(showServerErrors(error, setError, CONTACT_FIELD_NAMES, ['fields']));
    }
  });

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
