import type { Store } from '../db/store';
import type { QbrDraftsTable, QbrExportsTable } from '../db/schema';

export function findDraft(store: Store, accountId: string, periodKey: string): QbrDraftsTable | undefined {
  return store.first(
    store.q.selectFrom('qbr_drafts').selectAll().where('account_id', '=', accountId).where('period_key', '=', periodKey),
  );
}

export function upsertDraft(store: Store, row: QbrDraftsTable): void {
  store.run(
    store.q
      .insertInto('qbr_drafts')
      .values(row)
      .onConflict((oc) => oc.columns(['account_id', 'period_key']).doUpdateSet({ narrative: row.narrative, updated_at: row.updated_at })),
  );
}

export function insertExport(store: Store, row: QbrExportsTable): void {
  store.run(store.q.insertInto('qbr_exports').values(row));
}

export function listExports(store: Store, accountId: string): QbrExportsTable[] {
  return store.all(store.q.selectFrom('qbr_exports').selectAll().where('account_id', '=', accountId).orderBy('exported_at', 'desc'));
}
