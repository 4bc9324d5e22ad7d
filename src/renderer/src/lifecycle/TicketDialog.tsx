import type { z } from 'zod';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { TicketFields, type Ticket } from '../../../shared/lifecycle/schema';
import { SEVERITIES, TICKET_STATUSES, TICKET_STATUS_LABELS, TICKET_SYSTEMS, TICKET_SYSTEM_LABELS } from '../../../shared/lifecycle/support';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { SelectField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

type FormIn = z.input<typeof TicketFields>;

/** Adds a support ticket or bug reference, or edits one (status and closing date included). */
export function TicketDialog({ accountId, ticket, onClose }: { accountId: string; ticket?: Ticket; onClose: () => void }) {
  const add = useApiMutation('lifecycle.addTicket');
  const update = useApiMutation('lifecycle.updateTicket');
  const defaults: FormIn = ticket
    ? { system: ticket.system, ref: ticket.ref, url: ticket.url, title: ticket.title, severity: ticket.severity, status: ticket.status, openedOn: ticket.openedOn, closedOn: ticket.closedOn }
    : { system: 'zendesk', ref: '', url: '', title: '', severity: 'P3', status: 'open', openedOn: localIsoDate(new Date()), closedOn: null };
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: TicketFields,
    fieldNames: ['system', 'ref', 'url', 'title', 'severity', 'status', 'openedOn', 'closedOn'],
    defaultValues: defaults,
    serverPath: ['fields'],
    // An empty closing date means "still open", not an invalid date.
    clean: (v) => ({ ...v, closedOn: v.closedOn === '' ? null : v.closedOn }),
    onSubmit: async (fields) => {
      if (ticket) await update.mutateAsync({ id: ticket.id, fields });
      else await add.mutateAsync({ accountId, fields });
      onClose();
    },
  });
  const options = <T extends string>(values: readonly T[], labels?: Record<T, string>) => values.map((v) => ({ value: v, label: labels ? labels[v] : v }));
  return (
    <FormDialog title={ticket ? 'Edit ticket' : 'Add ticket'} submitLabel={ticket ? 'Save changes' : 'Add ticket'} submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError} layout="grid">
      <SelectField label="System" options={options(TICKET_SYSTEMS, TICKET_SYSTEM_LABELS)} error={errors.system?.message} {...register('system')} />
      <TextField label="Ticket id" autoFocus placeholder="e.g. 48213 or ACME-120" error={errors.ref?.message} {...register('ref')} />
      <TextField label="Title" className="span-2" error={errors.title?.message} {...register('title')} />
      <TextField label="Link" className="span-2" type="url" placeholder="https://…" hint="Opens in your browser." error={errors.url?.message} {...register('url')} />
      <SelectField label="Severity" options={options(SEVERITIES)} error={errors.severity?.message} {...register('severity')} />
      <SelectField label="Status" options={options(TICKET_STATUSES, TICKET_STATUS_LABELS)} error={errors.status?.message} {...register('status')} />
      <TextField label="Opened on" type="date" error={errors.openedOn?.message} {...register('openedOn')} />
      <TextField label="Closed on" type="date" error={errors.closedOn?.message} {...register('closedOn')} />
    </FormDialog>
  );
}
