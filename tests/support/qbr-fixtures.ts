import type { Store } from '../../src/main/db/store';
import { createRequest } from '../../src/main/feedback/requests';
import { createTheme, linkRequest, setThemeStatus } from '../../src/main/feedback/themes';
import { recordCheck } from '../../src/main/health/service';
import { createTask, setTaskDone } from '../../src/main/tasks/service';
import { account, pdfRequest } from './feedback-fixtures';
import { checkInput } from './health-fixtures';

export const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const at = (date: string) => new Date(`${date}T10:00:00.000Z`);

/**
 * An account with a quarter's worth of data: a check before Q3 and two in it (one red, with an
 * alert), feedback raised in Q3 (one shipped theme, one planned), tasks open and done.
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
  return acme;
}
