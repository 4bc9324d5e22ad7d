import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './client';

/**
 * Puts the issues main reported next to the fields they belong to. Returns the message for
 * the form as a whole when an issue has no field of this form (or the error isn't an ApiError).
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
  pathPrefix: readonly (string | number)[] = [],
): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  let unplaced: string | null = null;
  for (const issue of error.issues) {
    const prefixed = pathPrefix.every((p, i) => issue.path[i] === p);
    const path = prefixed ? issue.path.slice(pathPrefix.length) : issue.path;
    const name = path.join('.');
    if (path.length > 0 && fieldNames.includes(String(path[0]))) {
      setError(name as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: true });
    } else {
      unplaced ??= issue.message;
    }
  }
  return error.issues.length === 0 ? error.message : unplaced;
}
