import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { LICENSE_KINDS, licenseRuleIssues, SHARE_CHANNELS } from './rules';
import { MAX_REMINDER_DAYS } from './status';

export const LicenseId = z.uuid({ error: 'Not a valid license id' });
export const KeyId = z.string().regex(/^[0-9a-f]{16}$/, 'A key id is 16 hexadecimal digits');
export const LicenseKind = z.enum(LICENSE_KINDS, { error: 'Choose standard, temporary or MVP' });

export const MAX_MODULES = 50;

const ModuleName = z
  .string()
  .trim()
  .min(1, 'A module needs a name')
  .max(100, 'Keep each module name under 100 characters');

/** The fields a CSM fills in to issue a license; the form and main check the same schema. */
export const LicenseFieldsShape = z
  .object({
    licensee: z
      .string({ error: "Enter the licensee's name" })
      .trim()
      .min(1, "Enter the licensee's name, as it should appear in the license")
      .max(200, 'Keep the licensee name under 200 characters'),
    modules: z
      .array(ModuleName, { error: 'List the licensed modules' })
      .min(1, 'List at least one licensed module')
      .max(MAX_MODULES, `A license lists at most ${MAX_MODULES} modules`)
      .refine((mods) => new Set(mods.map((m) => m.toLowerCase())).size === mods.length, 'Each module is listed only once'),
    kind: LicenseKind,
    validFrom: IsoDate,
    expiresAt: IsoDate,
    /** Only for MVP licenses: the license lies within the project, from its start… */
    projectStart: IsoDate.nullable().default(null),
    /** …to its end. */
    projectEnd: IsoDate.nullable(),
    /** Days before expiry to be reminded; null for the kind's default (7 temporary / MVP, 30 standard). */
    reminderDays: z
      .number({ error: 'Enter a number of days' })
      .int('Enter a whole number of days')
      .min(1, 'Remind at least 1 day before expiry')
      .max(MAX_REMINDER_DAYS, `Remind at most ${MAX_REMINDER_DAYS} days before expiry`)
      .nullable()
      .default(null),
    /** The license this one renews or upgrades (same account). */
    replacesId: LicenseId.nullable(),
  })
  .strict();

export const LicenseFields = LicenseFieldsShape.superRefine((v, ctx) => {
  for (const issue of licenseRuleIssues(v)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});
export type LicenseFields = z.output<typeof LicenseFields>;
export type LicenseFieldsInput = z.input<typeof LicenseFields>;

export const IssueLicenseInput = z.object({ accountId: AccountId, fields: LicenseFields }).strict();
export const ListLicensesInput = z.object({ accountId: AccountId }).strict();
export const LicenseIdInput = z.object({ id: LicenseId }).strict();
export const RevokeLicenseInput = z
  .object({
    id: LicenseId,
    reason: z
      .string({ error: 'Say why the license is revoked' })
      .trim()
      .min(1, 'Say why the license is revoked: it is kept in the history')
      .max(500, 'Keep the reason under 500 characters'),
  })
  .strict();

/** A license file is a few hundred bytes; anything far larger is not one. */
export const MAX_LICENSE_FILE_BYTES = 64 * 1024;
export const VerifyTextInput = z
  .object({
    text: z.string().max(MAX_LICENSE_FILE_BYTES, 'That file is too large to be a Fieldbook license.'),
    fileName: z.string().max(260).nullable(),
  })
  .strict();

export const ShareChannel = z.enum(SHARE_CHANNELS, { error: 'Choose how the file was shared' });

export const LicenseShare = z.object({
  recipient: z.string(),
  channel: ShareChannel,
  sharedAt: IsoTimestamp,
  sharedBy: z.string(),
});
export type LicenseShare = z.output<typeof LicenseShare>;

export const LICENSE_STATUSES = ['not-yet-valid', 'valid', 'expiring-soon', 'expired', 'revoked'] as const;
export const LicenseStatus = z.enum(LICENSE_STATUSES);
export type LicenseStatus = z.output<typeof LicenseStatus>;

export const License = z.object({
  id: LicenseId,
  accountId: AccountId,
  accountName: z.string(),
  licensee: z.string(),
  modules: z.array(z.string()),
  kind: LicenseKind,
  issuedAt: IsoTimestamp,
  issuedBy: z.string(),
  validFrom: IsoDate,
  expiresAt: IsoDate,
  projectStart: IsoDate.nullable(),
  projectEnd: IsoDate.nullable(),
  keyId: KeyId,
  formatVersion: z.number().int(),
  replacesId: LicenseId.nullable(),
  replacedById: LicenseId.nullable(),
  revokedAt: IsoTimestamp.nullable(),
  revokedBy: z.string().nullable(),
  revokedReason: z.string().nullable(),
  status: LicenseStatus,
  /** Days from today to the expiry date (negative once expired). */
  daysLeft: z.number().int(),
  /** The day it starts to "expire soon": the renewal kick-off (standard) or the expiry reminder. */
  remindOn: IsoDate,
  /** Days before expiry its expiry reminder falls due, and that day. */
  reminderDays: z.number().int(),
  expiryReminderOn: IsoDate,
  /** Who its file was shared with and how, oldest first. */
  shares: z.array(LicenseShare),
});
export type License = z.output<typeof License>;

export const RecordShareInput = z
  .object({
    id: LicenseId,
    recipient: z
      .string({ error: 'Say who received the license file' })
      .trim()
      .min(1, 'Say who received the license file (name or email)')
      .max(200, 'Keep the recipient under 200 characters'),
    channel: ShareChannel,
  })
  .strict();
export type RecordShareInput = z.output<typeof RecordShareInput>;

export const SaveResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);
export type SaveResult = z.output<typeof SaveResult>;
