import { useWatch } from 'react-hook-form';
import { CreateAccountInput, type Account, type AccountFieldsInput } from '../../../shared/accounts/schema';
import { SEGMENTS, STAGES, segmentForArr } from '../../../shared/accounts/segments';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { emptyToNull } from './account-form-values';

interface AccountFormProps {
  /** The account being edited, or none to create one. */
  account?: Account;
  initial: AccountFieldsInput;
  onClose: () => void;
  onSaved: (account: Account) => void;
}

/** Create or edit an account. The same zod schema main uses checks every field before anything is sent. */
export function AccountForm({ account, initial, onClose, onSaved }: AccountFormProps) {
  const create = useApiMutation('accounts.create');
  const update = useApiMutation('accounts.update');
  const {
    register,
    submit,
    formError,
    control,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: CreateAccountInput,
    defaultValues: initial,
    mode: 'onTouched',
    serverPath: account ? ['fields'] : [],
    onSubmit: async (fields) => onSaved(account ? await update.mutateAsync({ id: account.id, fields }) : await create.mutateAsync(fields)),
  });
  const arr = useWatch({ control, name: 'arr' });
  const derived = typeof arr === 'number' && Number.isFinite(arr) && arr >= 0 ? segmentForArr(arr) : null;

  const title = account ? `Edit ${account.name}` : 'New account';
  return (
    <FormDialog
      title={title}
      submitLabel={account ? 'Save changes' : 'Create account'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
    >
      <TextField label="Account name" className="span-2" autoFocus error={errors.name?.message} {...register('name')} />
      <TextField
        label="ARR (USD)"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        error={errors.arr?.message}
        {...register('arr', { valueAsNumber: true })}
      />
      <SelectField
        label="Segment"
        hint={derived ? `From ARR: ${derived}` : 'Derived from ARR'}
        error={errors.segmentOverride?.message}
        options={[{ value: '', label: 'From ARR (automatic)' }, ...SEGMENTS.map((s) => ({ value: s, label: s }))]}
        {...register('segmentOverride', { setValueAs: emptyToNull })}
      />
      <SelectField label="Stage" error={errors.stage?.message} options={STAGES.map((s) => ({ value: s, label: s }))} {...register('stage')} />
      <TextField label="Owner (CSM)" error={errors.ownerCsm?.message} {...register('ownerCsm')} />
      <TextField label="Contract start" type="date" error={errors.contractStart?.message} {...register('contractStart', { setValueAs: emptyToNull })} />
      <TextField label="Renewal date" type="date" error={errors.renewalDate?.message} {...register('renewalDate', { setValueAs: emptyToNull })} />
      <TextField label="Installed product version" placeholder="e.g. 2.1.0" error={errors.productVersion?.message} {...register('productVersion')} />
      <TextAreaField label="Notes" className="span-2" rows={3} error={errors.notes?.message} {...register('notes')} />
    </FormDialog>
  );
}
