import type { AuditLogTable } from '../db/schema';
import type { Store } from '../db/store';

/** The newest entry's number and hash, which the next entry links to. */
export function lastAuditLink(store: Store): Pick<AuditLogTable, 'seq' | 'hash'> | undefined {
  return store.first(store.q.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1));
}

export function insertAuditRow(store: Store, row: AuditLogTable): void {
  store.run(store.q.insertInto('audit_log').values(row));
}

/** The newest `limit` entries, newest first. */
export function newestAuditRows(store: Store, limit: number): AuditLogTable[] {
  return store.all(store.q.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit));
}

/** The whole log, oldest first. */
export function allAuditRows(store: Store): AuditLogTable[] {
  return store.all(store.q.selectFrom('audit_log').selectAll().orderBy('seq', 'asc'));
}
