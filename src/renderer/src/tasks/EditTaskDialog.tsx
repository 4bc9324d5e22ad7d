import { useState } from 'react';
import { TaskFields, type Task } from '../../../shared/tasks/schema';
import { IsoDate } from '../../../shared/dates/iso-date';
import { useApiMutation } from '../api/use-api';
import { check, serverMessages } from '../health/issues';
import { TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';

/** "Edit task": its title, owner and due date, and the day it is snoozed until. */
export function EditTaskDialog({ task, onClose, onSaved }: { task: Task; onClose: () => void; onSaved: () => void }) {
  const [title, setTitle] = useState(task.title);
  const [owner, setOwner] = useState(task.owner);
  const [dueOn, setDueOn] = useState(task.dueOn ?? '');
  const [snoozedUntil, setSnoozedUntil] = useState(task.snoozedUntil ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const update = useApiMutation('tasks.update');
  const snooze = useApiMutation('tasks.snooze');

  const submit = async () => {
    const fields = check(TaskFields, { title, owner, dueOn: dueOn || null });
    const until = snoozedUntil ? IsoDate.safeParse(snoozedUntil) : null;
    if (!fields.ok || (until && !until.success)) {
      return setErrors({ ...(fields.ok ? {} : fields.errors), ...(until && !until.success ? { snoozedUntil: 'Enter a real date (YYYY-MM-DD)' } : {}) });
    }
    setSubmitting(true);
    try {
      await update.mutateAsync({ id: task.id, fields: fields.value });
      if ((snoozedUntil || null) !== task.snoozedUntil) await snooze.mutateAsync({ id: task.id, until: snoozedUntil || null });
      onSaved();
    } catch (e) {
      const m = serverMessages(e);
      setErrors(Object.fromEntries(Object.entries(m.errors).map(([k, v]) => [k.replace(/^fields\./, ''), v])));
      setFormError(m.message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title="Edit task"
      submitLabel="Save task"
      submitting={submitting}
      error={formError}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <TextField label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} error={errors.owner} />
      <TextField label="Due date" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={errors.dueOn} />
      <TextField
        label="Snoozed until"
        type="date"
        value={snoozedUntil}
        onChange={(e) => setSnoozedUntil(e.target.value)}
        error={errors.snoozedUntil}
        hint="Hidden from Today until this day; leave empty to show it now."
      />
    </FormDialog>
  );
}
