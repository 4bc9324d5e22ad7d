import type { z } from 'zod';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { SHARE_CHANNELS, SHARE_CHANNEL_LABELS } from '../../../shared/lifecycle/onboarding-kit';
import { KitShareFields, type KitEntry } from '../../../shared/lifecycle/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

type FormIn = z.input<typeof KitShareFields>;

/** Records that a kit item was shared: when, how, and a note — never the secret itself. */
export function KitShareDialog({ accountId, item, onClose }: { accountId: string; item: KitEntry; onClose: () => void }) {
  const share = useApiMutation('lifecycle.shareKitItem');
  const defaults: FormIn = {
    sharedOn: item.sharedOn ?? localIsoDate(new Date()),
    channel: item.channel ?? 'secure-share',
    note: item.fromLicense ? '' : item.note,
  };
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: KitShareFields,
    defaultValues: defaults,
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      await share.mutateAsync({ accountId, itemKey: item.key, fields });
      onClose();
    },
  });
  return (
    <FormDialog title={`Record sharing: ${item.label}`} submitLabel="Save" submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError}>
      <TextField label="Shared on" type="date" error={errors.sharedOn?.message} {...register('sharedOn')} />
      <SelectField
        label="How it was shared"
        options={SHARE_CHANNELS.map((c) => ({ value: c, label: SHARE_CHANNEL_LABELS[c] }))}
        error={errors.channel?.message}
        {...register('channel')}
      />
      <TextAreaField
        label="Note"
        rows={3}
        hint="Who received it and where it lives. Never paste the token, password or file itself."
        error={errors.note?.message}
        {...register('note')}
      />
    </FormDialog>
  );
}
