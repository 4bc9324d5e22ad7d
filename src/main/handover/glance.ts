import type { AccountGlance } from '../../shared/handover/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { LicenseKind } from '../../shared/licenses/rules';
import { localIsoDate } from '../../shared/dates/iso-date';
import { progressOf } from '../../shared/checklist/progress';
import type { ChecklistStatus } from '../../shared/checklist/schema';
import type { Store } from '../db/store';
import { getAccount } from '../accounts/service';
import { listBlockers } from '../blockers/repository';

// Each a fixed statement on an index: the latest note through the timeline index, action
// items through tasks_by_account, licenses through licenses_by_account.
const LAST_NOTE_SQL = `SELECT id, kind, held_at FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL
  ORDER BY held_at DESC, id DESC LIMIT 1`;
const ACTION_ITEMS_SQL = `SELECT count(*) AS open, count(CASE WHEN due_on < ? THEN 1 END) AS overdue FROM tasks
  WHERE account_id = ? AND done_at IS NULL AND source_kind = 'checkin-note' AND source_removed_at IS NULL`;
const READINESS_SQL = `SELECT status FROM checklist_items WHERE account_id = ? AND removed_at IS NULL`;
const LIVE_LICENSES_SQL = `SELECT id, kind, licensee, modules, expires_at FROM licenses
  WHERE account_id = ? AND revoked_at IS NULL AND expires_at >= ? ORDER BY expires_at, issued_at`;

/** Overview's "at a glance": last touch, action items, readiness, live licenses, open blockers. */
export function accountGlance(store: Store, accountId: string, now: Date): AccountGlance {
  getAccount(store, accountId);
  const today = localIsoDate(now);
  const last = store.prepared(LAST_NOTE_SQL).get(accountId) as { id: string; kind: string; held_at: string } | undefined;
  const items = store.prepared(ACTION_ITEMS_SQL).get(today, accountId) as { open: number; overdue: number };
  const statuses = (store.prepared(READINESS_SQL).all(accountId) as { status: string }[]).map((r) => r.status as ChecklistStatus);
  const licenses = store.prepared(LIVE_LICENSES_SQL).all(accountId, today) as {
    id: string;
    kind: string;
    licensee: string;
    modules: string;
    expires_at: string;
  }[];
  return {
    lastNote: last ? { id: last.id, kind: last.kind as CheckinKind, heldAt: last.held_at } : null,
    openActionItems: items.open,
    overdueActionItems: items.overdue,
    readiness: statuses.length > 0 ? progressOf(statuses) : null,
    licenses: licenses.map((l) => ({
      id: l.id,
      kind: l.kind as LicenseKind,
      licensee: l.licensee,
      modules: JSON.parse(l.modules) as string[],
      expiresAt: l.expires_at,
    })),
    openBlockers: listBlockers(store, { accountId }),
  };
}
