import { requireWritableAccount } from '../accounts/read-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Segment } from '../../shared/accounts/segments';
import type { Category, Priority, Route } from '../../shared/feedback/classification';
import type { FeedbackFields, FeedbackRequest, ListFeedbackInput } from '../../shared/feedback/schema';
import type { ThemeStatus } from '../../shared/feedback/theme-status';
import { getAccount } from '../accounts/service';
import type { FeedbackRequestsTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { removeDocument } from '../search/documents';
import { indexRequest } from './search-document';

type RequestRow = FeedbackRequestsTable & {
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

export function requireRequestRow(store: Store, id: string): FeedbackRequestsTable {
  const row = store.first(store.q.selectFrom('feedback_requests').selectAll().where('id', '=', id));
  if (!row) throw notFound('That feedback');
  return row;
}

export function getRequest(store: Store, id: string): FeedbackRequest {
  const row = store.first(selectRequests(store).where('r.id', '=', id));
  if (!row) throw notFound('That feedback');
  const [request] = hydrateRequests([row]);
  if (!request) throw notFound('That feedback');
  return request;
}

/** An account's, a note's or a theme's requests, newest first. */
export function listRequests(store: Store, input: ListFeedbackInput): FeedbackRequest[] {
  if (input.accountId) getAccount(store, input.accountId);
  let query = selectRequests(store);
  if (input.accountId) query = query.where('r.account_id', '=', input.accountId);
  if (input.noteId) query = query.where('r.note_id', '=', input.noteId);
  if (input.themeId) query = query.where('r.theme_id', '=', input.themeId);
  return hydrateRequests(store.all(query.orderBy('r.created_at', 'desc').orderBy('r.id')));
}

/** Who asked must be the account's own contacts. */
function checkAskedBy(store: Store, accountId: string, contactIds: readonly string[]): void {
  if (contactIds.length === 0) return;
  const found = store.all(
    store.q.selectFrom('contacts').select('id').where('account_id', '=', accountId).where('id', 'in', [...contactIds]),
  );
  if (found.length !== contactIds.length) {
    const message = "Pick who asked from this account's contacts";
    throw new AppError('INVALID_INPUT', message, [{ path: ['fields', 'askedBy'], message }]);
  }
}

function writeChainAndPeople(store: Store, requestId: string, fields: FeedbackFields): void {
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

export function createRequest(store: Store, accountId: string, fields: FeedbackFields, now: Date): FeedbackRequest {
  return store.tx(() => {
    requireWritableAccount(store, accountId, 'feedback');
    checkAskedBy(store, accountId, fields.askedBy);
    const id = randomUUID();
    const at = now.toISOString();
    store.run(
      store.q
        .insertInto('feedback_requests')
        .values({ id, account_id: accountId, ...columns(fields), theme_id: null, created_at: at, updated_at: at }),
    );
    writeChainAndPeople(store, id, fields);
    const created = getRequest(store, id);
    indexRequest(store, created);
    return created;
  });
}

export function updateRequest(store: Store, id: string, fields: FeedbackFields, now: Date): FeedbackRequest {
  return store.tx(() => {
    const row = requireRequestRow(store, id);
    requireWritableAccount(store, row.account_id, 'feedback');
    checkAskedBy(store, row.account_id, fields.askedBy);
    store.run(
      store.q.updateTable('feedback_requests').set({ ...columns(fields), updated_at: now.toISOString() }).where('id', '=', id),
    );
    writeChainAndPeople(store, id, fields);
    const updated = getRequest(store, id);
    indexRequest(store, updated);
    return updated;
  });
}

export function removeRequest(store: Store, id: string): { id: string } {
  return store.tx(() => {
    const row = requireRequestRow(store, id);
    requireWritableAccount(store, row.account_id, 'feedback');
    store.run(store.q.deleteFrom('feedback_requests').where('id', '=', id));
    removeDocument(store, 'feedback', id);
    return { id };
  });
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
