import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { NoteId } from '../checkins/schema';
import { ChecklistItemId } from '../checklist/schema';
import { ThemeId } from '../feedback/schema';
import { ReleaseId } from '../growth/schema';

/** The text open for editing when the app last stood somewhere: a check-in note or a checklist item's note. */
export const EditingLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checkin-note'), id: NoteId }).strict(),
  z.object({ kind: z.literal('checklist-item'), id: ChecklistItemId }).strict(),
]);
export type EditingLocation = z.output<typeof EditingLocation>;

/**
 * Where the CSM was: the page, and on an account its tab and the text being edited. Main keeps
 * it (settings key `sessionLocation`), so any restart, graceful or a crash, reopens there.
 */
export const SessionLocation = z.discriminatedUnion('page', [
  z.object({ page: z.literal('today') }).strict(),
  z.object({ page: z.literal('accounts') }).strict(),
  z
    .object({
      page: z.literal('account'),
      accountId: AccountId,
      tab: z.string().regex(/^[a-z-]{1,40}$/, 'Not a tab name').optional(),
      editing: EditingLocation.optional(),
    })
    .strict(),
  z.object({ page: z.literal('feedback'), themeId: ThemeId.optional() }).strict(),
  z.object({ page: z.literal('releases'), releaseId: ReleaseId.optional() }).strict(),
  z.object({ page: z.literal('settings') }).strict(),
]);
export type SessionLocation = z.output<typeof SessionLocation>;
