import { useState } from 'react';
import type { Task } from '../../../shared/tasks/schema';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { CheckboxField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { NewTaskForm } from './NewTaskForm';
import { TaskList } from './TaskList';
import { EditTaskDialog } from './EditTaskDialog';
import { useTaskActions, useTasks } from './queries';

/** An account's tasks: the playbook, renewals, action items and anything added by hand. */
export function TasksTab({ account }: AccountTabProps) {
  const [showDone, setShowDone] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const { data: tasks, error } = useTasks({ accountId: account.id, status: showDone ? 'all' : 'open' });
  const actions = useTaskActions();

  const remove = (task: Task) =>
    actions.remove.mutate(
      { id: task.id },
      {
        onSuccess: () =>
          toast.info(`Removed “${task.title}”.`, {
            label: 'Undo',
            run: () => actions.create.mutate({ accountId: account.id, fields: { title: task.title, owner: task.owner, dueOn: task.dueOn } }),
          }),
      },
    );

  return (
    <div className="stack">
      <NewTaskForm accountId={account.id} owner={account.ownerCsm} />
      <div className="row">
        <span className="muted">{tasks ? `${tasks.filter((t) => !t.doneAt).length} open` : ''}</span>
        <span className="spacer" />
        <CheckboxField label="Show done tasks" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
      </div>
      {error && <p className="form-error" role="alert">{error.message}</p>}
      {tasks && tasks.length === 0 && <p className="muted">Nothing to do for this account. Add a task above.</p>}
      {tasks && tasks.length > 0 && (
        <TaskList
          label={`Tasks for ${account.name}`}
          tasks={tasks}
          onToggle={(t, done) => actions.setDone.mutate({ id: t.id, done })}
          onSnooze={(t, until) => actions.snooze.mutate({ id: t.id, until })}
          onRemove={remove}
          onEdit={setEditing}
        />
      )}
      {editing && <EditTaskDialog task={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />}
    </div>
  );
}
