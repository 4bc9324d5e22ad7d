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
export const ImportBundleResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), accounts: z.array(z.string()), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
