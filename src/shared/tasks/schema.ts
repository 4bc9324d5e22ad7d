import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { AccountId } from '../accounts/schema';

export const TaskId = z.uuid({ error: 'Not a valid task id' });

/**
 * Where a task came from. One tasks domain serves every "something to do by a date": later
 * capabilities add their kind here rather than keep a second list of to-dos.
 */
export const TASK_SOURCES = ['manual', 'playbook', 'renewal', 'checkin-note', 'feedback-theme', 'license', 'survey-follow-up', 'survey-cadence', 'release', 'qbr'] as const;
export const TaskSourceKind = z.enum(TASK_SOURCES);
export type TaskSourceKind = z.output<typeof TaskSourceKind>;

export const TaskFields = z
  .object({
    title: z.string({ error: 'Say what needs doing' }).trim().min(1, 'Say what needs doing').max(500, 'Keep the task under 500 characters'),
    owner: z.string().trim().max(100, 'Keep the owner under 100 characters'),
    dueOn: IsoDate.nullable(),
  })
  .strict();
export type TaskFields = z.output<typeof TaskFields>;

export const Task = TaskFields.extend({
  id: TaskId,
  accountId: AccountId,
  accountName: z.string(),
  doneAt: IsoTimestamp.nullable(),
  snoozedUntil: IsoDate.nullable(),
  sourceKind: TaskSourceKind,
  sourceId: z.string().nullable(),
  /** Longer text from the generator, e.g. a release email draft to copy; empty for most tasks. */
  details: z.string(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Task = z.output<typeof Task>;

export const TASK_STATUSES = ['open', 'done', 'all'] as const;

export const ListTasksInput = z
  .object({
    accountId: AccountId.optional(),
    status: z.enum(TASK_STATUSES).optional(),
    /** Open tasks due on or before this day (and undated ones are left out). */
    dueBy: IsoDate.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict();
export type ListTasksInput = z.output<typeof ListTasksInput>;

export const CreateTaskInput = z.object({ accountId: AccountId, fields: TaskFields }).strict();
export const UpdateTaskInput = z.object({ id: TaskId, fields: TaskFields }).strict();
export const SetTaskDoneInput = z.object({ id: TaskId, done: z.boolean() }).strict();
export const SnoozeTaskInput = z.object({ id: TaskId, until: IsoDate.nullable() }).strict();
export const TaskIdInput = z.object({ id: TaskId }).strict();
