import type { SearchDocument } from '../search/documents';

/** What search finds an account by: its name first, then its owner and notes. Migration 0003 backfills the same shape. */
export function accountDocument(id: string, account: { name: string; ownerCsm: string; notes: string }): SearchDocument {
  return { kind: 'account', id, accountId: id, title: account.name, body: `${account.ownerCsm}\n${account.notes}` };
}
