import { z } from 'zod';
import { OperationId } from '../ipc/long-operation';
import { CRM_TARGETS } from './fields';

/** At most this many columns: a CRM export with more is not an accounts file. */
export const MAX_CRM_COLUMNS = 300;
/** Rows with errors listed in a preview (the count covers them all). */
export const MAX_LISTED_ERRORS = 200;
/** Rows shown in the preview table. */
export const PREVIEW_ROWS = 10;

export const CrmTarget = z.enum(CRM_TARGETS, { error: 'Choose a field for the column' });
export const ImportId = z.uuid({ error: 'That import is no longer open: choose the file again.' });
export const DateOrderSchema = z.enum(['mdy', 'dmy'], { error: 'Choose how dates are written' });
/** What happens to an account already in the book (same name) or a contact with the same email. */
export const DUPLICATE_CHOICES = ['skip', 'update', 'keepBoth'] as const;
export const DuplicateChoice = z.enum(DUPLICATE_CHOICES, { error: 'Choose what to do with duplicates' });

export const CrmImportSettings = z
  .object({
    importId: ImportId,
    mapping: z.array(CrmTarget).max(MAX_CRM_COLUMNS),
    dateOrder: DateOrderSchema,
    duplicates: DuplicateChoice,
  })
  .strict();
export type CrmImportSettings = z.output<typeof CrmImportSettings>;

export const ChosenCrmFile = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('chosen'),
    importId: ImportId,
    fileName: z.string(),
    headers: z.array(z.string()),
    /** The suggested target for each header (same order). */
    mapping: z.array(CrmTarget),
    /** The first non-empty value under each header, to help the CSM recognise it. */
    samples: z.array(z.string()),
    rows: z.number().int().min(0),
    /** How the file's slash dates read: 'ambiguous' when every one reads both ways (the CSM is asked). */
    dateOrder: z.enum(['mdy', 'dmy', 'ambiguous']).nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ChosenCrmFile = z.output<typeof ChosenCrmFile>;

export const RowAction = z.enum(['add', 'update', 'skip', 'keepBoth', 'error']);
export type RowAction = z.output<typeof RowAction>;

export const CrmPreview = z.object({
  /** Why nothing can be imported with this mapping (no account name column, a field chosen twice). */
  problem: z.string().nullable(),
  rows: z.number().int(),
  rowsWithErrors: z.number().int(),
  accountsNew: z.number().int(),
  accountsUpdated: z.number().int(),
  accountsSkipped: z.number().int(),
  contactsNew: z.number().int(),
  contactsUpdated: z.number().int(),
  contactsSkipped: z.number().int(),
  /** The first rows with errors (`MAX_LISTED_ERRORS`), each message naming its column. */
  errors: z.array(z.object({ row: z.number().int(), messages: z.array(z.string()) })),
  /** The first rows as they will be imported. */
  sample: z.array(
    z.object({
      row: z.number().int(),
      account: z.string(),
      arr: z.number().nullable(),
      stage: z.string().nullable(),
      renewalDate: z.string().nullable(),
      contact: z.string().nullable(),
      email: z.string().nullable(),
      action: RowAction,
    }),
  ),
});
export type CrmPreview = z.output<typeof CrmPreview>;

export const RunCrmImportInput = CrmImportSettings.extend({ operationId: OperationId.optional() }).strict();
export const CrmImportResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    accountsCreated: z.number().int(),
    accountsUpdated: z.number().int(),
    contactsCreated: z.number().int(),
    contactsUpdated: z.number().int(),
    /** Rows left out: duplicates skipped and rows with errors. */
    rowsSkipped: z.number().int(),
    rowsWithErrors: z.number().int(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type CrmImportResult = z.output<typeof CrmImportResult>;
