import type { AccountGlance } from '../../shared/handover/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { LicenseKind } from '../../shared/licenses/rules';
import { localIsoDate } from '../../shared/dates/iso-date';
import { progressOf } from '../../shared/checklist/progress';
import type { ChecklistStatus } from '../../shared/checklist/schema';
import type { Store } from '../db/store';
import { getAccount } from '../accounts/service';
import { listBlockers } from '../blockers/repository';
import { glanceRows } from './repository';

/** Overview's "at a glance": last touch, action items, readiness, live licenses, open blockers. */
export function accountGlance(store: Store, accountId: string, now: Date): AccountGlance {
  getAccount(store, accountId);
  const today = localIsoDate(now);
  const { last, items, statuses: statusRows, licenses } = glanceRows(store, accountId, today);
  const statuses = statusRows.map((r) => r.status as ChecklistStatus);
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
