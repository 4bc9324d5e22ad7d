/** The one list of tasks, whatever made them. */
export interface TasksTable {
  id: string;
  account_id: string;
  title: string;
  owner: string;
  due_on: string | null;
  done_at: string | null;
  snoozed_until: string | null;
  source_kind: string;
  source_id: string | null;
  /** Set by generators (playbook, renewal, close-the-loop…) so a task is never created twice. */
  dedupe_key: string | null;
  /** Set while the record the task came from (e.g. a check-in note) is deleted; such tasks are hidden. */
  source_removed_at: string | null;
  created_at: string;
  updated_at: string;
  /** Longer text that goes with the task, e.g. the release email draft to copy (0015). */
  details: string;
}

/** Another key a generated task answers to (0015): one task can stand for several generators' keys. */
export interface TaskDedupeKeysTable {
  dedupe_key: string;
  task_id: string;
}

/** The tasks tables as kysely sees them. */
export interface TasksTables {
  tasks: TasksTable;
  task_dedupe_keys: TaskDedupeKeysTable;
}
