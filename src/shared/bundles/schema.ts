import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { ExportCell } from '../everything/schema';
import { OperationId } from '../ipc/long-operation';

/** The name and version of an account bundle file (docs/bundle-format.md). */
export const BUNDLE_FORMAT = 'fieldbook-account-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const BundleFile = z.object({
  format: z.literal(BUNDLE_FORMAT, { error: 'it is not a Fieldbook account bundle' }),
  formatVersion: z.number().int().positive(),
  exportedAt: z.string(),
  /** The schema the rows follow; an import needs the same one. */
  schemaVersion: z.number().int().positive(),
  /** The accounts the bundle carries (their rows are in `tables` too). */
  accounts: z.array(z.object({ id: AccountId, name: z.string() })).min(1, 'the bundle holds no account'),
  /** Table by table, parents before the rows that refer to them: column → cell. */
  tables: z.array(z.object({ name: z.string().regex(/^[a-z_]+$/), rows: z.array(z.record(z.string(), ExportCell)) })),
});
export type BundleFile = z.output<typeof BundleFile>;

export const ExportBundleInput = z.object({ accountIds: z.array(AccountId).min(1).max(500), operationId: OperationId.optional() }).strict();
export const ExportBundleResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
export const ImportBundleInput = z.object({ operationId: OperationId.optional() }).strict();

/**
 * A record both books hold with other values: the merge kept one (the later update) and this
 * is the other one, listed so nothing is lost silently (docs/bundle-format.md).
 */
export const BundleConflict = z
  .object({
    table: z.string().regex(/^[a-z_]+$/).max(100),
    /** The record's primary key, as text (its id, or its key columns joined by ", "). */
    key: z.string().max(1000),
    /** What a person recognises it by: a name, a title, the start of a note. */
    label: z.string().max(200),
    /** Whose version was kept: this book's or the bundle's. */
    kept: z.enum(['this-book', 'bundle']),
    /** The version that was not kept, column by column, as in the bundle file. */
    lost: z.record(z.string().max(100), ExportCell),
  })
  .strict();
export type BundleConflict = z.output<typeof BundleConflict>;

export const ImportBundleResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    accounts: z.array(z.string()),
    added: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    conflicts: z.array(BundleConflict),
  }),
  z.object({ status: z.literal('cancelled') }),
]);

/** Saves the versions a merge did not keep to a JSON file the CSM chooses. */
export const SaveBundleConflictsInput = z.object({ conflicts: z.array(BundleConflict).min(1).max(100_000) }).strict();
export const SaveBundleConflictsResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
