import { useState } from 'react';
import { addDays, localIsoDate } from '../../../shared/dates/iso-date';
import { SetOverrideInput, type AccountHealth } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { check, numberOrNull, serverMessages } from './issues';

/** "Override health score": the CSM's score, why, and until when. */
export function OverrideDialog({ accountId, onClose, onSaved }: { accountId: string; onClose: () => void; onSaved: (h: AccountHealth) => void }) {
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(addDays(localIsoDate(new Date()), 30));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const override = useApiMutation('health.setOverride');

  const submit = async () => {
    const parsed = check(SetOverrideInput, { accountId, score: numberOrNull(score), reason, expiresOn });
    if (!parsed.ok) return setErrors(parsed.errors);
    setSubmitting(true);
    try {
      onSaved(await override.mutateAsync(parsed.value));
    } catch (error) {
      const m = serverMessages(error);
      setErrors(m.errors);
      setFormError(m.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title="Override health score"
      submitLabel="Override score"
      submitting={submitting}
      error={formError}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField label="Score (0–100)" inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} error={errors.score} />
      <TextAreaField label="Reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} hint="What the numbers don't show, e.g. the sponsor resigned last week." />
      <TextField label="Expires on" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} error={errors.expiresOn} hint="The computed score counts again after this day." />
    </FormDialog>
  );
}
