import type { Database, Statement } from 'better-sqlite3';
import type { StoredChecklistItem } from '../../shared/checklist/view';
import type { ChecklistInstancesTable, ChecklistItemsTable } from '../db/schema';
import type { Store } from '../db/store';

/**
 * Opening a checklist is the tab's hot read, so its two statements are fixed and prepared once
 * per connection (kysely would compile them on every call), and the items come back already in
 * the shape the view is built from. Both are on an index (see the plan test).
 */
export const CHECKLIST_SQL = {
  instance: 'SELECT * FROM checklist_instances WHERE account_id = ?',
  items: `SELECT id, section_key AS sectionKey, template_key AS templateKey, text, position, status, note, evidence,
      changed_by AS changedBy, changed_at AS changedAt
    FROM checklist_items WHERE account_id = ? AND removed_at IS NULL ORDER BY position`,
} as const;

const statements = new WeakMap<Database, Map<string, Statement<unknown[]>>>();
function prepared(db: Database, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare<unknown[]>(sql)));
  return stmt;
}

export function findInstance(store: Store, accountId: string): ChecklistInstancesTable | undefined {
  return prepared(store.sqlite, CHECKLIST_SQL.instance).get(accountId) as ChecklistInstancesTable | undefined;
}

/** An account's items that are not removed, in insertion order (the status column's CHECK keeps it a ChecklistStatus). */
export function listStoredItems(store: Store, accountId: string): StoredChecklistItem[] {
  return prepared(store.sqlite, CHECKLIST_SQL.items).all(accountId) as StoredChecklistItem[];
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
