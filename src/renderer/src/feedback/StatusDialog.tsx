import { useState } from 'react';
import type { ThemeDetail, ThemeSummary } from '../../../shared/feedback/schema';
import { checkTransition, nextStatuses, THEME_STATUS_LABELS, type ThemeStatus } from '../../../shared/feedback/theme-status';
import { ApiError, api, call } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { SelectField, TextAreaField } from '../ui/Field';

/**
 * Moves a theme along new → under consideration → planned → shipped, or to won't do (which
 * asks for a reason). The same rule as main's is checked here first.
 */
export function StatusDialog({ theme, onClose, onSaved }: { theme: ThemeSummary; onClose: () => void; onSaved: (d: ThemeDetail) => void }) {
  const options = nextStatuses(theme.status);
  const [status, setStatus] = useState<ThemeStatus>(options[0] ?? theme.status);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ status?: string; reason?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const check = checkTransition(theme.status, status, reason);
    if (!check.ok) {
      setErrors({ [check.field]: check.message });
      return;
    }
    setSaving(true);
    try {
      onSaved(await call(api().feedback.setThemeStatus({ id: theme.id, status, reason: check.reason })));
    } catch (e) {
      const issue = e instanceof ApiError ? e.issues[0] : undefined;
      const field = issue?.path[0];
      setErrors(field === 'status' || field === 'reason' ? { [field]: issue?.message } : { form: (e as Error).message });
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="Change status"
      open
      onClose={onClose}
      width={520}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="status-form" disabled={saving}>
            Change status
          </Button>
        </>
      }
    >
      <form
        id="status-form"
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <p className="muted">
          “{theme.title}” is {THEME_STATUS_LABELS[theme.status].toLowerCase()}.
        </p>
        <SelectField
          label="New status"
          autoFocus
          value={status}
          error={errors.status}
          options={options.map((s) => ({ value: s, label: THEME_STATUS_LABELS[s] }))}
          onChange={(e) => {
            setStatus(e.target.value as ThemeStatus);
            setErrors({});
          }}
        />
        <TextAreaField
          label={status === 'wont-do' ? "Why won't it be done?" : 'Note (optional)'}
          rows={3}
          value={reason}
          error={errors.reason}
          hint={
            status === 'wont-do'
              ? 'Required: you will tell the customers why.'
              : status === 'shipped'
                ? `Each of the ${theme.accountCount} linked account${theme.accountCount === 1 ? '' : 's'} gets a task to tell the customer, due in 7 days.`
                : undefined
          }
          onChange={(e) => {
            setReason(e.target.value);
            setErrors({});
          }}
        />
      </form>
    </Dialog>
  );
}
