/**
 * What every IPC call returns. Handlers never throw across the process boundary: a failure is
 * a value with a code from this closed set, a sentence a CSM can read, and optional
 * field-level issues the renderer shows next to the field they belong to.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAVAILABLE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Path of the offending field in the input, e.g. `['renewalDate']` or `['contacts', 0, 'email']`. */
  path: (string | number)[];
  message: string;
}

export interface IpcError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (error: IpcError): Envelope<never> => ({ ok: false, error });
