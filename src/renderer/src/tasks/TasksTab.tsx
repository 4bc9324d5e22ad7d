import { useState } from 'react';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { Task } from '../../../shared/tasks/schema';
import { api, call } from '../api/client';
import { useLoad } from '../api/use-load';
import type { AccountTabProps } from '../accounts/account-tabs';
import { CheckboxField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { NewTaskForm } from './NewTaskForm';
import { TaskList } from './TaskList';
import { EditTaskDialog } from './EditTaskDialog';

/** An account's tasks: the playbook, renewals, action items and anything added by hand. */
export function TasksTab({ account }: AccountTabProps) {
  const [showDone, setShowDone] = useState(false);
  const [editing, setEditing] = useState<Task | null>(null);
  const { data: tasks, error, reload: load } = useLoad(
    () => call(api().tasks.list({ accountId: account.id, status: showDone ? 'all' : 'open' })),
    [account.id, showDone],
  );

  const run = async (request: Promise<Envelope<unknown>>) => {
    try {
      await call(request);
    } catch (e) {
      toast.error((e as Error).message);
    }
    void load();
  };

  const remove = async (task: Task) => {
    await run(api().tasks.remove({ id: task.id }));
    toast.info(`Removed “${task.title}”.`, {
      label: 'Undo',
      run: () =>
        void run(api().tasks.create({ accountId: account.id, fields: { title: task.title, owner: task.owner, dueOn: task.dueOn } })),
    });
  };

  return (
    <div className="stack">
      <NewTaskForm accountId={account.id} owner={account.ownerCsm} onAdded={() => void load()} />
      <div className="row">
        <span className="muted">{tasks ? `${tasks.filter((t) => !t.doneAt).length} open` : ''}</span>
        <span className="spacer" />
        <CheckboxField label="Show done tasks" checked={showDone} onChange={(e) => setShowDone(e.target.checked)} />
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {tasks && tasks.length === 0 && <p className="muted">Nothing to do for this account. Add a task above.</p>}
      {tasks && tasks.length > 0 && (
        <TaskList
          label={`Tasks for ${account.name}`}
          tasks={tasks}
          onToggle={(t, done) => void run(api().tasks.setDone({ id: t.id, done }))}
          onSnooze={(t, until) => void run(api().tasks.snooze({ id: t.id, until }))}
          onRemove={(t) => void remove(t)}
          onEdit={setEditing}
        />
      )}
      {editing && (
        <EditTaskDialog
          task={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            toast.info('Task saved.');
            void load();
          }}
        />
      )}
    </div>
  );
}
