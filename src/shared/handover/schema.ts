import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { NoteId } from '../checkins/schema';
import { IsoDate } from '../dates/iso-date';
import { Blocker } from '../blockers/schema';
import { CheckinKind } from '../checkins/schema';
import { LicenseKind } from '../licenses/schema';

export const HANDOVER_FORMATS = ['markdown', 'pdf'] as const;
export const HandoverFormat = z.enum(HANDOVER_FORMATS, { error: 'Choose Markdown or PDF' });
export type HandoverFormat = z.output<typeof HandoverFormat>;

/** A recap or digest ready to copy: its title, the email text and the Markdown. */
export const HandoverText = z.object({ title: z.string(), text: z.string(), markdown: z.string() });
export type HandoverText = z.output<typeof HandoverText>;

export const RecapInput = z.object({ noteId: NoteId }).strict();
export const SaveRecapInput = z.object({ noteId: NoteId, format: HandoverFormat }).strict();

export const DigestInput = z.object({ weekOf: IsoDate }).strict();
export const SaveDigestInput = z.object({ weekOf: IsoDate, format: HandoverFormat }).strict();

export const SaveHandoverResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveHandoverResult = z.output<typeof SaveHandoverResult>;

/** The account's state at a glance (Overview), computed on demand from the records. */
export const AccountGlance = z.object({
  lastNote: z.object({ id: NoteId, kind: CheckinKind, heldAt: z.string() }).nullable(),
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  /** null before the account has a readiness checklist. */
  readiness: z.object({ done: z.number().int(), applicable: z.number().int(), percent: z.number().int() }).nullable(),
  /** Licenses not revoked whose expiry is today or later, soonest expiry first. */
  licenses: z.array(z.object({ id: z.uuid(), kind: LicenseKind, licensee: z.string(), modules: z.array(z.string()), expiresAt: IsoDate })),
  openBlockers: z.array(Blocker),
});
export type AccountGlance = z.output<typeof AccountGlance>;

export const AccountGlanceInput = z.object({ accountId: AccountId }).strict();
