import { z } from 'zod';
import { OperationId } from '../ipc/long-operation';

/** The name and version of the "Export everything" file format (docs/export-format.md). */
export const EXPORT_FORMAT = 'fieldbook-export';
export const EXPORT_FORMAT_VERSION = 1;

/** A cell: JSON's own types, or a BLOB as `{ "$base64": "…" }`. */
export const ExportCell = z.union([z.string(), z.number(), z.null(), z.object({ $base64: z.string() }).strict()]);

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string(),
  /** The schema the rows follow; an import needs the same one. */
  schemaVersion: z.number().int().positive(),
  /** Every data table, in an order an import can insert in: table name → its rows (column → cell). */
  tables: z.array(z.object({ name: z.string().regex(/^[a-z_]+$/), rows: z.array(z.record(z.string(), ExportCell)) })),
});
export type ExportFile = z.output<typeof ExportFile>;

export const ExportEverythingInput = z.object({ operationId: OperationId.optional() }).strict();
export const ExportEverythingResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
export const ImportEverythingInput = z.object({ operationId: OperationId.optional() }).strict();
export const ImportEverythingResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), rows: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
