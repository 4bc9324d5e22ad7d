import type { Store } from '../db/store';
import { indexDocument, removeDocument } from '../search/documents';
import { findItem } from './repository';

/**
 * Keeps a checklist item's search document in step with it: an item is found by its note and
 * evidence (titled by the item), so only items with one of them have a document. Call it in
 * the transaction that wrote the item.
 */
export function syncChecklistItemDocument(store: Store, itemId: string): void {
  const row = findItem(store, itemId);
  if (!row || row.removed_at !== null || (row.note.trim() === '' && row.evidence.trim() === '')) {
    removeDocument(store, 'checklist-item', itemId);
    return;
  }
  indexDocument(store, {
    kind: 'checklist-item',
    id: itemId,
    accountId: row.account_id,
    title: row.text,
    body: [row.note, row.evidence].filter((t) => t.trim() !== '').join('\n'),
  });
}
