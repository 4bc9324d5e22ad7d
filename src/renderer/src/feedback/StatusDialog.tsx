import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { SetThemeStatusInput, type ThemeDetail, type ThemeSummary } from '../../../shared/feedback/schema';
import { checkTransition, nextStatuses, THEME_STATUS_LABELS } from '../../../shared/feedback/theme-status';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { SelectField, TextAreaField } from '../ui/Field';

/** The operation's input without the theme id, checked against the same transition rule main applies. */
function statusSchema(theme: ThemeSummary) {
  return SetThemeStatusInput.omit({ id: true }).superRefine((values, ctx) => {
    const check = checkTransition(theme.status, values.status, values.reason);
    if (!check.ok) ctx.addIssue({ code: 'custom', path: [check.field], message: check.message });
  });
}

/**
 * Moves a theme along new → under consideration → planned → shipped, or to won't do (which
 * asks for a reason). The same rule as main's is checked here first.
 */
export function StatusDialog({ theme, onClose, onSaved }: { theme: ThemeSummary; onClose: () => void; onSaved: (d: ThemeDetail) => void }) {
  const options = nextStatuses(theme.status);
  const schema = useMemo(() => statusSchema(theme), [theme]);
  const setStatus = useApiMutation('feedback.setThemeStatus');
  const {
    register,
    submit,
    formError,
    control,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema,
    defaultValues: { status: options[0] ?? theme.status, reason: '' },
    onSubmit: async ({ status, reason }) => {
      const check = checkTransition(theme.status, status, reason);
      // The schema already refused a transition the rule forbids; this trims the note.
      const note = check.ok ? check.reason : null;
      onSaved(await setStatus.mutateAsync({ id: theme.id, status, reason: note }));
    },
  });
  const status = useWatch({ control, name: 'status' });

  return (
    <FormDialog
      title="Change status"
      submitLabel="Change status"
      submitting={isSubmitting}
      onSubmit={submit}
      onClose={onClose}
      error={formError}
      width={520}
    >
      <p className="muted">
        “{theme.title}” is {THEME_STATUS_LABELS[theme.status].toLowerCase()}.
      </p>
      <SelectField
        label="New status"
        autoFocus
        error={errors.status?.message}
        options={options.map((s) => ({ value: s, label: THEME_STATUS_LABELS[s] }))}
        {...register('status')}
      />
      <TextAreaField
        label={status === 'wont-do' ? "Why won't it be done?" : 'Note (optional)'}
        rows={3}
        error={errors.reason?.message}
        hint={
          status === 'wont-do'
            ? 'Required: you will tell the customers why.'
            : status === 'shipped'
              ? `Each of the ${theme.accountCount} linked account${theme.accountCount === 1 ? '' : 's'} gets a task to tell the customer, due in 7 days.`
              : undefined
        }
        {...register('reason')}
      />
    </FormDialog>
  );
}
