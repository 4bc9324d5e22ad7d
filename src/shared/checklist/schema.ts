import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { IsoTimestamp } from '../dates/iso-date';

export const CHECKLIST_STATUSES = ['todo', 'in-progress', 'done', 'not-applicable'] as const;
export const ChecklistStatus = z.enum(CHECKLIST_STATUSES, {
  error: 'Choose a status: to do, in progress, done or not applicable',
});
export type ChecklistStatus = z.output<typeof ChecklistStatus>;

export const ChecklistItemId = z.uuid({ error: 'Not a valid checklist item id' });

export const MAX_NOTE = 5_000;
export const MAX_EVIDENCE = 2_000;
export const MAX_ITEM_TEXT = 300;

const Note = z.string({ error: 'Write the note as text' }).max(MAX_NOTE, 'Keep the note under 5,000 characters');
const Evidence = z
  .string({ error: 'Write the evidence as text or a link' })
  .max(MAX_EVIDENCE, 'Keep the evidence under 2,000 characters');
const ItemText = z
  .string({ error: 'Say what needs checking' })
  .trim()
  .min(1, 'Say what needs checking')
  .max(MAX_ITEM_TEXT, 'Keep the item under 300 characters');

export const ChecklistItem = z.object({
  id: ChecklistItemId,
  /** The template item's key; null for an item the CSM added. */
  templateKey: z.string().nullable(),
  origin: z.enum(['template', 'custom']),
  text: z.string(),
  /** Set for a sub-item (e.g. the RBAC groups under "Proper RBAC setup"). */
  parentId: ChecklistItemId.nullable(),
  status: ChecklistStatus,
  note: z.string(),
  evidence: z.string(),
  /** The CSM who last changed the status, note or evidence ('' before anyone did, or when no name is set). */
  changedBy: z.string(),
  changedAt: IsoTimestamp.nullable(),
});
export type ChecklistItem = z.output<typeof ChecklistItem>;

export const Progress = z.object({
  done: z.number().int(),
  /** Items that count: everything except "not applicable". */
  applicable: z.number().int(),
  /** Whole percent, 0–100, rounded down so 99.9 % never reads as 100 %. */
  percent: z.number().int(),
});
export type Progress = z.output<typeof Progress>;

export const ChecklistSection = z.object({
  key: z.string(),
  title: z.string(),
  items: z.array(ChecklistItem),
  progress: Progress,
});
export type ChecklistSection = z.output<typeof ChecklistSection>;

export const Checklist = z.object({
  accountId: AccountId,
  templateVersion: z.number().int(),
  sections: z.array(ChecklistSection),
  progress: Progress,
  /** Every applicable item is done (and at least one item applies). */
  ready: z.boolean(),
});
export type Checklist = z.output<typeof Checklist>;

export const OpenChecklistInput = z.object({ accountId: AccountId }).strict();

export const UpdateChecklistItemInput = z
  .object({
    id: ChecklistItemId,
    changes: z
      .object({ status: ChecklistStatus.optional(), note: Note.optional(), evidence: Evidence.optional() })
      .strict()
      .refine((c) => c.status !== undefined || c.note !== undefined || c.evidence !== undefined, {
        message: 'Change the status, the note or the evidence',
      }),
  })
  .strict();
export type UpdateChecklistItemInput = z.output<typeof UpdateChecklistItemInput>;

export const AddChecklistItemInput = z
  .object({
    accountId: AccountId,
    sectionKey: z.string({ error: 'Choose a section' }).min(1, 'Choose a section').max(100, 'Choose a section'),
    text: ItemText,
  })
  .strict();
export type AddChecklistItemInput = z.output<typeof AddChecklistItemInput>;

export const ChecklistItemIdInput = z.object({ id: ChecklistItemId }).strict();
