import { addDays } from '../../shared/dates/iso-date';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { DigestSource } from '../../shared/handover/digest';
import { weekStart } from '../../shared/handover/digest';
import { LICENSE_KIND_LABELS, type LicenseKind } from '../../shared/licenses/rules';
import type { Store } from '../db/store';
import { getSettings } from '../settings/service';
import { digestRows } from './repository';

/** The instant a local day starts, as stored timestamps are written (UTC ISO). */
function startOfLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/** Everything the week starting on the Monday of `weekOf` held, across the book. */
export function digestSource(store: Store, weekOf: string): DigestSource {
  const monday = weekStart(weekOf);
  const from = startOfLocalDay(monday);
  const to = startOfLocalDay(addDays(monday, 7));
  const rows = digestRows(store, from, to);
  return {
    weekStart: monday,
    csmName: getSettings(store).csmName,
    notes: rows.notes.map((n) => ({
      accountName: n.account_name,
      kind: n.kind as CheckinKind,
      heldAt: n.held_at,
    })),
    blockersOpened: rows.blockersOpened.map((b) => ({
      accountName: b.account_name,
      title: b.title,
      owner: b.owner,
    })),
    blockersResolved: rows.blockersResolved.map((b) => ({
      accountName: b.account_name,
      title: b.title,
      resolvedBy: b.resolved_by,
    })),
    readiness: rows.readiness.map((r) => ({
      accountName: r.account_name,
      doneThisWeek: r.done_this_week,
      percent: r.applicable === 0 ? 0 : Math.floor((r.done * 100) / r.applicable),
    })),
    feedback: rows.feedback.map((f) => ({ accountName: f.account_name, request: f.request })),
    licenses: rows.licenses.map((l) => ({
      accountName: l.account_name,
      licensee: l.licensee,
      kind: LICENSE_KIND_LABELS[l.kind as LicenseKind] ?? l.kind,
      expiresAt: l.expires_at,
    })),
  };
}
