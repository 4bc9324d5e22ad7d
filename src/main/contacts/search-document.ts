import type { SearchDocument } from '../search/documents';

/** What search finds a contact by: the name, then title, role and email. Migration 0003 backfills the same shape. */
export function contactDocument(
  id: string,
  accountId: string,
  contact: { name: string; title: string; role: string; email: string },
): SearchDocument {
  return { kind: 'contact', id, accountId, title: contact.name, body: `${contact.title}\n${contact.role}\n${contact.email}` };
}
