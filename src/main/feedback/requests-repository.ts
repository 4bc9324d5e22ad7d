import { sql } from 'kysely';
import type { Segment } from '../../shared/accounts/segments';
import type { Category, Priority, Route } from '../../shared/feedback/classification';
import type { FeedbackFields, FeedbackRequest } from '../../shared/feedback/schema';
import type { ThemeStatus } from '../../shared/feedback/theme-status';
import type { FeedbackRequestsTable } from '../db/schema';
import type { Store } from '../db/store';

export type RequestRow = FeedbackRequestsTable & {
  account_name: string;
  account_segment: string;
  account_arr_cents: number;
  theme_title: string | null;
  theme_status: string | null;
  whys_json: string;
  asked_by_json: string;
};

/**
 * Requests with everything every view shows beside them: the account, the theme, the
 * why-chain and who asked. The chain and the people come as JSON arrays from correlated
 * subqueries on their primary keys, so a list of any length is one statement.
 */
export function selectRequests(store: Store) {
  return store.q
    .selectFrom('feedback_requests as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .leftJoin('feedback_themes as t', 't.id', 'r.theme_id')
    .selectAll('r')
    .select([
      'a.name as account_name',
      'a.segment as account_segment',
      'a.arr_cents as account_arr_cents',
      't.title as theme_title',
      't.status as theme_status',
      sql<string>`(SELECT json_group_array(w.answer) FROM (SELECT answer FROM feedback_why_steps WHERE request_id = r.id ORDER BY position) AS w)`.as(
        'whys_json',
      ),
      sql<string>`(SELECT json_group_array(json_object('id', p.id, 'name', p.name, 'left', json(p.gone))) FROM (
        SELECT c.id, c.name, CASE WHEN c.left_on IS NULL THEN 'false' ELSE 'true' END AS gone
        FROM feedback_asked_by b JOIN contacts c ON c.id = b.contact_id WHERE b.request_id = r.id ORDER BY c.name) AS p)`.as(
        'asked_by_json',
      ),
    ]);
}

export function hydrateRequests(rows: readonly RequestRow[]): FeedbackRequest[] {
  return rows.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    accountSegment: row.account_segment as Segment,
    accountArr: row.account_arr_cents / 100,
    request: row.request,
    whys: JSON.parse(row.whys_json) as string[],
    rootCause: row.root_cause,
    askedBy: JSON.parse(row.asked_by_json) as FeedbackRequest['askedBy'],
    category: row.category as Category,
    productArea: row.product_area,
    route: row.route as Route,
    priority: row.priority as Priority,
    noteId: row.note_id,
    businessJustification: row.business_justification,
    impactAssessment: row.impact_assessment,
    vendorIssueUrl: row.vendor_issue_url,
    themeId: row.theme_id,
    themeTitle: row.theme_title,
    themeStatus: row.theme_status as ThemeStatus | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function findRequestRow(store: Store, id: string): FeedbackRequestsTable | undefined {
  return store.first(store.q.selectFrom('feedback_requests').selectAll().where('id', '=', id));
}

export function findRequest(store: Store, id: string): FeedbackRequest | undefined {
  const row = store.first(selectRequests(store).where('r.id', '=', id));
  return row ? hydrateRequests([row])[0] : undefined;
}

/** An account's, a note's or a theme's requests, newest first. */
export function queryRequests(store: Store, filter: { accountId?: string; noteId?: string; themeId?: string }): FeedbackRequest[] {
  let query = selectRequests(store);
  if (filter.accountId) query = query.where('r.account_id', '=', filter.accountId);
  if (filter.noteId) query = query.where('r.note_id', '=', filter.noteId);
  if (filter.themeId) query = query.where('r.theme_id', '=', filter.themeId);
  return hydrateRequests(store.all(query.orderBy('r.created_at', 'desc').orderBy('r.id')));
}

/** Which of `contactIds` are the account's own contacts. */
export function accountContactIds(store: Store, accountId: string, contactIds: readonly string[]): string[] {
  return store
    .all(store.q.selectFrom('contacts').select('id').where('account_id', '=', accountId).where('id', 'in', [...contactIds]))
    .map((r) => r.id);
}

/** Replaces a request's why-chain and who asked with the ones in `fields`. */
export function writeChainAndPeople(store: Store, requestId: string, fields: FeedbackFields): void {
  store.run(store.q.deleteFrom('feedback_why_steps').where('request_id', '=', requestId));
  store.run(store.q.deleteFrom('feedback_asked_by').where('request_id', '=', requestId));
  if (fields.whys.length > 0) {
    store.run(
      store.q
        .insertInto('feedback_why_steps')
        .values(fields.whys.map((answer, position) => ({ request_id: requestId, position, answer }))),
    );
  }
  if (fields.askedBy.length > 0) {
    store.run(
      store.q
        .insertInto('feedback_asked_by')
        .values(fields.askedBy.map((contact_id) => ({ request_id: requestId, contact_id }))),
    );
  }
}

const columns = (f: FeedbackFields) => ({
  request: f.request,
  root_cause: f.rootCause,
  category: f.category,
  product_area: f.productArea,
  route: f.route,
  priority: f.priority,
  note_id: f.noteId,
  business_justification: f.businessJustification,
  impact_assessment: f.impactAssessment,
  vendor_issue_url: f.vendorIssueUrl,
});

export function insertRequest(store: Store, id: string, accountId: string, fields: FeedbackFields, at: string): void {
  store.run(
    store.q
      .insertInto('feedback_requests')
      .values({ id, account_id: accountId, ...columns(fields), theme_id: null, created_at: at, updated_at: at }),
  );
}

export function updateRequestFields(store: Store, id: string, fields: FeedbackFields, at: string): void {
  store.run(store.q.updateTable('feedback_requests').set({ ...columns(fields), updated_at: at }).where('id', '=', id));
}

export function deleteRequest(store: Store, id: string): void {
  store.run(store.q.deleteFrom('feedback_requests').where('id', '=', id));
}

/** Links a request to a theme, or unlinks it (`null`). */
export function setRequestTheme(store: Store, requestId: string, themeId: string | null, at: string): void {
  store.run(store.q.updateTable('feedback_requests').set({ theme_id: themeId, updated_at: at }).where('id', '=', requestId));
}

/** The accounts with a request linked to the theme, each once. */
export function linkedAccountIds(store: Store, themeId: string): string[] {
  return store
    .all(store.q.selectFrom('feedback_requests').select('account_id').distinct().where('theme_id', '=', themeId))
    .map((r) => r.account_id);
}

/** Product areas used before, most used first, for the field's suggestions. */
export function productAreas(store: Store): string[] {
  return store
    .all(
      store.q
        .selectFrom('feedback_requests')
        .select((eb) => ['product_area', eb.fn.countAll<number>().as('n')])
        .where('product_area', '<>', '')
        .groupBy('product_area')
        .orderBy('n', 'desc')
        .orderBy('product_area')
        .limit(50),
    )
    .map((r) => r.product_area);
}
