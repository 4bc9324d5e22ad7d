import { SURVEY_SCALES, type SurveyKind } from '../../shared/lifecycle/surveys';
import { TICKET_SYSTEM_LABELS, type TicketSystem } from '../../shared/lifecycle/support';
import type { EscalationsTable, SupportTicketsTable, SurveyResponsesTable } from '../db/schema';
import type { Store } from '../db/store';
import { indexDocument, removeDocument } from '../search/documents';
import { findGoal, listMilestones } from './repository';

/**
 * Keeps the lifecycle records' search documents in step with them. Call each in the
 * transaction that wrote the record.
 */

/** A goal is found by its title, description and its milestones' titles. */
export function syncGoalDocument(store: Store, goalId: string): void {
  const goal = findGoal(store, goalId);
  if (!goal) {
    removeDocument(store, 'success-goal', goalId);
    return;
  }
  const milestones = listMilestones(store, goal.account_id).filter((m) => m.goal_id === goalId);
  indexDocument(store, {
    kind: 'success-goal',
    id: goal.id,
    accountId: goal.account_id,
    title: goal.title,
    body: [goal.description, ...milestones.map((m) => m.title)].filter((t) => t.trim() !== '').join('\n'),
  });
}

export function syncSurveyDocument(store: Store, row: SurveyResponsesTable): void {
  indexDocument(store, {
    kind: 'survey-response',
    id: row.id,
    accountId: row.account_id,
    title: `${SURVEY_SCALES[row.kind as SurveyKind].label} ${row.score} · ${row.contact_name}`,
    body: row.comment,
  });
}

export function syncTicketDocument(store: Store, row: SupportTicketsTable): void {
  indexDocument(store, {
    kind: 'support-ticket',
    id: row.id,
    accountId: row.account_id,
    title: row.title.trim() === '' ? row.ref : `${row.ref} · ${row.title}`,
    body: `${TICKET_SYSTEM_LABELS[row.system as TicketSystem]} ${row.severity} ${row.url}`,
  });
}

export function syncEscalationDocument(store: Store, row: EscalationsTable): void {
  indexDocument(store, {
    kind: 'escalation',
    id: row.id,
    accountId: row.account_id,
    title: row.summary,
    body: `${row.level} ${row.owner}`,
  });
}
