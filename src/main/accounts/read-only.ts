import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { findAccount } from './repository';

/** What of an archived account stays as it was until the account is restored. */
export type ArchivedPart = 'check-in notes' | 'readiness checklist' | 'feedback';

const verb = (part: ArchivedPart) => (part === 'check-in notes' ? 'are' : 'is');

/**
 * Refuses a change to an archived account's notes, checklist or feedback: an archived account
 * is a record of how things stood, read-only until it is restored. Call it inside the writing
 * transaction, before anything is written.
 */
export function requireWritableAccount(store: Store, accountId: string, part: ArchivedPart): void {
  const row = findAccount(store, accountId);
  if (!row) throw notFound('That account');
  if (row.archived_at !== null) {
    throw new AppError(
      'CONFLICT',
      `${row.name} is archived, so its ${part} ${verb(part)} read-only. Restore the account (on its Overview) to change them.`,
    );
  }
}
