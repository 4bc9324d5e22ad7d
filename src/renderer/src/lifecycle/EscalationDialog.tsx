import { z } from 'zod';
import type { Segment } from '../../../shared/accounts/segments';
import { EscalationFields } from '../../../shared/lifecycle/schema';
import { ESCALATION_LEVELS, ESCALATION_LEVEL_LABELS, formatMinutes, responseMinutes, type SmbEscalationMinutes } from '../../../shared/lifecycle/support';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { SelectField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

/** `2026-11-30T14:05` as a datetime-local field shows the local time now. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The form edits the opening time as local wall-clock time; it is sent as an instant. */
const FormSchema = EscalationFields.extend({
  openedAt: z
    .string()
    .refine((v) => !Number.isNaN(new Date(v).getTime()), { message: 'Enter when it was opened' })
    .transform((v) => new Date(v).toISOString()),
});
type FormIn = z.input<typeof FormSchema>;

/** Opens an escalation at L1–L4; the clock promised to this account's segment starts at its opening time. */
export function EscalationDialog({ accountId, segment, smb, onClose }: { accountId: string; segment: Segment; smb: SmbEscalationMinutes; onClose: () => void }) {
  const open = useApiMutation('lifecycle.openEscalation');
  const defaults: FormIn = { level: 'L1', summary: '', owner: '', openedAt: localDateTime(new Date()) };
  const {
    register,
    submit,
    watch,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: FormSchema,
    defaultValues: defaults,
    serverPath: ['fields'],
    onSubmit: async (fields) => {
      await open.mutateAsync({ accountId, fields });
      onClose();
    },
  });
  const promise = formatMinutes(responseMinutes(segment, watch('level'), smb));
  return (
    <FormDialog title="Open escalation" submitLabel="Open escalation" submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError} layout="grid">
      <SelectField
        label="Level"
        options={ESCALATION_LEVELS.map((l) => ({ value: l, label: ESCALATION_LEVEL_LABELS[l] }))}
        hint={`${segment}: first response within ${promise}`}
        error={errors.level?.message}
        {...register('level')}
      />
      <TextField label="Opened at" type="datetime-local" error={errors.openedAt?.message} {...register('openedAt')} />
      <TextField label="What is escalated" className="span-2" autoFocus error={errors.summary?.message} {...register('summary')} />
      <TextField label="Owner" className="span-2" error={errors.owner?.message} {...register('owner')} />
    </FormDialog>
  );
}
