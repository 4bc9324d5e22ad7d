import type { Store } from '../db/store';
import { indexDocument, removeDocument } from '../search/documents';

/**
 * Keeps an action item's search document in step with its task. Only tasks that came from a
 * check-in note are searchable (generated playbook tasks would bury them); a task whose note
 * is in the bin has no document until the note is restored.
 */
export function syncTaskDocument(store: Store, taskId: string): void {
  const row = store.first(
    store.q
      .selectFrom('tasks')
      .select(['account_id', 'title', 'owner', 'source_kind', 'source_id', 'source_removed_at'])
      .where('id', '=', taskId),
  );
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
