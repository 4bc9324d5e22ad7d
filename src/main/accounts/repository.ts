import { sql } from 'kysely';
import type { Account, AccountFields, AccountRow, ListAccountsInput } from '../../shared/accounts/schema';
import { segmentForArr, type Segment, type Stage } from '../../shared/accounts/segments';
import type { AccountsTable } from '../db/schema';
import type { Store } from '../db/store';
import { accountNameKey } from './names';
import type { Tier } from '../../shared/health/models';
import type { Risk } from '../../shared/health/risk';
import type { Trend } from '../../shared/health/score';

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

/** Escapes `%`, `_` and `\` so a typed filter is matched literally by LIKE. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The accounts table's statement (exported so the benchmark runs the very same SQL bare). */
export function accountsListQuery(store: Store, input: ListAccountsInput) {
  let query = store.q
    .selectFrom('accounts as a')
    .leftJoin('account_health as h', 'h.account_id', 'a.id')
    .selectAll('a')
    .select(['h.score as health_score', 'h.tier as health_tier', 'h.trend as health_trend', 'h.risk as health_risk', 'h.overridden as health_overridden'])
    .select((eb) =>
      eb.selectFrom('contacts as c').whereRef('c.account_id', '=', 'a.id').select(eb.fn.countAll<number>().as('n')).as('contact_count'),
    );
  if (!input.includeArchived) query = query.where('a.archived_at', 'is', null);
  if (input.segment) query = query.where('a.segment', '=', input.segment);
  if (input.stage) query = query.where('a.stage', '=', input.stage);
  if (input.tier) query = input.tier === 'unscored' ? query.where('h.tier', 'is', null) : query.where('h.tier', '=', input.tier);
  const text = input.query?.trim();
  if (text) {
    const pattern = likePattern(accountNameKey(text));
    query = query.where((eb) =>
      eb.or([
        eb('a.name_key', 'like', sql<string>`${pattern} ESCAPE '\\'`),
        eb(sql<string>`lower(a.owner_csm)`, 'like', sql<string>`${pattern} ESCAPE '\\'`),
      ]),
    );
  }
  const direction = input.direction ?? 'asc';
  const column = SORT_COLUMNS[input.sort ?? 'name'];
  // Empty dates sort last whichever way the column is sorted.
  return query.orderBy(sql`${sql.ref(column)} IS NULL`).orderBy(column, direction).orderBy('a.name_key', 'asc');
}

export function listAccounts(store: Store, input: ListAccountsInput): AccountRow[] {
  return store.all(accountsListQuery(store, input)).map((row) => ({
    ...toAccount(row),
    contactCount: row.contact_count ?? 0,
    health: {
      score: row.health_score,
      tier: row.health_tier as Tier | null,
      trend: row.health_trend as Trend | null,
      risk: row.health_risk as Risk | null,
      overridden: row.health_overridden === 1,
    },
  }));
}
