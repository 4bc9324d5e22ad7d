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
}

/** The tasks tables as kysely sees them. */
export interface TasksTables {
  tasks: TasksTable;
}
