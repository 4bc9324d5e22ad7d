import { addDays, localIsoDate } from '../../../shared/dates/iso-date';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { toast } from '../ui/toasts';
import { TaskList } from '../tasks/TaskList';
import { useTaskActions, useTasks } from '../tasks/queries';
import { groupForToday } from './today-groups';
import { GrowthFigures } from '../growth/GrowthFigures';

const HORIZON_DAYS = 30;

/** What needs doing across the book: overdue first, then today, this week and the next month. */
export function TodayPage() {
  const go = useRoute((s) => s.go);
  const today = localIsoDate(new Date());
  const { data: tasks, error } = useTasks({ status: 'open', dueBy: addDays(today, HORIZON_DAYS), limit: 1000 });
  const groups = tasks ? groupForToday(tasks, today) : [];
  const actions = useTaskActions();

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Today</h1>
          <p className="subtitle">
            {new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' }).format(new Date())}
            {tasks && ` · ${groups.reduce((n, g) => n + g.tasks.length, 0)} open in the next ${HORIZON_DAYS} days`}
          </p>
        </div>
      </header>
      <GrowthFigures />
      {error && <p className="form-error" role="alert">{error.message}</p>}
      {tasks && groups.length === 0 && (
        <EmptyState title="Nothing due" actions={<Button onClick={() => go({ page: 'accounts' })}>Go to accounts</Button>}>
          No task is due in the next {HORIZON_DAYS} days. Tasks come from each account’s playbook, renewals and the action
          items you write down.
        </EmptyState>
      )}
      {groups.map((group) => (
        <section key={group.key} className="stack" aria-label={group.label}>
          <h2 className={group.key === 'overdue' ? 'group-title overdue' : 'group-title'}>
            {group.label} <span className="faint">{group.tasks.length}</span>
          </h2>
          <TaskList
            label={group.label}
            tasks={group.tasks}
            showAccount
            onOpenAccount={(task) => go({ page: 'account', accountId: task.accountId, tab: 'tasks' })}
            onToggle={(t, done) => actions.setDone.mutate({ id: t.id, done }, { onSuccess: () => done && toast.info(`Done: ${t.title}`) })}
            onSnooze={(t, until) => actions.snooze.mutate({ id: t.id, until })}
          />
        </section>
      ))}
    </div>
  );
}
