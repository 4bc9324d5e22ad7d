import { useState } from 'react';
import type { Alert } from '../../../shared/health/schema';
import { useApiMutation } from '../api/use-api';
import { TextAreaField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { serverMessages } from './issues';

interface Props {
  alert: Pick<Alert, 'id' | 'label' | 'accountName'> & { play?: string };
  onClose: () => void;
  onSaved: (alert: Alert) => void;
}

/**
 * Seed 004's closed loop in two steps: "Acknowledge alert" records the action taken (the alert
 * leaves Today), "Close alert" records how it turned out.
 */
export function AlertStepDialog({ step, alert, onClose, onSaved }: Props & { step: 'acknowledge' | 'close' }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const acknowledge = step === 'acknowledge';
  const ack = useApiMutation('health.acknowledgeAlert');
  const close = useApiMutation('health.closeAlert');

  const submit = async () => {
    if (!text.trim()) return setError(acknowledge ? 'Say what you did' : 'Say how it turned out');
    setSubmitting(true);
    try {
      onSaved(acknowledge ? await ack.mutateAsync({ id: alert.id, action: text }) : await close.mutateAsync({ id: alert.id, outcome: text }));
    } catch (e) {
      const m = serverMessages(e);
      setError(m.message ?? Object.values(m.errors)[0]);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title={acknowledge ? 'Acknowledge alert' : 'Close alert'}
      submitLabel={acknowledge ? 'Acknowledge' : 'Close alert'}
      submitting={submitting}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted">
        <strong>{alert.label}</strong> · {alert.accountName}
        {alert.play && acknowledge && <> — suggested play: {alert.play}</>}
      </p>
      <TextAreaField
        label={acknowledge ? 'Action taken' : 'Outcome'}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
        hint={acknowledge ? 'What you did about it; you close it with the outcome later.' : 'How it turned out, e.g. "usage back to 80 % of seats".'}
      />
    </FormDialog>
  );
}
