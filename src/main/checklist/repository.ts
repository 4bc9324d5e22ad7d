import type { StoredChecklistItem } from '../../shared/checklist/view';
import type { ChecklistInstancesTable, ChecklistItemsTable } from '../db/schema';
import type { Store } from '../db/store';

/**
 * Opening a checklist is the tab's hot read, so its two statements are fixed and prepared once
 * per open store (kysely would compile them on every call), and the items come back already in
 * the shape the view is built from. Both are on an index (see the plan test).
 */
export const CHECKLIST_SQL = {
  instance: 'SELECT * FROM checklist_instances WHERE account_id = ?',
  items: `SELECT id, section_key AS sectionKey, template_key AS templateKey, text, position, status, note, evidence,
      changed_by AS changedBy, changed_at AS changedAt
    FROM checklist_items WHERE account_id = ? AND removed_at IS NULL ORDER BY position`,
} as const;

export function findInstance(store: Store, accountId: string): ChecklistInstancesTable | undefined {
  return store.prepared(CHECKLIST_SQL.instance).get(accountId) as ChecklistInstancesTable | undefined;
}

/** An account's items that are not removed, in insertion order (the status column's CHECK keeps it a ChecklistStatus). */
export function listStoredItems(store: Store, accountId: string): StoredChecklistItem[] {
  return store.prepared(CHECKLIST_SQL.items).all(accountId) as StoredChecklistItem[];
}

export function findItem(store: Store, id: string): ChecklistItemsTable | undefined {
  return store.first(store.q.selectFrom('checklist_items').selectAll().where('id', '=', id));
}

export function nextPosition(store: Store, accountId: string): number {
  const row = store.first(
    store.q
      .selectFrom('checklist_items')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('account_id', '=', accountId),
  );
  return (row?.max ?? 0) + 1;
}
