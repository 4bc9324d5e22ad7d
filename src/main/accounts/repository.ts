import { sql } from 'kysely';
import type { Account, AccountFields, AccountRow, AccountsPage, AccountsPageInput, ListAccountsInput } from '../../shared/accounts/schema';
import { segmentForArr, type Segment, type Stage } from '../../shared/accounts/segments';
import type { AccountsTable } from '../db/schema';
import type { Store } from '../db/store';
import { foldForCompare } from '../../shared/search/fold';
import { accountNameKey } from './names';
import type { Tier } from '../../shared/health/models';
import type { Risk } from '../../shared/health/risk';
import type { Trend } from '../../shared/health/score';
import { GLANCE_SORT_COLUMNS, glanceColumns } from './glance-columns-repository';
import { localIsoDate } from '../../shared/dates/iso-date';
import { versionSortKey } from '../../shared/growth/version-key';
import { VERSION_KEY_FUNCTION } from '../db/sql-functions';

export function toAccount(row: AccountsTable): Account {
  return {
    id: row.id,
    name: row.name,
    arr: row.arr_cents / 100,
    segment: row.segment as Segment,
    segmentOverride: row.segment_override as Segment | null,
    stage: row.stage as Stage,
    ownerCsm: row.owner_csm,
    contractStart: row.contract_start,
    renewalDate: row.renewal_date,
    productVersion: row.product_version,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** The columns written from a form: the effective segment is kept beside the override so lists can filter on it. */
export function accountColumns(fields: AccountFields) {
  return {
    name: fields.name,
    name_key: accountNameKey(fields.name),
    filter_key: accountFilterKey(fields.name, fields.ownerCsm),
    arr_cents: Math.round(fields.arr * 100),
    segment: fields.segmentOverride ?? segmentForArr(fields.arr),
    segment_override: fields.segmentOverride,
    stage: fields.stage,
    owner_csm: fields.ownerCsm,
    contract_start: fields.contractStart,
    renewal_date: fields.renewalDate,
    product_version: fields.productVersion,
    notes: fields.notes,
  };
}

export function findAccount(store: Store, id: string): AccountsTable | undefined {
  return store.first(store.q.selectFrom('accounts').selectAll().where('id', '=', id));
}

export function insertAccount(store: Store, id: string, fields: AccountFields, at: string): void {
  store.run(store.q.insertInto('accounts').values({ id, ...accountColumns(fields), created_at: at, updated_at: at, archived_at: null }));
}

export function updateAccountFields(store: Store, id: string, fields: AccountFields, at: string): void {
  store.run(store.q.updateTable('accounts').set({ ...accountColumns(fields), updated_at: at }).where('id', '=', id));
}

/** Archives (`archivedAt` set) or restores (`null`) an account. */
export function setAccountArchivedAt(store: Store, id: string, archivedAt: string | null, at: string): void {
  store.run(store.q.updateTable('accounts').set({ archived_at: archivedAt, updated_at: at }).where('id', '=', id));
}

export function findActiveByNameKey(store: Store, nameKey: string): AccountsTable | undefined {
  return store.first(
    store.q.selectFrom('accounts').selectAll().where('name_key', '=', nameKey).where('archived_at', 'is', null),
  );
}

const SORT_COLUMNS = {
  name: 'a.name_key',
  health: 'h.score',
  arr: 'a.arr_cents',
  segment: 'a.segment',
  stage: 'a.stage',
  renewalDate: 'a.renewal_date',
  ownerCsm: 'a.owner_csm',
  updatedAt: 'a.updated_at',
} as const;

/**
 * The installed version's semantic order (2.10.0 after 2.9.3; `versionSortKey`, the same order
 * as growth's `compareVersions`), null when it isn't a version. A function registered on the
 * connection (`db/sql-functions.ts`): the table sorts and filters by version in SQL, so a page
 * of it never needs the whole book in JavaScript.
 */
const versionKey = sql<string | null>`${sql.raw(VERSION_KEY_FUNCTION)}(a.product_version)`;

/**
 * What the accounts table's filter looks in: the name and the owner, folded as search folds
 * (`foldForCompare`), on two lines so a filter never matches across them. Migration 0011 wrote
 * the same for accounts made before it.
 */
export function accountFilterKey(name: string, ownerCsm: string): string {
  return `${foldForCompare(name.trim().replace(/\s+/g, ' '))}\n${foldForCompare(ownerCsm.trim().replace(/\s+/g, ' '))}`;
}

/** Escapes `%`, `_` and `\` so a typed filter is matched literally by LIKE. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filtered accounts, joined to their current health (the tier filter reads it). */
function filteredAccounts(store: Store, input: ListAccountsInput) {
  let query = store.q.selectFrom('accounts as a').leftJoin('account_health as h', 'h.account_id', 'a.id');
  if (!input.includeArchived) query = query.where('a.archived_at', 'is', null);
  if (input.segment) query = query.where('a.segment', '=', input.segment);
  if (input.stage) query = query.where('a.stage', '=', input.stage);
  if (input.tier) query = input.tier === 'unscored' ? query.where('h.tier', 'is', null) : query.where('h.tier', '=', input.tier);
  // Unknown versions have no key, so "older than" leaves them out (as `isOlderThan` does).
  const olderThan = input.olderThan ? versionSortKey(input.olderThan) : null;
  if (olderThan !== null) query = query.where(versionKey, '<', olderThan);
  const text = input.query?.trim();
  if (text) {
    const pattern = likePattern(foldForCompare(text.replace(/\s+/g, ' ')));
    query = query.where('a.filter_key', 'like', sql<string>`${pattern} ESCAPE '\\'`);
  }
  return query;
}

function sortedRows(store: Store, input: ListAccountsInput, today: string) {
  const direction = input.direction ?? 'asc';
  const sort = input.sort ?? 'name';
  const column =
    sort === 'productVersion'
      ? versionKey
      : sql.ref(sort in GLANCE_SORT_COLUMNS ? GLANCE_SORT_COLUMNS[sort as keyof typeof GLANCE_SORT_COLUMNS] : SORT_COLUMNS[sort as keyof typeof SORT_COLUMNS]);
  return (
    filteredAccounts(store, input)
      .selectAll('a')
      .select(['h.score as health_score', 'h.tier as health_tier', 'h.trend as health_trend', 'h.risk as health_risk', 'h.overridden as health_overridden'])
      .select((eb) =>
        eb.selectFrom('contacts as c').whereRef('c.account_id', '=', 'a.id').select(eb.fn.countAll<number>().as('n')).as('contact_count'),
      )
      .select(glanceColumns(today))
      // Empty dates and unknown versions sort last whichever way the column is sorted.
      .orderBy(sql`${column} IS NULL`)
      .orderBy(column, direction)
      .orderBy('a.name_key', 'asc')
      // Archived accounts may share a name: the id keeps pages from overlapping.
      .orderBy('a.id')
  );
}

/**
 * The ids of one window, in the table's order. Only the sort key is computed here: SQLite's
 * sorter builds every candidate's full row before LIMIT applies, so sorting the whole row
 * would count every account's tasks, checklist and blockers to keep a hundred.
 */
function pageIds(store: Store, input: AccountsPageInput, today: string) {
  const direction = input.direction ?? 'asc';
  const sort = input.sort ?? 'name';
  let query = filteredAccounts(store, input).select('a.id');
  let column;
  if (sort === 'productVersion') column = versionKey;
  else if (sort in GLANCE_SORT_COLUMNS) {
    const alias = GLANCE_SORT_COLUMNS[sort as keyof typeof GLANCE_SORT_COLUMNS];
    // The one glance figure the order needs, under its usual alias.
    query = query.select(glanceColumns(today).filter((c) => c.alias === alias));
    column = sql.ref(alias);
  } else column = sql.ref(SORT_COLUMNS[sort as keyof typeof SORT_COLUMNS]);
  return query
    .orderBy(sql`${column} IS NULL`)
    .orderBy(column, direction)
    .orderBy('a.name_key', 'asc')
    .orderBy('a.id')
    .limit(input.limit)
    .offset(input.offset);
}

/** The accounts table's statement (exported so the benchmark runs the very same SQL bare). */
export const accountsListQuery = sortedRows;

type ListedRow = AccountsTable & {
  contact_count: number | null;
  health_score: number | null;
  health_tier: string | null;
  health_trend: string | null;
  health_risk: string | null;
  health_overridden: number | null;
  last_touch_at: string | null;
  open_action_items: number;
  overdue_action_items: number;
  readiness_percent: number | null;
  open_blockers: number;
  next_license_expiry: string | null;
};

const toRow = (row: ListedRow): AccountRow => ({
  ...toAccount(row),
  contactCount: row.contact_count ?? 0,
  health: {
    score: row.health_score,
    tier: row.health_tier as Tier | null,
    trend: row.health_trend as Trend | null,
    risk: row.health_risk as Risk | null,
    overridden: row.health_overridden === 1,
  },
  lastTouchAt: row.last_touch_at,
  openActionItems: row.open_action_items,
  overdueActionItems: row.overdue_action_items,
  readinessPercent: row.readiness_percent,
  openBlockers: row.open_blockers,
  nextLicenseExpiry: row.next_license_expiry,
});

/** `today` (the local date) decides which action items are overdue. */
export function listAccounts(store: Store, input: ListAccountsInput, today: string = localIsoDate(new Date())): AccountRow[] {
  return store.all(sortedRows(store, input, today)).map(toRow);
}

/**
 * The statements of one window of the accounts table: its ids in order, those rows, and how
 * many match with their ARR (exported so the benchmark runs the very same SQL bare).
 */
export function accountsPageQueries(store: Store, input: AccountsPageInput, today: string) {
  return {
    ids: pageIds(store, input, today),
    rows: (ids: readonly string[]) => sortedRows(store, input, today).where('a.id', 'in', ids),
    totals: filteredAccounts(store, input).select((eb) => [
      eb.fn.countAll<number>().as('n'),
      sql<number | null>`sum(CASE WHEN a.archived_at IS NULL THEN a.arr_cents ELSE 0 END)`.as('arr_cents'),
    ]),
  };
}

/** One window of the accounts table and how many rows match in all. */
export function accountsPage(store: Store, input: AccountsPageInput, today: string = localIsoDate(new Date())): AccountsPage {
  const queries = accountsPageQueries(store, input, today);
  const ids = store.all(queries.ids).map((r) => r.id);
  // The page's rows come back in the same order: the same ORDER BY, over these ids only.
  const rows = ids.length === 0 ? [] : store.all(queries.rows(ids)).map(toRow);
  const totals = store.first(queries.totals);
  return { rows, total: totals?.n ?? 0, totalArr: (totals?.arr_cents ?? 0) / 100 };
}
