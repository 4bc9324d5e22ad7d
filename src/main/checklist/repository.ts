import type { ChecklistStatus } from '../../shared/checklist/schema';
import type { StoredChecklistItem } from '../../shared/checklist/view';
import type { ChecklistInstancesTable, ChecklistItemsTable } from '../db/schema';
import type { Store } from '../db/store';

export function toStoredItem(row: ChecklistItemsTable): StoredChecklistItem {
  return {
    id: row.id,
    sectionKey: row.section_key,
    templateKey: row.template_key,
    text: row.text,
    position: row.position,
    status: row.status as ChecklistStatus,
    note: row.note,
    evidence: row.evidence,
    changedBy: row.changed_by,
    changedAt: row.changed_at,
  };
}

export function findInstance(store: Store, accountId: string): ChecklistInstancesTable | undefined {
  return store.first(store.q.selectFrom('checklist_instances').selectAll().where('account_id', '=', accountId));
}

/** An account's items that are not removed, in insertion order. */
export function listStoredItems(store: Store, accountId: string): StoredChecklistItem[] {
  return store
    .all(
      store.q
        .selectFrom('checklist_items')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('removed_at', 'is', null)
        .orderBy('position'),
    )
    .map(toStoredItem);
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
