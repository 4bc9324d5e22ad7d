import type { Envelope, ErrorCode, FieldIssue } from '../../../shared/ipc/envelope';
import { splitOpName, type OpInput, type OpName, type OpOutput } from './operations';

/** A failed call, as the renderer sees it: the code, a readable message and field-level issues. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Unwraps an envelope from `window.api`: the value, or an `ApiError`. */
export async function call<T>(request: Promise<Envelope<T>>): Promise<T> {
  const result = await request;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.issues ?? []);
}

/** The typed API the preload exposes. */
export const api = (): Window['api'] => window.api;

/**
 * Calls one operation by name and unwraps its envelope. Queries and mutations go through here,
 * so the name is the one handle on an operation the data layer needs (its cache key, its
 * declared invalidation).
 */
export function callOp<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const { domain, method } = splitOpName(name);
  // The contract types each method; indexing by a name computed at run time loses that, and
  // `OpInput`/`OpOutput` put it back for the caller.
  const methods = api()[domain] as unknown as Record<string, (input: unknown) => Promise<Envelope<OpOutput<N>>>>;
  return call(methods[method]!(input));
}
