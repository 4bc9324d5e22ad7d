import type { Task, TaskSourceKind } from '../../../shared/tasks/schema';
import { addDays, localIsoDate } from '../../../shared/dates/iso-date';
import { Button } from '../ui/Button';
import { formatDay, relativeDay } from '../ui/format';
import { TaskDetails } from './TaskDetails';

const SOURCE_LABEL: Record<TaskSourceKind, string> = {
  manual: 'Task',
  playbook: 'Playbook',
  renewal: 'Renewal',
  'checkin-note': 'Action item',
  'feedback-theme': 'Close the loop',
  license: 'License',
  'survey-follow-up': 'Survey follow-up',
  'survey-cadence': 'Survey',
  release: 'Release',
  qbr: 'QBR',
};

interface TaskListProps {
  label: string;
  tasks: Task[];
  onToggle: (task: Task, done: boolean) => void;
  onSnooze: (task: Task, until: string | null) => void;
  /** Absent where removing doesn't belong (the cross-account Today list). */
  onRemove?: (task: Task) => void;
  onEdit?: (task: Task) => void;
  showAccount?: boolean;
  onOpenAccount?: (task: Task) => void;
}

/** A list of tasks with done, snooze and remove; overdue ones say so in words, not only colour. */
export function TaskList({ label, tasks, onToggle, onSnooze, onRemove, onEdit, showAccount, onOpenAccount }: TaskListProps) {
  const today = localIsoDate(new Date());
  return (
    <ul className="task-list" aria-label={label}>
      {tasks.map((t) => {
        const overdue = !t.doneAt && t.dueOn !== null && t.dueOn < today;
        const snoozed = !t.doneAt && t.snoozedUntil !== null && t.snoozedUntil > today;
        return (
          <li key={t.id} className={`task ${t.doneAt ? 'done' : ''} ${snoozed ? 'snoozed' : ''}`}>
            <input
              type="checkbox"
              checked={t.doneAt !== null}
              aria-label={`Done: ${t.title}`}
              onChange={(e) => onToggle(t, e.target.checked)}
            />
            <div className="task-main">
              <span className="task-title">{t.title}</span>
              <span className="task-meta">
                <span className="badge">{SOURCE_LABEL[t.sourceKind]}</span>
                {showAccount &&
                  (onOpenAccount ? (
                    <a
                      href={`#account/${t.accountId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onOpenAccount(t);
                      }}
                    >
                      {t.accountName}
                    </a>
                  ) : (
                    <span>{t.accountName}</span>
                  ))}
                {t.owner && <span>{t.owner}</span>}
                {snoozed && t.snoozedUntil && <span>Snoozed until {formatDay(t.snoozedUntil)}</span>}
              </span>
              {t.details && <TaskDetails title={t.title} text={t.details} />}
            </div>
            <span className={`task-due ${overdue ? 'overdue' : ''}`} title={t.dueOn ? formatDay(t.dueOn) : undefined}>
              {t.dueOn ? (
                <>
                  {overdue && <span className="badge badge-danger">Overdue</span>} {formatDay(t.dueOn)}
                  <span className="faint"> · {relativeDay(t.dueOn, today)}</span>
                </>
              ) : (
                <span className="faint">No date</span>
              )}
            </span>
            {!t.doneAt && (
              <Button
                size="sm"
                variant="ghost"
                aria-label={snoozed ? `Wake up: ${t.title}` : `Snooze a week: ${t.title}`}
                title={snoozed ? 'Show it again now' : 'Hide it for a week'}
                onClick={() => onSnooze(t, snoozed ? null : addDays(today, 7))}
              >
                {snoozed ? 'Wake' : 'Snooze'}
              </Button>
            )}
            {onEdit && (
              <Button size="sm" variant="ghost" aria-label={`Edit task: ${t.title}`} onClick={() => onEdit(t)}>
                Edit
              </Button>
            )}
            {onRemove && (
              <Button size="sm" variant="ghost" aria-label={`Remove task: ${t.title}`} onClick={() => onRemove(t)}>
                Remove
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
