import type { Envelope, ErrorCode, FieldIssue } from '../../../shared/ipc/envelope';

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
