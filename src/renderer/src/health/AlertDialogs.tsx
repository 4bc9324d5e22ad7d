import { z } from 'zod';
import type { Alert } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { TextAreaField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

interface Props {
  alert: Pick<Alert, 'id' | 'label' | 'accountName'> & { play?: string };
  onClose: () => void;
  onSaved: (alert: Alert) => void;
}

/** The one field of either step, checked as main checks `action` / `outcome`. */
const stepText = (empty: string) => z.object({ text: z.string().trim().min(1, empty).max(2000, 'Keep it under 2,000 characters') });
const ACKNOWLEDGE = stepText('Say what you did');
const CLOSE = stepText('Say how it turned out');

/**
 * Seed 004's closed loop in two steps: "Acknowledge alert" records the action taken (the alert
 * leaves Today), "Close alert" records how it turned out.
 */
export function AlertStepDialog({ step, alert, onClose, onSaved }: Props & { step: 'acknowledge' | 'close' }) {
  const acknowledge = step === 'acknowledge';
  const ack = useApiMutation('health.acknowledgeAlert');
  const close = useApiMutation('health.closeAlert');
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: acknowledge ? ACKNOWLEDGE : CLOSE,
    defaultValues: { text: '' },
    onSubmit: async ({ text }) => onSaved(acknowledge ? await ack.mutateAsync({ id: alert.id, action: text }) : await close.mutateAsync({ id: alert.id, outcome: text })),
  });

  return (
    <FormDialog
      title={acknowledge ? 'Acknowledge alert' : 'Close alert'}
      submitLabel={acknowledge ? 'Acknowledge' : 'Close alert'}
      submitting={isSubmitting}
      error={formError}
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="muted">
        <strong>{alert.label}</strong> · {alert.accountName}
        {alert.play && acknowledge && <> — suggested play: {alert.play}</>}
      </p>
      <TextAreaField
        label={acknowledge ? 'Action taken' : 'Outcome'}
        rows={3}
        error={errors.text?.message}
        hint={acknowledge ? 'What you did about it; you close it with the outcome later.' : 'How it turned out, e.g. "usage back to 80 % of seats".'}
        {...register('text')}
      />
    </FormDialog>
  );
}
