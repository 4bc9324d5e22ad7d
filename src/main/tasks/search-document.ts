import type { Store } from '../db/store';
import { indexDocument, removeDocument } from '../search/documents';
import { findTaskDocumentRow } from './repository';

/**
 * Keeps an action item's search document in step with its task. Only tasks that came from a
 * check-in note are searchable (generated playbook tasks would bury them); a task whose note
 * is in the bin has no document until the note is restored.
 */
export function syncTaskDocument(store: Store, taskId: string): void {
  const row = findTaskDocumentRow(store, taskId);
  if (!row || row.source_kind !== 'checkin-note') return;
  if (row.source_removed_at !== null) {
    removeDocument(store, 'action-item', taskId);
    return;
  }
  indexDocument(store, {
    kind: 'action-item',
    id: taskId,
    accountId: row.account_id,
    parentId: row.source_id,
    title: row.title,
    body: row.owner,
  });
}
