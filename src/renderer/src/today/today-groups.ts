import { addDays } from '../../../shared/dates/iso-date';
import type { Task } from '../../../shared/tasks/schema';

export interface TaskGroup {
  key: 'overdue' | 'today' | 'week' | 'later';
  label: string;
  tasks: Task[];
}

/** Splits open, dated tasks into overdue / today / the next 7 days / later; snoozed ones wait until their day. */
export function groupForToday(tasks: Task[], today: string): TaskGroup[] {
  const weekEnd = addDays(today, 7);
  const groups: TaskGroup[] = [
    { key: 'overdue', label: 'Overdue', tasks: [] },
    { key: 'today', label: 'Today', tasks: [] },
    { key: 'week', label: 'Next 7 days', tasks: [] },
    { key: 'later', label: 'Later', tasks: [] },
  ];
  for (const task of tasks) {
    if (task.doneAt || !task.dueOn) continue;
    if (task.snoozedUntil && task.snoozedUntil > today) continue;
    const group =
      task.dueOn < today ? groups[0] : task.dueOn === today ? groups[1] : task.dueOn <= weekEnd ? groups[2] : groups[3];
    group!.tasks.push(task);
  }
  return groups.filter((g) => g.tasks.length > 0);
}
