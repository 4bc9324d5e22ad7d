import { useId, useState } from 'react';
import type { Task } from '../../../shared/tasks/schema';
import { TaskFields } from '../../../shared/tasks/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { formatDay } from '../ui/format';
import { toast } from '../ui/toasts';

interface ActionItemsProps {
  items: Task[];
  onChange: (items: Task[]) => void;
  /** Adds an item (the editor saves a new note first); without it the list is read-only. */
  add?: (fields: TaskFields) => Promise<Task>;
  /** Names offered for the owner: the account's contacts, and "us". Free text is fine too. */
  ownerSuggestions?: readonly string[];
}

/** A note's action items: tasks in the one tasks list, shown with the note. */
export function ActionItems({ items, onChange, add, ownerSuggestions = [] }: ActionItemsProps) {
  const editable = add !== undefined;
  const ownersId = useId();
  const [title, setTitle] = useState('');
  // Each item names its own owner: nothing carries over from the previous one.
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const markDone = useApiMutation('tasks.setDone');
  const removeTask = useApiMutation('tasks.remove');
  const raise = useApiMutation('blockers.raise');

  const setDone = async (task: Task, done: boolean) => {
    try {
      const updated = await markDone.mutateAsync({ id: task.id, done });
      onChange(items.map((t) => (t.id === task.id ? updated : t)));
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const remove = async (task: Task) => {
    try {
      await removeTask.mutateAsync({ id: task.id });
      onChange(items.filter((t) => t.id !== task.id));
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const raiseBlocker = async (task: Task) => {
    try {
      await raise.mutateAsync({ accountId: task.accountId, title: task.title, owner: task.owner, actionItemId: task.id });
      toast.info(`Blocker raised: “${task.title}”. It stays on the account and Today until resolved.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const submit = async () => {
    // A double Enter or click must not add the item twice.
    if (adding) return;
    const parsed = TaskFields.safeParse({ title, owner, dueOn: dueOn === '' ? null : dueOn });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    if (!add) return;
    setAdding(true);
    try {
      const task = await add(parsed.data);
      onChange([...items, task]);
      setTitle('');
      setOwner('');
      setDueOn('');
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setAdding(false);
    }
  };

  return (
    <section className="action-items" aria-label="Action items">
      <h3>Action items</h3>
      {items.length === 0 && !editable && <p className="faint">None.</p>}
      {items.length > 0 && (
        <ul className="action-list">
          {items.map((t) => (
            <li key={t.id} className={t.doneAt ? 'done' : ''}>
              <input type="checkbox" checked={t.doneAt !== null} aria-label={`Done: ${t.title}`} onChange={(e) => void setDone(t, e.target.checked)} />
              <span className="task-title">{t.title}</span>
              <span className="faint">
                {t.owner}
                {t.dueOn ? ` · due ${formatDay(t.dueOn)}` : ''}
              </span>
              {!t.doneAt && (
                <Button size="sm" variant="ghost" aria-label={`Raise as blocker: ${t.title}`} onClick={() => void raiseBlocker(t)}>
                  Blocker
                </Button>
              )}
              {editable && (
                <Button size="sm" variant="ghost" aria-label={`Remove action item: ${t.title}`} onClick={() => void remove(t)}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="action-new"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <TextField label="Action item" value={title} onChange={(e) => setTitle(e.target.value)} error={error} placeholder="What needs doing" />
          <TextField label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} list={ownersId} placeholder="Contact, us, or a name" />
          <datalist id={ownersId}>
            {[...new Set(['us', ...ownerSuggestions])].map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <TextField label="Due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          <Button type="submit" disabled={adding}>
            Add action item
          </Button>
        </form>
      )}
    </section>
  );
}
