import type { ListTasksInput } from '../../../shared/tasks/schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { toast } from '../ui/toasts';

export function useTasks(input: ListTasksInput) {
  return useApiQuery('tasks.list', input);
}

const showError = (e: Error) => toast.error(e.message);

/** The changes a task list offers (done, snooze, remove, re-add); a failure is a toast. */
export function useTaskActions() {
  return {
    setDone: useApiMutation('tasks.setDone', { onError: showError }),
    snooze: useApiMutation('tasks.snooze', { onError: showError }),
    remove: useApiMutation('tasks.remove', { onError: showError }),
    create: useApiMutation('tasks.create', { onError: showError }),
  };
}
