import { RecordShareInput, type License } from '../../../shared/licenses/schema';
import { SHARE_CHANNELS, SHARE_CHANNEL_LABELS } from '../../../shared/licenses/rules';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextField } from '../ui/Field';
import { formatDay } from '../ui/format';

/** Records who the license file went to and how (seed 000: authorised recipients, secure channels). */
export function ShareLicenseDialog({ license, onClose, onShared }: { license: License; onClose: () => void; onShared: (l: License) => void }) {
  const recordShare = useApiMutation('licenses.recordShare');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: RecordShareInput,
    defaultValues: { id: license.id, recipient: '', channel: 'encrypted-email' },
    onSubmit: async (input) => onShared(await recordShare.mutateAsync(input)),
  });

  return (
    <FormDialog title="Record sharing" submitLabel="Record" submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError} width={480}>
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
