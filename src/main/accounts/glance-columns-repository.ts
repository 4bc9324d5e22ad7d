import { sql } from 'kysely';

/**
 * The account-at-a-glance figures as columns of the accounts list, so the table can show and
 * sort by them. Each is a correlated subquery on an index of its table (the timeline index,
 * tasks_by_account, checklist_items_by_account, blockers_open_by_account, licenses_by_account),
 * so a row costs a few index probes rather than a scan.
 */
export function glanceColumns(today: string) {
  return [
    sql<string | null>`(SELECT n.held_at FROM checkin_notes n WHERE n.account_id = a.id AND n.deleted_at IS NULL
      ORDER BY n.held_at DESC LIMIT 1)`.as('last_touch_at'),
    sql<number>`(SELECT count(*) FROM tasks t WHERE t.account_id = a.id AND t.done_at IS NULL
      AND t.source_kind = 'checkin-note' AND t.source_removed_at IS NULL)`.as('open_action_items'),
    sql<number>`(SELECT count(*) FROM tasks t WHERE t.account_id = a.id AND t.done_at IS NULL AND t.due_on < ${today}
      AND t.source_kind = 'checkin-note' AND t.source_removed_at IS NULL)`.as('overdue_action_items'),
    sql<number | null>`(SELECT CASE WHEN count(*) = 0 THEN NULL
        WHEN sum(i.status <> 'not-applicable') = 0 THEN 0
        ELSE (100 * sum(i.status = 'done')) / sum(i.status <> 'not-applicable') END
      FROM checklist_items i WHERE i.account_id = a.id AND i.removed_at IS NULL)`.as('readiness_percent'),
    sql<number>`(SELECT count(*) FROM blockers b WHERE b.account_id = a.id AND b.resolved_at IS NULL
      AND NOT (b.source_kind = 'checkin-note' AND EXISTS (SELECT 1 FROM checkin_notes bn WHERE bn.id = b.source_id AND bn.deleted_at IS NOT NULL)))`.as(
      'open_blockers',
    ),
    sql<string | null>`(SELECT min(l.expires_at) FROM licenses l WHERE l.account_id = a.id AND l.revoked_at IS NULL
      AND l.expires_at >= ${today})`.as('next_license_expiry'),
  ] as const;
}

/** Sort keys of the glance columns, as the SQL aliases above. */
export const GLANCE_SORT_COLUMNS = {
  lastTouch: 'last_touch_at',
  openActionItems: 'open_action_items',
  overdueActionItems: 'overdue_action_items',
  readiness: 'readiness_percent',
  openBlockers: 'open_blockers',
  licenseExpiry: 'next_license_expiry',
} as const;
