/**
 * Every kind of record the search palette finds, in the order its groups are shown. A domain
 * that wants its records found adds its kind here (and a migration creating its index table,
 * see src/main/search/index-table.ts), then calls `indexDocument` / `removeDocument`.
 */
export const SEARCH_KINDS = ['account', 'contact', 'checkin-note', 'action-item', 'checklist-item', 'feedback', 'success-goal', 'survey-response', 'support-ticket', 'escalation'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  account: 'Accounts',
  contact: 'Contacts',
  'checkin-note': 'Check-in notes',
  'action-item': 'Action items',
  'checklist-item': 'Readiness checklist',
  feedback: 'Feedback',
  'success-goal': 'Success plan',
  'survey-response': 'Survey responses',
  'support-ticket': 'Support tickets',
  escalation: 'Escalations',
};
