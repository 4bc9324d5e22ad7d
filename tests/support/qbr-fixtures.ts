import { createContact } from '../../src/main/contacts/service';
import type { Store } from '../../src/main/db/store';
import { recordRelease } from '../../src/main/growth/releases';
import { addGoal, addMilestone, addTicket, openEscalation, recordSurvey, stepEscalation } from '../../src/main/lifecycle/service';
import { DEFAULT_SMB_ESCALATION_MINUTES } from '../../src/shared/lifecycle/support';
import type { MilestoneFields, TicketFields } from '../../src/shared/lifecycle/schema';
import { createRequest } from '../../src/main/feedback/requests';
import { createTheme, linkRequest, setThemeStatus } from '../../src/main/feedback/themes';
import { recordCheck } from '../../src/main/health/service';
import { createTask, setTaskDone } from '../../src/main/tasks/service';
import { account, pdfRequest } from './feedback-fixtures';
import { checkInput } from './health-fixtures';
import { contactFields } from './records';

export const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const at = (date: string) => new Date(`${date}T10:00:00.000Z`);

/**
 * An account with a quarter's worth of data: a check before Q3 and two in it (one red, with an
 * alert), feedback raised in Q3 (one theme shipped by release 2.4.0 in Q3, one planned, shipped
 * by 2.5.0 after Q3), tasks open and done, and its lifecycle records (see `seedLifecycle`).
 */
export function seedQuarter(store: Store, name = 'Acme Data') {
  const acme = account(store, name, 250_000, { renewalDate: '2027-03-31' });
  recordCheck(store, checkInput(acme.id, '2026-06-20', { usage: 80, adoption: 70, support: 70, outcomes: 60 }), at('2026-06-20'));
  recordCheck(store, checkInput(acme.id, '2026-07-15', { usage: 60, adoption: 60, support: 50, outcomes: 50 }, { nps: 7 }), at('2026-07-15'));
  recordCheck(store, checkInput(acme.id, '2026-09-20', { usage: 20, adoption: 30, support: 20, outcomes: 30 }, { nps: 4, activeUsers: 12, licensedSeats: 40 }), at('2026-09-20'));
  const shipped = createTheme(store, { title: 'Faster access requests', problemStatement: '' }, [], at('2026-07-01')).theme;
  const planned = createTheme(store, { title: 'Lineage in reports', problemStatement: '' }, [], at('2026-07-01')).theme;
  const a = createRequest(store, acme.id, pdfRequest(), at('2026-08-03'));
  const b = createRequest(store, acme.id, pdfRequest({ request: 'Show lineage on the report page', rootCause: 'Auditors ask where numbers come from' }), at('2026-08-10'));
  linkRequest(store, a.id, shipped.id, at('2026-08-04'));
  linkRequest(store, b.id, planned.id, at('2026-08-11'));
  setThemeStatus(store, planned.id, 'planned', null, at('2026-08-12'));
  setThemeStatus(store, shipped.id, 'planned', null, at('2026-08-12'));
  setThemeStatus(store, shipped.id, 'shipped', null, at('2026-09-01'));
  const done = createTask(store, { accountId: acme.id, title: 'Send the SSO runbook', owner: 'Alex', dueOn: '2026-08-15', source: { kind: 'manual', id: null } }, at('2026-08-01'));
  setTaskDone(store, done.id, true, at('2026-08-14'));
  createTask(store, { accountId: acme.id, title: 'Customer: name an executive sponsor', owner: 'Dana (Acme)', dueOn: '2026-10-30', source: { kind: 'manual', id: null } }, at('2026-09-01'));
  recordRelease(store, { version: '2.4.0', releasedOn: '2026-09-01', highlights: 'Access requests in one click', themeIds: [shipped.id] }, at('2026-09-01'));
  recordRelease(store, { version: '2.5.0', releasedOn: '2026-10-15', highlights: 'Lineage', themeIds: [planned.id] }, at('2026-10-15'));
  seedLifecycle(store, acme.id);
  return acme;
}

const milestone = (title: string, targetDate: string, status: MilestoneFields['status'], owner: MilestoneFields['owner'] = 'customer'): MilestoneFields => ({
  title,
  owner,
  evidenceType: 'event',
  targetDate,
  status,
});
const ticket = (ref: string, severity: TicketFields['severity'], openedOn: string, closedOn: string | null): TicketFields => ({
  system: 'zendesk',
  ref,
  url: '',
  title: `Ticket ${ref}`,
  severity,
  status: closedOn ? 'closed' : 'open',
  openedOn,
  closedOn,
});

/**
 * Q3's lifecycle records, as of NOW (2026-11-25):
 * - a success plan of two goals; in Q3 one milestone met, one at risk (past its date), one still
 *   late from Q2 (carried in), one dropped; one due after Q3;
 * - survey answers in Q3: Dana NPS 9 then 6 (her latest counts), Lee NPS 10 → NPS 0 (1 promoter,
 *   1 detractor); CSAT 4 and 5 → 4.5 (not above the target); CES 6; Lee's NPS of 3 in October is after Q3;
 * - tickets: P1 opened and closed in Q3, P2 opened in Q3 still open, P3 opened in June and
 *   closed in Q3, P2 opened in October;
 * - escalations: L2 answered in time, L3 answered an hour late (Enterprise: 2 h and 1 h).
 */
export function seedLifecycle(store: Store, accountId: string) {
  const dana = createContact(store, accountId, contactFields('Dana Whitfield'), at('2026-06-01'));
  const lee = createContact(store, accountId, contactFields('Lee Park'), at('2026-06-01'));
  const access = addGoal(store, { accountId, fields: { title: 'Self-serve data access', description: 'Analysts get data without a ticket' } }, at('2026-06-01')).goals[0]!;
  addMilestone(store, { goalId: access.id, fields: milestone('SSO live for every analyst', '2026-08-31', 'met', 'us') }, at('2026-06-01'));
  addMilestone(store, { goalId: access.id, fields: milestone('200 weekly active analysts', '2026-09-15', 'in-progress') }, at('2026-06-01'));
  addMilestone(store, { goalId: access.id, fields: milestone('Access policy signed off', '2026-05-15', 'planned') }, at('2026-05-01'));
  addMilestone(store, { goalId: access.id, fields: milestone('Legacy portal retired', '2026-09-01', 'dropped') }, at('2026-06-01'));
  addMilestone(store, { goalId: access.id, fields: milestone('Lineage used in the audit', '2026-12-15', 'planned') }, at('2026-06-01'));
  addGoal(store, { accountId, fields: { title: 'Faster audit preparation', description: '' } }, at('2026-06-02'));
  const survey = (contactId: string, kind: 'nps' | 'csat' | 'ces', score: number, respondedOn: string) =>
    recordSurvey(store, { accountId, fields: { contactId, kind, score, respondedOn, comment: '' } }, at(respondedOn));
  survey(dana.id, 'nps', 9, '2026-07-10');
  survey(dana.id, 'nps', 6, '2026-09-10');
  survey(lee.id, 'nps', 10, '2026-08-01');
  survey(dana.id, 'csat', 4, '2026-08-01');
  survey(lee.id, 'csat', 5, '2026-08-02');
  survey(lee.id, 'ces', 6, '2026-08-02');
  survey(lee.id, 'nps', 3, '2026-10-05');
  addTicket(store, { accountId, fields: ticket('ZD-101', 'P1', '2026-07-05', '2026-07-07') }, at('2026-07-05'));
  addTicket(store, { accountId, fields: ticket('ZD-102', 'P2', '2026-08-20', null) }, at('2026-08-20'));
  addTicket(store, { accountId, fields: ticket('ZD-090', 'P3', '2026-06-01', '2026-07-02') }, at('2026-06-01'));
  addTicket(store, { accountId, fields: ticket('JIRA-7', 'P2', '2026-10-02', null) }, at('2026-10-02'));
  const l2 = openEscalation(store, { accountId, fields: { level: 'L2', summary: 'Ingestion stalled', owner: 'Sam', openedAt: '2026-07-05T09:00:00.000Z' } }, at('2026-07-05'), DEFAULT_SMB_ESCALATION_MINUTES).escalations[0]!;
  stepEscalation(store, { id: l2.id, step: 'resolved', at: '2026-07-05T10:30:00.000Z' }, at('2026-07-06'));
  const l3 = openEscalation(store, { accountId, fields: { level: 'L3', summary: 'Reports down before the board meeting', owner: 'Kim', openedAt: '2026-08-20T08:00:00.000Z' } }, at('2026-08-20'), DEFAULT_SMB_ESCALATION_MINUTES).escalations[0]!;
  stepEscalation(store, { id: l3.id, step: 'firstResponse', at: '2026-08-20T10:00:00.000Z' }, at('2026-08-21'));
  return { dana, lee };
}
