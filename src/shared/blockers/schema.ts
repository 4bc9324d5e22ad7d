import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { IsoTimestamp } from '../dates/iso-date';

export const BlockerId = z.uuid({ error: 'Not a valid blocker id' });

/** Where a blocker was raised: a marked line in a check-in note, an action item, or by hand. */
export const BLOCKER_SOURCES = ['checkin-note', 'action-item', 'manual'] as const;
export const BlockerSource = z.enum(BLOCKER_SOURCES);
export type BlockerSource = z.output<typeof BlockerSource>;

export const MAX_BLOCKER_TITLE = 500;

const Title = z
  .string({ error: 'Say what is blocked' })
  .trim()
  .min(1, 'Say what is blocked')
  .max(MAX_BLOCKER_TITLE, `Keep the blocker under ${MAX_BLOCKER_TITLE} characters`);
const Owner = z.string().trim().max(200, 'Keep the owner under 200 characters');

export const Blocker = z.object({
  id: BlockerId,
  accountId: AccountId,
  accountName: z.string(),
  title: z.string(),
  /** Who has to move for it to clear: a contact's name, "us", or free text ('' when nobody was named). */
  owner: z.string(),
  source: BlockerSource,
  /** The note or action item it was raised from; null when raised by hand. */
  sourceId: z.string().nullable(),
  openedAt: IsoTimestamp,
  resolvedAt: IsoTimestamp.nullable(),
  resolvedBy: z.string(),
});
export type Blocker = z.output<typeof Blocker>;

export const ListBlockersInput = z
  .object({
    /** One account's blockers; without it, the open blockers across the book. */
    accountId: AccountId.optional(),
    includeResolved: z.boolean().optional(),
  })
  .strict();
export type ListBlockersInput = z.output<typeof ListBlockersInput>;

export const RaiseBlockerInput = z
  .object({
    accountId: AccountId,
    title: Title,
    owner: Owner,
    /** Raised from an action item: the task's id (it must belong to the account). */
    actionItemId: z.uuid({ error: 'Not a valid action item id' }).optional(),
  })
  .strict();
export type RaiseBlockerInput = z.output<typeof RaiseBlockerInput>;

export const BlockerIdInput = z.object({ id: BlockerId }).strict();

export const SetBlockerOwnerInput = z.object({ id: BlockerId, owner: Owner }).strict();
