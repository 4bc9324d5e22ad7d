import { z } from 'zod';

/**
 * Long operations (exports now; backups, imports and the QBR pack next). The renderer makes up
 * an id, passes it with the call, listens for `operationProgress` events carrying that id and
 * may call `operations.cancel` with it. Main's side is `src/main/operations/long-operation.ts`.
 */
export const OperationId = z.uuid({ error: 'Not a valid operation id (the renderer makes up a UUID for each long call)' });

/** What a long operation has done so far. `total` is null while it is not yet known. */
export const OperationProgress = z
  .object({
    operationId: OperationId,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
    /** A short sentence for the progress bar, e.g. "Writing the file". */
    phase: z.string().min(1).max(120),
  })
  .strict();
export type OperationProgress = z.output<typeof OperationProgress>;

export const CancelOperationInput = z.object({ operationId: OperationId }).strict();
/** `cancelled: false` when no running operation had that id (it had already finished). */
export const CancelOperationResult = z.object({ cancelled: z.boolean() }).strict();
