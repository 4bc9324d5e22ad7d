import type { ErrorCode, FieldIssue } from '../../shared/ipc/envelope';

/** A failure a service reports on purpose: it crosses IPC as `{ ok: false, error }` unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`);

/** A conflict with one field, shown next to that field. */
export const fieldConflict = (field: string, message: string) =>
  new AppError('CONFLICT', message, [{ path: [field], message }]);
