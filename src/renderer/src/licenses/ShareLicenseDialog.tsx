import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { RecordShareInput, type License } from '../../../shared/licenses/schema';
import { SHARE_CHANNELS, SHARE_CHANNEL_LABELS } from '../../../shared/licenses/rules';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextField } from '../ui/Field';
import { formatDay } from '../ui/format';

type FormIn = z.input<typeof RecordShareInput>;
type FormOut = z.output<typeof RecordShareInput>;

/** Records who the license file went to and how (seed 000: authorised recipients, secure channels). */
export function ShareLicenseDialog({ license, onClose, onShared }: { license: License; onClose: () => void; onShared: (l: License) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(RecordShareInput),
    defaultValues: { id: license.id, recipient: '', channel: 'encrypted-email' },
  });

  const submit = handleSubmit(async (input) => {
    try {
      onShared(await call(api().licenses.recordShare(input)));
    } catch (error) {
      const message = showServerErrors(error, setError, ['recipient', 'channel']);
      if (message) setError('recipient', { message });
    }
  });

  return (
    <FormDialog title="Record sharing" submitLabel="Record" submitting={isSubmitting} onSubmit={submit} onClose={onClose} width={480}>
      <p className="muted">
        Share the license for <strong>{license.licensee}</strong> (until {formatDay(license.expiresAt)}) only with authorised recipients,
        through a secure channel. What you record here stays with the license and in the audit log.
      </p>
      <TextField label="Shared with" hint="A name or an email address." autoFocus error={errors.recipient?.message} {...register('recipient')} />
      <SelectField
        label="Channel"
        error={errors.channel?.message}
        options={SHARE_CHANNELS.map((c) => ({ value: c, label: SHARE_CHANNEL_LABELS[c] }))}
        {...register('channel')}
      />
    </FormDialog>
  );
}
