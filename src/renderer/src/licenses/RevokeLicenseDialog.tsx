import { RevokeLicenseInput, type License } from '../../../shared/licenses/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { TextAreaField } from '../ui/Field';
import { formatDay } from '../ui/format';

/** Revoking asks why: the reason stays in the license history and the audit log. */
export function RevokeLicenseDialog({ license, onClose, onRevoked }: { license: License; onClose: () => void; onRevoked: (l: License) => void }) {
  const revoke = useApiMutation('licenses.revoke');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: RevokeLicenseInput,
    defaultValues: { id: license.id, reason: '' },
    onSubmit: async (input) => onRevoked(await revoke.mutateAsync(input)),
  });

  return (
    <FormDialog
      title="Revoke license?"
      submitLabel="Revoke license"
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      width={480}
      danger
    >
      <p>
        The license for <strong>{license.licensee}</strong> (until {formatDay(license.expiresAt)}) stays in the history, marked
        revoked, and its file can no longer be saved. A copy the customer already has keeps its signature: tell them it is withdrawn.
      </p>
      <TextAreaField label="Reason" rows={3} autoFocus error={errors.reason?.message ?? formError ?? undefined} {...register('reason')} />
    </FormDialog>
  );
}
