import type { z } from 'zod';
import { localIsoDate } from '../../../shared/dates/iso-date';
import {
  ADVOCACY_KIND_LABELS,
  ADVOCACY_KINDS,
  ADVOCACY_STATUS_LABELS,
  ADVOCACY_STATUSES,
  SaveAdvocacyInput,
  type Advocacy,
  type PromoterSuggestion,
} from '../../../shared/growth/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { useContacts } from '../contacts/queries';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { formatDay } from '../ui/format';

type FormIn = z.input<typeof SaveAdvocacyInput>;

const promoterNote = (p: PromoterSuggestion) => `NPS ${p.score} on ${formatDay(p.respondedOn)}${p.comment ? `: “${p.comment}”` : ''}`.slice(0, 1000);

/**
 * A contact's part in the advocacy programme (seed 001): reference, case study, speaking, advisory
 * board, beta. Opened from a promoter's NPS answer, it is for that contact and links to the answer.
 */
export function AdvocacyDialog({
  accountId,
  editing,
  promoter = null,
  onClose,
  onSaved,
}: {
  accountId: string;
  editing: Advocacy | null;
  promoter?: PromoterSuggestion | null;
  onClose: () => void;
  /** Called once the record is saved, before the dialog closes. */
  onSaved?: () => void;
}) {
  const save = useApiMutation('growth.saveAdvocacy');
  const contacts = (useContacts(accountId).data ?? []).filter((c) => !c.leftOn || c.id === editing?.contactId);
  const today = localIsoDate(new Date());
  const initial: FormIn = editing
    ? { contactId: editing.contactId, fields: { kind: editing.kind, status: editing.status, since: editing.since, until: editing.until, note: editing.note } }
    : promoter
      ? {
          contactId: promoter.contactId,
          surveyResponseId: promoter.surveyResponseId,
          // The first kind they aren't already doing; a reference is seed 001's first ask.
          fields: { kind: ADVOCACY_KINDS.find((k) => !promoter.existingKinds.includes(k)) ?? 'reference', status: 'asked', since: today, until: null, note: promoterNote(promoter) },
        }
      : { contactId: '', fields: { kind: 'reference', status: 'asked', since: today, until: null, note: '' } };
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: SaveAdvocacyInput,
    defaultValues: initial,
    fieldNames: ['contactId', 'fields'],
    onSubmit: async (input) => {
      await save.mutateAsync(input);
      onSaved?.();
      onClose();
    },
  });
  const f = errors.fields;
  return (
    <FormDialog
      title={editing ? 'Edit advocacy' : promoter ? `Ask ${promoter.contactName} for advocacy` : 'Add advocacy'}
      submitLabel={editing ? 'Save changes' : 'Add advocacy'}
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      layout="grid"
      width={560}
    >
      {editing ? (
        <p className="span-2">
          <span className="field-label">{ADVOCACY_KIND_LABELS[editing.kind]}</span> · {editing.contactName}
        </p>
      ) : promoter ? (
        <>
          <p className="span-2 muted">
            {promoter.contactName} answered NPS {promoter.score} on {formatDay(promoter.respondedOn)}: a promoter to ask for a referral or testimonial
            (seed 001). The record links to that answer.
          </p>
          <SelectField
            label="Programme"
            options={ADVOCACY_KINDS.map((k) => ({ value: k, label: ADVOCACY_KIND_LABELS[k] }))}
            error={f?.kind?.message}
            {...register('fields.kind')}
          />
        </>
      ) : (
        <>
          <SelectField
            label="Contact"
            options={[{ value: '', label: contacts.length ? 'Choose a contact' : 'Add a contact first' }, ...contacts.map((c) => ({ value: c.id, label: c.name }))]}
            error={errors.contactId ? 'Choose a contact' : undefined}
            {...register('contactId')}
          />
          <SelectField
            label="Programme"
            options={ADVOCACY_KINDS.map((k) => ({ value: k, label: ADVOCACY_KIND_LABELS[k] }))}
            error={f?.kind?.message}
            {...register('fields.kind')}
          />
        </>
      )}
      <SelectField
        label="Status"
        options={ADVOCACY_STATUSES.map((s) => ({ value: s, label: ADVOCACY_STATUS_LABELS[s] }))}
        error={f?.status?.message}
        {...register('fields.status')}
      />
      <TextField label="Since" type="date" error={f?.since?.message} {...register('fields.since')} />
      <TextField
        label="Until"
        type="date"
        hint="Leave empty while it lasts."
        error={f?.until?.message}
        {...register('fields.until', { setValueAs: (v: string | null) => (v ? v : null) })}
      />
      <TextAreaField label="Note" className="span-2" rows={2} error={f?.note?.message} {...register('fields.note')} />
    </FormDialog>
  );
}
