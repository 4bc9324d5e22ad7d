import type { Store } from '../db/store';
import type { AccountHealthTable, AlertsTable, HealthChecksTable, HealthOverridesTable, RenewalOutcomesTable } from '../db/schema';

/** Health SQL only: the rules that decide what to write live in service.ts. */

export function insertCheck(store: Store, row: HealthChecksTable): void {
  store.run(store.q.insertInto('health_checks').values(row));
}

export function findCheck(store: Store, id: string): HealthChecksTable | undefined {
  return store.first(store.q.selectFrom('health_checks').selectAll().where('id', '=', id));
}

/** The account's latest checks, newest first. */
export function latestChecks(store: Store, accountId: string, limit: number): HealthChecksTable[] {
  return store.all(
    store.q
      .selectFrom('health_checks')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('checked_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(limit),
  );
}

/** What the triggers read of a check (the whole-book evaluation reads only these columns). */
export type CheckFactsRow = Pick<HealthChecksTable, 'id' | 'account_id' | 'checked_on' | 'created_at' | 'score' | 'tier' | 'scores' | 'signals' | 'thresholds'>;

/**
 * Every live account's two latest checks, newest first within each account (rank 1 and 2), for
 * evaluating the whole book at once: per account one seek down health_checks_by_account, whose
 * entries carry the rowid, then each row fetched by rowid — rather than a window over every
 * check ever recorded, or a second lookup through the id index.
 */
export function latestTwoChecksOfBook(store: Store): (CheckFactsRow & { rank: number })[] {
  const rows = store
    .prepared(
      `SELECT c.id, c.account_id, c.checked_on, c.created_at, c.score, c.tier, c.scores, c.signals, c.thresholds
       FROM accounts a JOIN health_checks c ON c.rowid IN (
         SELECT x.rowid FROM health_checks x WHERE x.account_id = a.id ORDER BY x.checked_on DESC, x.created_at DESC LIMIT 2)
       WHERE a.archived_at IS NULL`,
    )
    .all() as CheckFactsRow[];
  const newer = (p: CheckFactsRow, q: CheckFactsRow) => p.checked_on > q.checked_on || (p.checked_on === q.checked_on && p.created_at > q.created_at);
  const first = new Map<string, CheckFactsRow>();
  for (const row of rows) {
    const seen = first.get(row.account_id);
    if (!seen || newer(row, seen)) first.set(row.account_id, row);
  }
  return rows.map((row) => ({ ...row, rank: first.get(row.account_id) === row ? 1 : 2 }));
}

export function activeOverride(store: Store, accountId: string, today: string): HealthOverridesTable | undefined {
  return store.first(
    store.q
      .selectFrom('health_overrides')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('cleared_at', 'is', null)
      .where('expires_on', '>=', today)
      .orderBy('set_at', 'desc')
      .limit(1),
  );
}

export function activeOverridesOfBook(store: Store, today: string): HealthOverridesTable[] {
  return store.all(
    store.q.selectFrom('health_overrides').selectAll().where('cleared_at', 'is', null).where('expires_on', '>=', today).orderBy('set_at', 'asc'),
  );
}

export function insertOverride(store: Store, row: HealthOverridesTable): void {
  store.run(store.q.insertInto('health_overrides').values(row));
}

export function clearOverrides(store: Store, accountId: string, at: string): void {
  store.run(store.q.updateTable('health_overrides').set({ cleared_at: at }).where('account_id', '=', accountId).where('cleared_at', 'is', null));
}

export function findAccountHealth(store: Store, accountId: string): AccountHealthTable | undefined {
  return store.first(store.q.selectFrom('account_health').selectAll().where('account_id', '=', accountId));
}

export function allAccountHealth(store: Store): AccountHealthTable[] {
  return store.all(store.q.selectFrom('account_health').selectAll());
}

export function upsertAccountHealth(store: Store, row: AccountHealthTable): void {
  const { account_id: _id, ...rest } = row;
  store.run(
    store.q
      .insertInto('account_health')
      .values(row)
      .onConflict((oc) => oc.column('account_id').doUpdateSet(rest)),
  );
}

/** The facts about accounts that triggers read (live accounts, not churned). */
export interface AccountFactsRow {
  id: string;
  name: string;
  arr_cents: number;
  renewal_date: string | null;
  stage: string;
}

export function accountFacts(store: Store, accountId?: string): AccountFactsRow[] {
  let q = store.q
    .selectFrom('accounts')
    .select(['id', 'name', 'arr_cents', 'renewal_date', 'stage'])
    .where('archived_at', 'is', null);
  if (accountId) q = q.where('id', '=', accountId);
  return store.all(q);
}

export function championsLeft(store: Store, accountId?: string): { id: string; account_id: string; name: string; left_on: string }[] {
  let q = store.q
    .selectFrom('contacts')
    .select(['id', 'account_id', 'name', 'left_on'])
    .where('is_champion', '=', 1)
    .where('left_on', 'is not', null);
  if (accountId) q = q.where('account_id', '=', accountId);
  return store.all(q) as { id: string; account_id: string; name: string; left_on: string }[];
}

/** Licenses that neither were revoked nor replaced by a newer one. */
export function liveLicenses(store: Store, accountId?: string): { id: string; account_id: string; expires_at: string }[] {
  let q = store.q
    .selectFrom('licenses as l')
    .select(['l.id', 'l.account_id', 'l.expires_at'])
    .where('l.revoked_at', 'is', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('licenses as r').select('r.id').whereRef('r.replaces_id', '=', 'l.id'))));
  if (accountId) q = q.where('l.account_id', '=', accountId);
  return store.all(q);
}

/** Alerts not yet closed (open or acknowledged). */
export function activeAlerts(store: Store, accountId?: string): AlertsTable[] {
  let q = store.q.selectFrom('alerts').selectAll().where('status', '<>', 'closed');
  if (accountId) q = q.where('account_id', '=', accountId);
  return store.all(q);
}

/** `kind|cause` of every alert ever raised (a cause raises one alert, ever). */
export function usedCauses(store: Store, accountId?: string): { account_id: string; key: string }[] {
  const sql = `SELECT account_id, kind || '|' || cause AS key FROM alerts${accountId ? ' WHERE account_id = ?' : ''}`;
  return store.prepared(sql).all(...(accountId ? [accountId] : [])) as { account_id: string; key: string }[];
}

export function insertAlert(store: Store, row: AlertsTable): void {
  store.run(store.q.insertInto('alerts').values(row));
}

type AlertRow = AlertsTable & { account_name: string };

export function findAlert(store: Store, id: string): AlertRow | undefined {
  return store.first(
    store.q.selectFrom('alerts as al').innerJoin('accounts as a', 'a.id', 'al.account_id').selectAll('al').select('a.name as account_name').where('al.id', '=', id),
  );
}

export function listAlerts(store: Store, filter: { accountId?: string | undefined; status: 'active' | 'closed' | 'all' }): AlertRow[] {
  let q = store.q.selectFrom('alerts as al').innerJoin('accounts as a', 'a.id', 'al.account_id').selectAll('al').select('a.name as account_name');
  if (filter.accountId) q = q.where('al.account_id', '=', filter.accountId);
  else q = q.where('a.archived_at', 'is', null);
  if (filter.status === 'active') q = q.where('al.status', '<>', 'closed');
  if (filter.status === 'closed') q = q.where('al.status', '=', 'closed');
  return store.all(q.orderBy('al.raised_on', 'desc').orderBy('al.created_at', 'desc').limit(500));
}

export function acknowledgeAlertRow(store: Store, id: string, action: string, at: string): void {
  store.run(store.q.updateTable('alerts').set({ status: 'acknowledged', action_taken: action, acknowledged_at: at }).where('id', '=', id));
}

export function closeAlertRow(store: Store, id: string, outcome: string, at: string): void {
  store.run(store.q.updateTable('alerts').set({ status: 'closed', outcome, closed_at: at }).where('id', '=', id));
}

export function closeAlertsOfKinds(store: Store, accountId: string, kinds: string[], outcome: string, at: string): void {
  store.run(
    store.q
      .updateTable('alerts')
      .set({ status: 'closed', outcome, closed_at: at })
      .where('account_id', '=', accountId)
      .where('kind', 'in', kinds)
      .where('status', '<>', 'closed'),
  );
}

export function insertRenewalOutcome(store: Store, row: RenewalOutcomesTable): void {
  store.run(store.q.insertInto('renewal_outcomes').values(row));
}

export function renewalOutcomes(store: Store, accountId?: string): RenewalOutcomesTable[] {
  let q = store.q.selectFrom('renewal_outcomes').selectAll();
  if (accountId) q = q.where('account_id', '=', accountId);
  return store.all(q.orderBy('recorded_at', 'desc'));
}

export function outcomesSince(store: Store, from: string): RenewalOutcomesTable[] {
  return store.all(store.q.selectFrom('renewal_outcomes').selectAll().where('counts_on', '>', from));
}

// ——— What the lifecycle records tell the triggers (issue 13) ———

/** Milestones planned or in progress whose target date has passed, on live accounts. */
export function lateMilestonesOf(store: Store, today: string, accountId?: string): { id: string; account_id: string; title: string; target_date: string }[] {
  let q = store.q
    .selectFrom('success_milestones as m')
    .innerJoin('accounts as a', 'a.id', 'm.account_id')
    .select(['m.id', 'm.account_id', 'm.title', 'm.target_date'])
    .where('m.status', 'in', ['planned', 'in-progress'])
    .where('m.target_date', '<', today)
    .where('a.archived_at', 'is', null);
  if (accountId) q = q.where('m.account_id', '=', accountId);
  return store.all(q);
}

/** Escalations not yet resolved, with what their SLA clock needs. */
export function unresolvedEscalationsOf(
  store: Store,
  accountId?: string,
): { id: string; account_id: string; level: string; summary: string; opened_at: string; first_response_at: string | null; response_minutes: number }[] {
  let q = store.q
    .selectFrom('escalations as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select(['e.id', 'e.account_id', 'e.level', 'e.summary', 'e.opened_at', 'e.first_response_at', 'e.response_minutes'])
    .where('e.resolved_at', 'is', null)
    .where('a.archived_at', 'is', null);
  if (accountId) q = q.where('e.account_id', '=', accountId);
  return store.all(q);
}

/** Open or pending P1 / P2 tickets opened after `from`. */
export function openHighTicketsOf(store: Store, from: string, accountId?: string): { id: string; account_id: string; ref: string; severity: string; opened_on: string }[] {
  let q = store.q
    .selectFrom('support_tickets')
    .select(['id', 'account_id', 'ref', 'severity', 'opened_on'])
    .where('severity', 'in', ['P1', 'P2'])
    .where('status', 'in', ['open', 'pending'])
    .where('opened_on', '>', from);
  if (accountId) q = q.where('account_id', '=', accountId);
  return store.all(q);
}

/** NPS answers given on or after `from`, newest first (the first per contact is its latest). */
export function npsAnswersSince(
  store: Store,
  from: string,
  accountId?: string,
): { id: string; account_id: string; contact_id: string | null; contact_name: string; score: number; responded_on: string }[] {
  let q = store.q
    .selectFrom('survey_responses')
    .select(['id', 'account_id', 'contact_id', 'contact_name', 'score', 'responded_on'])
    .where('kind', '=', 'nps')
    .where('responded_on', '>=', from);
  if (accountId) q = q.where('account_id', '=', accountId);
  return store.all(q.orderBy('responded_on', 'desc').orderBy('created_at', 'desc'));
}
