import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { RevokeLicenseInput, type License } from '../../../shared/licenses/schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { FormDialog } from '../ui/FormDialog';
import { TextAreaField } from '../ui/Field';
import { formatDay } from '../ui/format';

type FormIn = z.input<typeof RevokeLicenseInput>;
type FormOut = z.output<typeof RevokeLicenseInput>;

/** Revoking asks why: the reason stays in the license history and the audit log. */
export function RevokeLicenseDialog({ license, onClose, onRevoked }: { license: License; onClose: () => void; onRevoked: (l: License) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(RevokeLicenseInput), defaultValues: { id: license.id, reason: '' } });

  const submit = handleSubmit(async (input) => {
    try {
      onRevoked(await call(api().licenses.revoke(input)));
    } catch (error) {
      const message = showServerErrors(error, setError, ['reason']);
      if (message) setError('reason', { message });
    }
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
      <TextAreaField label="Reason" rows={3} autoFocus error={errors.reason?.message} {...register('reason')} />
    </FormDialog>
  );
}
