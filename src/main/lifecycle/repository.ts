import type {
  EscalationsTable,
  KitItemsTable,
  SuccessGoalsTable,
  SuccessMilestonesTable,
  SupportTicketsTable,
  SurveyResponsesTable,
} from '../db/schema';
import type { Store } from '../db/store';

/** SQL for the lifecycle tables (issue 13). Rows in, rows out; the rules are in service.ts. */

// ——— Onboarding kit ———

export function listKitItems(store: Store, accountId: string): KitItemsTable[] {
  return store.all(store.q.selectFrom('kit_items').selectAll().where('account_id', '=', accountId));
}

export function upsertKitItem(store: Store, row: KitItemsTable): void {
  store.run(
    store.q
      .insertInto('kit_items')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['account_id', 'item_key']).doUpdateSet({ shared_on: row.shared_on, channel: row.channel, note: row.note, updated_at: row.updated_at }),
      ),
  );
}

export function deleteKitItem(store: Store, accountId: string, itemKey: string): void {
  store.run(store.q.deleteFrom('kit_items').where('account_id', '=', accountId).where('item_key', '=', itemKey));
}

/** The first license issued to the account and still live: it ticks the kit's license item. */
export function firstLiveLicense(store: Store, accountId: string): { issued_at: string } | undefined {
  return store.first(
    store.q
      .selectFrom('licenses')
      .select(['issued_at'])
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .orderBy('issued_at')
      .limit(1),
  );
}

// ——— Success plan ———

export function listGoals(store: Store, accountId: string): SuccessGoalsTable[] {
  return store.all(store.q.selectFrom('success_goals').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id'));
}

export function findGoal(store: Store, id: string): SuccessGoalsTable | undefined {
  return store.first(store.q.selectFrom('success_goals').selectAll().where('id', '=', id));
}

export function insertGoal(store: Store, row: SuccessGoalsTable): void {
  store.run(store.q.insertInto('success_goals').values(row));
}

export function updateGoalColumns(store: Store, id: string, changes: Pick<SuccessGoalsTable, 'title' | 'description' | 'updated_at'>): void {
  store.run(store.q.updateTable('success_goals').set(changes).where('id', '=', id));
}

export function deleteGoal(store: Store, id: string): void {
  store.run(store.q.deleteFrom('success_goals').where('id', '=', id));
}

export function listMilestones(store: Store, accountId: string): SuccessMilestonesTable[] {
  return store.all(
    store.q.selectFrom('success_milestones').selectAll().where('account_id', '=', accountId).orderBy('target_date').orderBy('created_at'),
  );
}

export function findMilestone(store: Store, id: string): SuccessMilestonesTable | undefined {
  return store.first(store.q.selectFrom('success_milestones').selectAll().where('id', '=', id));
}

export function insertMilestone(store: Store, row: SuccessMilestonesTable): void {
  store.run(store.q.insertInto('success_milestones').values(row));
}

export function updateMilestoneColumns(
  store: Store,
  id: string,
  changes: Pick<SuccessMilestonesTable, 'title' | 'owner' | 'evidence_type' | 'target_date' | 'status' | 'updated_at'>,
): void {
  store.run(store.q.updateTable('success_milestones').set(changes).where('id', '=', id));
}

export function deleteMilestone(store: Store, id: string): void {
  store.run(store.q.deleteFrom('success_milestones').where('id', '=', id));
}

/** Open milestones whose target date is before `today`, on active accounts, oldest first. */
export function listLateMilestones(store: Store, today: string) {
  return store.all(
    store.q
      .selectFrom('success_milestones as m')
      .innerJoin('success_goals as g', 'g.id', 'm.goal_id')
      .innerJoin('accounts as a', 'a.id', 'm.account_id')
      .select(['m.id', 'm.title', 'm.target_date', 'm.account_id', 'a.name as account_name', 'g.title as goal_title'])
      .where('m.status', 'in', ['planned', 'in-progress'])
      .where('m.target_date', '<', today)
      .where('a.archived_at', 'is', null)
      .orderBy('m.target_date'),
  );
}

// ——— Surveys ———

export function listSurveyResponses(store: Store, accountId: string): SurveyResponsesTable[] {
  return store.all(
    store.q.selectFrom('survey_responses').selectAll().where('account_id', '=', accountId).orderBy('responded_on', 'desc').orderBy('created_at', 'desc'),
  );
}

/** Every response on active accounts: the book's figures. */
export function listBookSurveyResponses(store: Store): SurveyResponsesTable[] {
  return store.all(
    store.q
      .selectFrom('survey_responses as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .selectAll('r')
      .where('a.archived_at', 'is', null),
  );
}

export function findSurveyResponse(store: Store, id: string): SurveyResponsesTable | undefined {
  return store.first(store.q.selectFrom('survey_responses').selectAll().where('id', '=', id));
}

export function insertSurveyResponse(store: Store, row: SurveyResponsesTable): void {
  store.run(store.q.insertInto('survey_responses').values(row));
}

export function deleteSurveyResponse(store: Store, id: string): void {
  store.run(store.q.deleteFrom('survey_responses').where('id', '=', id));
}

// ——— Support ———

export function listTickets(store: Store, accountId: string): SupportTicketsTable[] {
  return store.all(store.q.selectFrom('support_tickets').selectAll().where('account_id', '=', accountId).orderBy('opened_on', 'desc').orderBy('created_at', 'desc'));
}

export function findTicket(store: Store, id: string): SupportTicketsTable | undefined {
  return store.first(store.q.selectFrom('support_tickets').selectAll().where('id', '=', id));
}

export function insertTicket(store: Store, row: SupportTicketsTable): void {
  store.run(store.q.insertInto('support_tickets').values(row));
}

export function updateTicketColumns(store: Store, id: string, changes: Omit<SupportTicketsTable, 'id' | 'account_id' | 'created_at'>): void {
  store.run(store.q.updateTable('support_tickets').set(changes).where('id', '=', id));
}

export function deleteTicket(store: Store, id: string): void {
  store.run(store.q.deleteFrom('support_tickets').where('id', '=', id));
}

export function listEscalations(store: Store, accountId: string): EscalationsTable[] {
  return store.all(store.q.selectFrom('escalations').selectAll().where('account_id', '=', accountId).orderBy('opened_at', 'desc'));
}

/** Escalations not yet resolved, on active accounts, with the account's name. */
export function listUnresolvedEscalations(store: Store) {
  return store.all(
    store.q
      .selectFrom('escalations as e')
      .innerJoin('accounts as a', 'a.id', 'e.account_id')
      .selectAll('e')
      .select('a.name as account_name')
      .where('e.resolved_at', 'is', null)
      .where('a.archived_at', 'is', null)
      .orderBy('e.opened_at'),
  );
}

export function findEscalation(store: Store, id: string): EscalationsTable | undefined {
  return store.first(store.q.selectFrom('escalations').selectAll().where('id', '=', id));
}

export function insertEscalation(store: Store, row: EscalationsTable): void {
  store.run(store.q.insertInto('escalations').values(row));
}

export function setEscalationTimes(store: Store, id: string, changes: Partial<Pick<EscalationsTable, 'first_response_at' | 'resolved_at'>>): void {
  store.run(store.q.updateTable('escalations').set(changes).where('id', '=', id));
}

export function deleteEscalation(store: Store, id: string): void {
  store.run(store.q.deleteFrom('escalations').where('id', '=', id));
}
