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

export function insertInstance(store: Store, row: ChecklistInstancesTable): void {
  store.run(store.q.insertInto('checklist_instances').values(row));
}

export function setInstanceTemplateVersion(store: Store, accountId: string, version: number, at: string): void {
  store.run(store.q.updateTable('checklist_instances').set({ template_version: version, updated_at: at }).where('account_id', '=', accountId));
}

/**
 * Inserts an item; with `skipIfTemplateItemExists` a template item the account already has is
 * left as it is. Says whether a row was written.
 */
export function insertItem(store: Store, row: ChecklistItemsTable, options: { skipIfTemplateItemExists?: boolean } = {}): boolean {
  const insert = store.q.insertInto('checklist_items').values(row);
  const query = options.skipIfTemplateItemExists ? insert.onConflict((oc) => oc.columns(['account_id', 'template_key']).doNothing()) : insert;
  return store.run(query).changes > 0;
}

/** Gives an account's template item the template's current wording; returns its id when it changed. */
export function rewordTemplateItem(store: Store, accountId: string, templateKey: string, text: string): string | undefined {
  return store.first(
    store.q
      .updateTable('checklist_items')
      .set({ text })
      .where('account_id', '=', accountId)
      .where('template_key', '=', templateKey)
      .where('text', '!=', text)
      .returning('id'),
  )?.id;
}

type ItemChanges = Partial<Pick<ChecklistItemsTable, 'status' | 'note' | 'evidence' | 'changed_by' | 'changed_at' | 'removed_at'>>;

export function updateItemColumns(store: Store, id: string, changes: ItemChanges): void {
  store.run(store.q.updateTable('checklist_items').set(changes).where('id', '=', id));
}
