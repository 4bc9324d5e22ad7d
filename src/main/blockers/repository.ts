import type { Blocker, BlockerSource, ListBlockersInput } from '../../shared/blockers/schema';
import type { BlockersTable } from '../db/schema';
import type { Store } from '../db/store';

type BlockerRow = BlockersTable & { account_name: string };

export function toBlocker(row: BlockerRow): Blocker {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    title: row.title,
    owner: row.owner,
    source: row.source_kind as BlockerSource,
    sourceId: row.source_id,
    openedAt: row.opened_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}

/**
 * A blocker shows while its account is active and the note it came from isn't in the bin
 * (deleting the note hides its blockers; restoring it brings them back).
 */
const VISIBLE = `a.archived_at IS NULL AND NOT (b.source_kind = 'checkin-note' AND EXISTS (
    SELECT 1 FROM checkin_notes n WHERE n.id = b.source_id AND n.deleted_at IS NOT NULL))`;

const SELECT = `SELECT b.*, a.name AS account_name FROM blockers b JOIN accounts a ON a.id = b.account_id`;

const OPEN_IN_BOOK_SQL = `${SELECT} WHERE b.resolved_at IS NULL AND ${VISIBLE} ORDER BY b.opened_at, b.id`;
const OPEN_FOR_ACCOUNT_SQL = `${SELECT} WHERE b.account_id = ? AND b.resolved_at IS NULL AND ${VISIBLE} ORDER BY b.opened_at, b.id`;
const ALL_FOR_ACCOUNT_SQL = `${SELECT} WHERE b.account_id = ? AND ${VISIBLE}
  ORDER BY b.resolved_at IS NOT NULL, coalesce(b.resolved_at, b.opened_at) DESC, b.id`;

export function listBlockers(store: Store, input: ListBlockersInput): Blocker[] {
  const rows = (
    input.accountId
      ? store.prepared(input.includeResolved ? ALL_FOR_ACCOUNT_SQL : OPEN_FOR_ACCOUNT_SQL).all(input.accountId)
      : store.prepared(OPEN_IN_BOOK_SQL).all()
  ) as BlockerRow[];
  return rows.map(toBlocker);
}

export function findBlocker(store: Store, id: string): Blocker | undefined {
  const row = store.prepared(`${SELECT} WHERE b.id = ?`).get(id) as BlockerRow | undefined;
  return row ? toBlocker(row) : undefined;
}

/** The blockers raised from one source (a note's marked lines), oldest first. */
export function blockerRowsFromSource(store: Store, kind: BlockerSource, sourceId: string): BlockersTable[] {
  return store.all(
    store.q.selectFrom('blockers').selectAll().where('source_kind', '=', kind).where('source_id', '=', sourceId).orderBy('opened_at').orderBy('id'),
  );
}

export function insertBlocker(store: Store, row: BlockersTable): void {
  store.run(store.q.insertInto('blockers').values(row));
}

export function updateBlockerRow(store: Store, id: string, set: Partial<Pick<BlockersTable, 'title' | 'owner' | 'resolved_at' | 'resolved_by' | 'updated_at'>>): void {
  store.run(store.q.updateTable('blockers').set(set).where('id', '=', id));
}

export function deleteBlockerRow(store: Store, id: string): void {
  store.run(store.q.deleteFrom('blockers').where('id', '=', id));
}
