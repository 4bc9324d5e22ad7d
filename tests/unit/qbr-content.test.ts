import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContact } from '../../src/main/contacts/service';
import { createRequest } from '../../src/main/feedback/requests';
import { createTheme, linkRequest, setThemeStatus } from '../../src/main/feedback/themes';
import { recordCheck } from '../../src/main/health/service';
import { recordSurvey } from '../../src/main/lifecycle/service';
import { buildQbrContent } from '../../src/main/qbr/content';
import { EMPTY_NARRATIVE, type QbrContent, type QbrSection } from '../../src/shared/qbr/schema';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';
import { checkInput } from '../support/health-fixtures';
import { Q3, seedQuarter } from '../support/qbr-fixtures';
import { contactFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const at = (date: string) => new Date(`${date}T10:00:00.000Z`);
const section = (c: QbrContent, key: QbrSection['key']) => c.sections.find((s) => s.key === key)!;
const fact = (s: QbrSection, label: string) => s.facts.find((f) => f.label === label)?.value;
const table = (s: QbrSection, title: string) => s.tables.find((x) => x.title === title)!;
const cells = (s: QbrSection, title: string) => table(s, title).rows.map((r) => r.cells);

describe('Review goals: the success plan (lifecycle)', () => {
  it('reviews the milestones due in the period and those still late from before it: met, at risk or open, with owner, evidence and date', () => {
    const acme = seedQuarter(t.store);
    const goals = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'goals');
    expect(goals.facts).toEqual([
      { label: 'Milestones in the period', value: '3' },
      { label: 'Met', value: '1' },
      { label: 'At risk', value: '2' },
      { label: 'Open', value: '0' },
    ]);
    expect(cells(goals, 'Success-plan milestones')).toEqual([
      ['Self-serve data access', 'Access policy signed off', 'Customer', 'Event', '2026-05-15', 'At risk (planned, past its date)'],
      ['Self-serve data access', 'SSO live for every analyst', 'Us', 'Event', '2026-08-31', 'Met'],
      ['Self-serve data access', 'Legacy portal retired', 'Customer', 'Event', '2026-09-01', 'Dropped'],
      ['Self-serve data access', '200 weekly active analysts', 'Customer', 'Event', '2026-09-15', 'At risk (in progress, past its date)'],
    ]);
    // The plan's goals, the one with no milestones included; the December milestone is not in Q3.
    expect(cells(goals, 'Success-plan goals')).toEqual([
      ['Self-serve data access', 'Analysts get data without a ticket', '1 of 4', '2'],
      ['Faster audit preparation', '—', '0 of 0', '0'],
    ]);
  });

  it('counts a milestone not yet due as open while the period is under way', () => {
    const acme = seedQuarter(t.store);
    const q4 = section(buildQbrContent(t.store, acme.id, { kind: 'quarter', year: 2026, quarter: 4 }, EMPTY_NARRATIVE, NOW), 'goals');
    expect(fact(q4, 'Open')).toBe('1'); // "Lineage used in the audit", due 2026-12-15
    expect(cells(q4, 'Success-plan milestones').map((r) => r[1])).toEqual(['Access policy signed off', '200 weekly active analysts', 'Lineage used in the audit']);
  });

  it('says so when the account has no success plan', () => {
    const quiet = account(t.store, 'Quiet Co', 20_000);
    const goals = section(buildQbrContent(t.store, quiet.id, Q3, EMPTY_NARRATIVE, NOW), 'goals');
    expect(goals.facts).toEqual([{ label: 'Success plan', value: 'None recorded' }]);
    expect(table(goals, 'Success-plan goals')).toMatchObject({ rows: [], empty: expect.stringMatching(/no success plan yet/) });
    expect(table(goals, 'Success-plan milestones')).toMatchObject({ rows: [], empty: 'No success plan, so no milestones to review.' });
  });
});

describe('Usage analysis: support tickets and escalations (lifecycle)', () => {
  it('counts tickets opened and closed in the period by priority, and escalations with their SLA', () => {
    const acme = seedQuarter(t.store);
    const usage = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'usage');
    expect(fact(usage, 'Tickets opened / closed')).toBe('2 / 2');
    expect(fact(usage, 'Escalations (SLA breached)')).toBe('2 (1 breached)');
    expect(cells(usage, 'Support tickets by priority')).toEqual([
      ['P1', '1', '1', '0'],
      ['P2', '1', '0', '1'], // October's P2 is after Q3
      ['P3', '0', '1', '0'], // opened in June, closed in Q3
      ['P4', '0', '0', '0'],
    ]);
    expect(cells(usage, 'Escalations and first-response SLA')).toEqual([
      ['2026-07-05', 'L2', 'Ingestion stalled', 'Sam', '2 h', 'Met', '2026-07-05'],
      ['2026-08-20', 'L3', 'Reports down before the board meeting', 'Kim', '1 h', 'Breached (answered 1 h late)', 'Not yet'],
    ]);
  });

  it('says so when there was no ticket and no escalation', () => {
    const quiet = account(t.store, 'Quiet Co', 20_000);
    const usage = section(buildQbrContent(t.store, quiet.id, Q3, EMPTY_NARRATIVE, NOW), 'usage');
    expect(fact(usage, 'Tickets opened / closed')).toBe('0 / 0');
    expect(table(usage, 'Support tickets by priority')).toMatchObject({ rows: [], empty: 'No support tickets were opened, closed or open this period.' });
    expect(table(usage, 'Escalations and first-response SLA')).toMatchObject({ rows: [], empty: 'No escalation was open this period.' });
  });
});

describe('Feedback loop: NPS, CSAT and CES', () => {
  it('comes from the surveys answered in the period, each contact’s latest answer counted once, against seed 001’s targets', () => {
    const acme = seedQuarter(t.store);
    const feedback = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'feedback');
    expect(feedback.facts).toEqual([
      { label: 'Requests raised', value: '2' },
      { label: 'Scores from', value: 'Surveys answered in the period (6 answers)' },
      { label: 'NPS', value: '0 (below the > 50 target)' }, // Dana's latest 6, Lee's 10; Lee's October 3 is after Q3
      { label: 'Promoters / passives / detractors', value: '1 / 0 / 1' },
      { label: 'CSAT', value: '4.5 of 5 (below the > 4.5 target)' },
      { label: 'CES', value: '6 of 7' },
    ]);
    expect(cells(feedback, 'Survey answers in the period')).toHaveLength(6);
  });

  it('reads above the targets when the answers are', () => {
    const acme = account(t.store, 'Happy Co', 150_000);
    const ann = createContact(t.store, acme.id, contactFields('Ann'), at('2026-06-01'));
    recordSurvey(t.store, { accountId: acme.id, fields: { contactId: ann.id, kind: 'nps', score: 10, respondedOn: '2026-08-01', comment: 'Great' } }, at('2026-08-01'));
    recordSurvey(t.store, { accountId: acme.id, fields: { contactId: ann.id, kind: 'csat', score: 5, respondedOn: '2026-08-01', comment: '' } }, at('2026-08-01'));
    const feedback = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'feedback');
    expect(fact(feedback, 'NPS')).toBe('100 (above the > 50 target)');
    expect(fact(feedback, 'CSAT')).toBe('5 of 5 (above the > 4.5 target)');
    expect(fact(feedback, 'CES')).toBe('Not surveyed');
  });

  it('falls back to the health checks’ NPS and CSAT signals when no survey was answered, and says so', () => {
    const acme = account(t.store, 'Signals Co', 150_000);
    recordCheck(t.store, checkInput(acme.id, '2026-08-20', { usage: 60, adoption: 60, support: 60, outcomes: 60 }, { nps: 4, csat: 4.8 }), at('2026-08-20'));
    const feedback = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'feedback');
    expect(fact(feedback, 'Scores from')).toBe('Health-check signals (no survey was answered in the period)');
    expect(fact(feedback, 'NPS')).toBe('4 of 10 (a detractor)');
    expect(fact(feedback, 'CSAT')).toBe('4.8 of 5 (above the > 4.5 target)');
    expect(table(feedback, 'Survey answers in the period')).toMatchObject({ rows: [], empty: 'No NPS, CSAT or CES survey was answered this period.' });
  });

  it('says when neither a survey nor a health check recorded a score', () => {
    const quiet = account(t.store, 'Quiet Co', 20_000);
    const feedback = section(buildQbrContent(t.store, quiet.id, Q3, EMPTY_NARRATIVE, NOW), 'feedback');
    expect(fact(feedback, 'Scores from')).toBe('No survey was answered and no health check recorded NPS or CSAT');
    expect(fact(feedback, 'NPS')).toBe('Not recorded');
  });
});

describe('Value delivered and roadmap: releases (growth)', () => {
  it('credits what shipped in the period to its release, and shows a later release as what is coming', () => {
    const acme = seedQuarter(t.store);
    const content = buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW);
    const value = section(content, 'value');
    expect(fact(value, 'Releases shipping its requests')).toBe('2.4.0');
    expect(fact(value, 'Requests shipped')).toBe('1');
    expect(cells(value, 'Shipped in the period from this account’s requests')).toEqual([['Faster access requests', '1', 'Release 2.4.0', '2026-09-01']]);
    expect(cells(section(content, 'roadmap'), 'Planned and in progress')).toEqual([['Lineage in reports', 'Planned', '2.5.0 (2026-10-15)']]);
  });

  it('dates a theme marked shipped with no release by its status change, and leaves out what shipped outside the period', () => {
    const acme = account(t.store, 'Theme Co', 150_000);
    const inQ3 = createTheme(t.store, { title: 'Bulk access', problemStatement: '' }, [], at('2026-07-01')).theme;
    const inQ4 = createTheme(t.store, { title: 'Dark mode', problemStatement: '' }, [], at('2026-07-01')).theme;
    for (const [theme, on] of [[inQ3, '2026-08-15'], [inQ4, '2026-10-15']] as const) {
      const r = createRequest(t.store, acme.id, pdfRequest(), at('2026-07-02'));
      linkRequest(t.store, r.id, theme.id, at('2026-07-02'));
      setThemeStatus(t.store, theme.id, 'planned', null, at('2026-07-03'));
      setThemeStatus(t.store, theme.id, 'shipped', null, at(on));
    }
    const value = section(buildQbrContent(t.store, acme.id, Q3, EMPTY_NARRATIVE, NOW), 'value');
    expect(cells(value, 'Shipped in the period from this account’s requests')).toEqual([['Bulk access', '1', 'Marked shipped', '2026-08-15']]);
    expect(fact(value, 'Releases shipping its requests')).toBe('None');
  });

  it('says so when nothing the account asked for shipped', () => {
    const quiet = account(t.store, 'Quiet Co', 20_000);
    const content = buildQbrContent(t.store, quiet.id, Q3, EMPTY_NARRATIVE, NOW);
    expect(table(section(content, 'value'), 'Shipped in the period from this account’s requests')).toMatchObject({ rows: [], empty: 'Nothing this account asked for shipped in this period.' });
    expect(table(section(content, 'roadmap'), 'Planned and in progress')).toMatchObject({ rows: [], empty: 'Nothing this account asked for is planned yet.' });
  });
});
