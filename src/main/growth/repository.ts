import type { Advocacy, AdvocacyFields, Opportunity, OpportunityFields, Release } from '../../shared/growth/schema';
import type { AdvocacyTable, OpportunitiesTable, ReleasesTable } from '../db/schema';
import type { Store } from '../db/store';

// ---- Releases ----

export function insertRelease(store: Store, row: ReleasesTable): void {
  store.run(store.q.insertInto('releases').values(row));
}

export function findReleaseByVersion(store: Store, version: string): ReleasesTable | undefined {
  return store.first(store.q.selectFrom('releases').selectAll().where('version', '=', version));
}

export function findReleaseRow(store: Store, id: string): ReleasesTable | undefined {
  return store.first(store.q.selectFrom('releases').selectAll().where('id', '=', id));
}

export function listReleaseRows(store: Store): ReleasesTable[] {
  return store.all(store.q.selectFrom('releases').selectAll().orderBy('released_on', 'desc').orderBy('created_at', 'desc'));
}

export function deleteRelease(store: Store, id: string): void {
  store.run(store.q.deleteFrom('releases').where('id', '=', id));
}

export function setReleaseNotified(store: Store, id: string, at: string): void {
  store.run(store.q.updateTable('releases').set({ notified_at: at, updated_at: at }).where('id', '=', id));
}

export function insertReleaseThemes(store: Store, releaseId: string, themeIds: readonly string[]): void {
  for (const themeId of themeIds) {
    store.run(store.q.insertInto('release_themes').values({ release_id: releaseId, theme_id: themeId }).onConflict((oc) => oc.doNothing()));
  }
}

/** The themes each release ships, with their current status. */
export function releaseThemes(store: Store, releaseIds: readonly string[]): Map<string, Release['themes']> {
  const out = new Map<string, Release['themes']>();
  if (releaseIds.length === 0) return out;
  const rows = store.all(
    store.q
      .selectFrom('release_themes as rt')
      .innerJoin('feedback_themes as t', 't.id', 'rt.theme_id')
      .select(['rt.release_id', 't.id', 't.title', 't.status'])
      .where('rt.release_id', 'in', [...releaseIds])
      .orderBy('t.title'),
  );
  for (const r of rows) {
    const list = out.get(r.release_id) ?? [];
    list.push({ id: r.id, title: r.title, status: r.status });
    out.set(r.release_id, list);
  }
  return out;
}

export function themeRows(store: Store, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return store.all(store.q.selectFrom('feedback_themes').select(['id', 'title', 'status']).where('id', 'in', [...ids]));
}

/** Active accounts with what a release needs to know about them. */
export function activeAccountsForRelease(store: Store) {
  return store.all(
    store.q
      .selectFrom('accounts')
      .select(['id', 'name', 'product_version', 'owner_csm'])
      .where('archived_at', 'is', null)
      .orderBy('name_key'),
  );
}

/** (account, theme title, theme id) for every request linked to one of these themes. */
export function askedByAccounts(store: Store, themeIds: readonly string[]) {
  if (themeIds.length === 0) return [];
  return store.all(
    store.q
      .selectFrom('feedback_requests as r')
      .innerJoin('feedback_themes as t', 't.id', 'r.theme_id')
      .select(['r.account_id', 't.id as theme_id', 't.title'])
      .distinct()
      .where('r.theme_id', 'in', [...themeIds])
      .orderBy('t.title'),
  );
}

/** The first champion (else the first contact still there) of each account: whom the email greets. */
export function greetingContacts(store: Store, accountIds: readonly string[]): Map<string, { name: string; salutation: string }> {
  const out = new Map<string, { name: string; salutation: string }>();
  if (accountIds.length === 0) return out;
  const rows = store.all(
    store.q
      .selectFrom('contacts')
      .select(['account_id', 'name', 'salutation'])
      .where('account_id', 'in', [...accountIds])
      .where('left_on', 'is', null)
      .orderBy('is_champion', 'desc')
      .orderBy('name'),
  );
  for (const r of rows) if (!out.has(r.account_id)) out.set(r.account_id, { name: r.name, salutation: r.salutation });
  return out;
}

// ---- Opportunities ----

type OpportunityRow = OpportunitiesTable & { account_name: string; renewal_date: string | null; renewal_outcome: string | null };

function toOpportunity(row: OpportunityRow): Opportunity {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    kind: row.kind as Opportunity['kind'],
    arr: row.arr_cents / 100,
    stage: row.stage as Opportunity['stage'],
    nextStep: row.next_step,
    nextStepOn: row.next_step_on,
    overriddenGuardrails: JSON.parse(row.override_guardrails) as Opportunity['overriddenGuardrails'],
    overrideNote: row.override_note,
    renewal:
      row.renewal_outcome_id && row.renewal_date && row.renewal_outcome
        ? { id: row.renewal_outcome_id, renewalDate: row.renewal_date, outcome: row.renewal_outcome as NonNullable<Opportunity['renewal']>['outcome'] }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectOpportunities(store: Store) {
  return store.q
    .selectFrom('opportunities as o')
    .innerJoin('accounts as a', 'a.id', 'o.account_id')
    .leftJoin('renewal_outcomes as r', 'r.id', 'o.renewal_outcome_id')
    .selectAll('o')
    .select(['a.name as account_name', 'r.renewal_date', 'r.outcome as renewal_outcome']);
}

export function findOpportunity(store: Store, id: string): Opportunity | undefined {
  const row = store.first(selectOpportunities(store).where('o.id', '=', id));
  return row && toOpportunity(row);
}

export function listOpportunityRows(store: Store, accountId: string | undefined): Opportunity[] {
  let q = selectOpportunities(store);
  q = accountId ? q.where('o.account_id', '=', accountId) : q.where('a.archived_at', 'is', null);
  return store.all(q.orderBy('o.next_step_on').orderBy('o.created_at')).map(toOpportunity);
}

export const opportunityColumns = (f: OpportunityFields) => ({
  kind: f.kind,
  arr_cents: Math.round(f.arr * 100),
  stage: f.stage,
  next_step: f.nextStep,
  next_step_on: f.nextStepOn,
});

export function insertOpportunity(store: Store, row: OpportunitiesTable): void {
  store.run(store.q.insertInto('opportunities').values(row));
}

export function updateOpportunityRow(store: Store, id: string, changes: Partial<OpportunitiesTable>): void {
  store.run(store.q.updateTable('opportunities').set(changes).where('id', '=', id));
}

export function deleteOpportunity(store: Store, id: string): void {
  store.run(store.q.deleteFrom('opportunities').where('id', '=', id));
}

/** Open pipeline across active accounts: count and estimated ARR in cents. */
export function pipelineTotals(store: Store, openStages: readonly string[]): { count: number; arrCents: number } {
  const row = store.first(
    store.q
      .selectFrom('opportunities as o')
      .innerJoin('accounts as a', 'a.id', 'o.account_id')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('o.arr_cents'), eb.lit(0)).as('cents')])
      .where('a.archived_at', 'is', null)
      .where('o.stage', 'in', [...openStages]),
  );
  return { count: Number(row?.n ?? 0), arrCents: Number(row?.cents ?? 0) };
}

// ---- Advocacy ----

type AdvocacyRow = AdvocacyTable & { contact_name: string; account_id: string; survey_score: number | null; survey_responded_on: string | null };

function toAdvocacy(row: AdvocacyRow): Advocacy {
  return {
    id: row.id,
    contactId: row.contact_id,
    contactName: row.contact_name,
    accountId: row.account_id,
    kind: row.kind as Advocacy['kind'],
    status: row.status as Advocacy['status'],
    since: row.since,
    until: row.until,
    note: row.note,
    fromSurvey:
      row.survey_response_id && row.survey_score !== null && row.survey_responded_on
        ? { id: row.survey_response_id, score: row.survey_score, respondedOn: row.survey_responded_on }
        : null,
    updatedAt: row.updated_at,
  };
}

function selectAdvocacy(store: Store) {
  return store.q
    .selectFrom('advocacy as v')
    .innerJoin('contacts as c', 'c.id', 'v.contact_id')
    .leftJoin('survey_responses as s', 's.id', 'v.survey_response_id')
    .selectAll('v')
    .select(['c.name as contact_name', 'c.account_id', 's.score as survey_score', 's.responded_on as survey_responded_on']);
}

export function listAdvocacyRows(store: Store, accountId: string): Advocacy[] {
  return store.all(selectAdvocacy(store).where('c.account_id', '=', accountId).orderBy('c.name').orderBy('v.kind')).map(toAdvocacy);
}

export function findAdvocacy(store: Store, id: string): Advocacy | undefined {
  const row = store.first(selectAdvocacy(store).where('v.id', '=', id));
  return row && toAdvocacy(row);
}

export function findAdvocacyByContactKind(store: Store, contactId: string, kind: string): Advocacy | undefined {
  const row = store.first(selectAdvocacy(store).where('v.contact_id', '=', contactId).where('v.kind', '=', kind));
  return row && toAdvocacy(row);
}

/** Inserts or updates the contact's record of this kind; a survey link, when given, replaces the old one. */
export function upsertAdvocacy(store: Store, id: string, contactId: string, f: AdvocacyFields, surveyResponseId: string | undefined, at: string): void {
  const link = surveyResponseId ? { survey_response_id: surveyResponseId } : {};
  store.run(
    store.q
      .insertInto('advocacy')
      .values({
        id,
        contact_id: contactId,
        kind: f.kind,
        status: f.status,
        since: f.since,
        until: f.until,
        note: f.note,
        survey_response_id: surveyResponseId ?? null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['contact_id', 'kind']).doUpdateSet({ status: f.status, since: f.since, until: f.until, note: f.note, ...link, updated_at: at }),
      ),
  );
}

/** NPS answers on the account from contacts still there, newest first. */
export function npsAnswersOfCurrentContacts(store: Store, accountId: string) {
  return store.all(
    store.q
      .selectFrom('survey_responses as s')
      .innerJoin('contacts as c', 'c.id', 's.contact_id')
      .select(['s.id', 's.contact_id', 'c.name as contact_name', 's.score', 's.responded_on', 's.comment'])
      .where('s.account_id', '=', accountId)
      .where('s.kind', '=', 'nps')
      .where('c.left_on', 'is', null)
      .orderBy('s.responded_on', 'desc')
      .orderBy('s.created_at', 'desc'),
  );
}

/** Advocacy on the account's contacts: which kinds each has, and which survey answers are linked. */
export function advocacyLinksOfAccount(store: Store, accountId: string): { contact_id: string; kind: string; survey_response_id: string | null }[] {
  return store.all(
    store.q
      .selectFrom('advocacy as v')
      .innerJoin('contacts as c', 'c.id', 'v.contact_id')
      .select(['v.contact_id', 'v.kind', 'v.survey_response_id'])
      .where('c.account_id', '=', accountId),
  );
}

export function findSurveyAnswer(store: Store, id: string) {
  return store.first(store.q.selectFrom('survey_responses').select(['id', 'contact_id', 'kind', 'score']).where('id', '=', id));
}

export function deleteAdvocacy(store: Store, id: string): void {
  store.run(store.q.deleteFrom('advocacy').where('id', '=', id));
}

/** Active advocacy of one kind across active accounts (an "active reference", a case study in the works or done). */
export function countAdvocacy(store: Store, kind: string, statuses: readonly string[]): number {
  const row = store.first(
    store.q
      .selectFrom('advocacy as v')
      .innerJoin('contacts as c', 'c.id', 'v.contact_id')
      .innerJoin('accounts as a', 'a.id', 'c.account_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('a.archived_at', 'is', null)
      .where('v.kind', '=', kind)
      .where('v.status', 'in', [...statuses]),
  );
  return Number(row?.n ?? 0);
}

// ---- Guardrail facts held on main ----

/**
 * Complaints the customer raised that are unresolved: bugs and UX friction at high or critical
 * priority whose theme hasn't shipped (or that no theme holds yet; won't do doesn't resolve it).
 */
export function countUnresolvedComplaints(store: Store, accountId: string): number {
  const row = store.first(
    store.q
      .selectFrom('feedback_requests as r')
      .leftJoin('feedback_themes as t', 't.id', 'r.theme_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.account_id', '=', accountId)
      .where('r.category', 'in', ['bug', 'ux-friction'])
      .where('r.priority', 'in', ['high', 'critical'])
      .where((eb) => eb.or([eb('t.status', 'is', null), eb('t.status', '!=', 'shipped')])),
  );
  return Number(row?.n ?? 0);
}
