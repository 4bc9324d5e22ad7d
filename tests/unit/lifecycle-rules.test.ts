import { describe, expect, it } from 'vitest';
import { kitProgress } from '../../src/shared/lifecycle/onboarding-kit';
import { KitShareFields, SurveyFields, TicketFields } from '../../src/shared/lifecycle/schema';
import { secretRefusal } from '../../src/shared/lifecycle/secrets';
import { milestoneAtRisk, planOutcomes } from '../../src/shared/lifecycle/success-plan';
import { formatMinutes, openBySeverity, responseMinutes, slaClock } from '../../src/shared/lifecycle/support';
import { latestPerContact, netPromoterScore, npsGroup, surveyFigures, surveyTrend } from '../../src/shared/lifecycle/surveys';

describe('secrets are refused in the onboarding kit', () => {
  it('refuses a GitLab token and says why', () => {
    const why = secretRefusal('sent glpat-Ab3xYz9QwErTy12345678 to Marco');
    expect(why).toMatch(/GitLab personal access token/);
    expect(why).toMatch(/never stores secrets/);
  });

  it('refuses a long random string, a private key and a URL carrying a token', () => {
    expect(secretRefusal('k8Zq2LmN4vB7xR1tY6wP0sD3')).toMatch(/long random string/);
    expect(secretRefusal('-----BEGIN OPENSSH PRIVATE KEY-----')).toMatch(/private key/);
    expect(secretRefusal('https://gitlab.example.com/api/v4/projects?private_token=abcdefgh12345')).toMatch(/credential/);
    expect(secretRefusal('https://bob:hunter2@example.com/repo')).toMatch(/password/);
  });

  it('accepts what a CSM really writes: names, file names, Jira links, ticket ids', () => {
    for (const text of [
      'Sent to Marco Rossi, platform lead',
      'values-production-eu-west-1.yaml reviewed together',
      'https://acme.atlassian.net/jira/software/projects/ACME/boards/12',
      'internationalization walkthrough at ACME-1234',
      'https://drive.example.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view',
      '',
    ]) {
      expect(secretRefusal(text), text).toBeNull();
    }
  });

  it('the kit form refuses a token in its note with the reason on the field', () => {
    const result = KitShareFields.safeParse({ sharedOn: '2026-11-30', channel: 'secure-share', note: 'glpat-xxxxxxxxxxxxxxxxxxxx' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['note']);
    expect(result.error?.issues[0]?.message).toMatch(/GitLab/);
  });

  it('counts kit progress over the known items only', () => {
    expect(kitProgress(['welcome', 'license', 'nonsense'])).toEqual({ shared: 2, total: 9, complete: false });
    expect(
      kitProgress(['welcome', 'license', 'registry-token', 'values-yaml', 'installation-playbook', 'bug-tracker', 'starter-kit', 'tutorials', 'ai-assistant'])
        .complete,
    ).toBe(true);
  });
});

describe('milestone risk', () => {
  it('is raised the day after the target date while not met', () => {
    expect(milestoneAtRisk({ status: 'planned', targetDate: '2026-11-29' }, '2026-11-30')).toBe(true);
    expect(milestoneAtRisk({ status: 'in-progress', targetDate: '2026-11-29' }, '2026-11-30')).toBe(true);
  });
  it('is not raised on the target day, for a met or dropped milestone, or before the date', () => {
    expect(milestoneAtRisk({ status: 'planned', targetDate: '2026-11-30' }, '2026-11-30')).toBe(false);
    expect(milestoneAtRisk({ status: 'met', targetDate: '2026-01-01' }, '2026-11-30')).toBe(false);
    expect(milestoneAtRisk({ status: 'dropped', targetDate: '2026-01-01' }, '2026-11-30')).toBe(false);
    expect(milestoneAtRisk({ status: 'planned', targetDate: '2027-01-01' }, '2026-11-30')).toBe(false);
  });
  it('summarises outcomes without counting dropped milestones', () => {
    expect(
      planOutcomes(
        [
          { status: 'met', targetDate: '2026-01-01' },
          { status: 'planned', targetDate: '2026-01-01' },
          { status: 'dropped', targetDate: '2026-01-01' },
          { status: 'planned', targetDate: '2027-01-01' },
        ],
        '2026-11-30',
      ),
    ).toEqual({ total: 3, met: 1, atRisk: 1 });
  });
});

describe('NPS arithmetic', () => {
  it('groups 9–10 as promoters, 7–8 passives, 0–6 detractors', () => {
    expect([10, 9, 8, 7, 6, 0].map(npsGroup)).toEqual(['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
  });
  it('is the share of promoters minus the share of detractors', () => {
    // 5 promoters, 3 passives, 2 detractors of 10: 50 % − 20 % = 30.
    expect(netPromoterScore([10, 9, 9, 10, 9, 8, 7, 7, 3, 6])).toEqual({ score: 30, promoters: 5, passives: 3, detractors: 2, responses: 10 });
    expect(netPromoterScore([0, 1, 2]).score).toBe(-100);
    expect(netPromoterScore([7, 8]).score).toBe(0);
    expect(netPromoterScore([]).score).toBeNull();
    // 1 promoter of 3: 33.3 → 33.
    expect(netPromoterScore([9, 7, 8]).score).toBe(33);
  });
  it("counts each contact's latest answer only", () => {
    const responses = [
      { contactId: 'a', kind: 'nps' as const, score: 2, respondedOn: '2026-01-10', createdAt: '2026-01-10T10:00:00.000Z' },
      { contactId: 'a', kind: 'nps' as const, score: 10, respondedOn: '2026-07-10', createdAt: '2026-07-10T10:00:00.000Z' },
      { contactId: 'b', kind: 'nps' as const, score: 8, respondedOn: '2026-07-01', createdAt: '2026-07-01T10:00:00.000Z' },
      { contactId: 'b', kind: 'csat' as const, score: 5, respondedOn: '2026-07-01', createdAt: '2026-07-01T10:00:00.000Z' },
      { contactId: 'c', kind: 'csat' as const, score: 4, respondedOn: '2026-07-01', createdAt: '2026-07-01T10:00:00.000Z' },
    ];
    expect(latestPerContact(responses, 'nps').map((r) => r.score).sort()).toEqual([10, 8]);
    const figures = surveyFigures(responses);
    expect(figures.nps).toMatchObject({ score: 50, promoters: 1, passives: 1, detractors: 0 });
    expect(figures.csat).toEqual({ average: 4.5, responses: 2 });
    expect(figures.ces).toEqual({ average: null, responses: 0 });
  });
  it('gives a half-yearly trend for the QBR pack, oldest first', () => {
    const r = (contactId: string, kind: 'nps' | 'csat', score: number, respondedOn: string) => ({ contactId, kind, score, respondedOn, createdAt: `${respondedOn}T10:00:00.000Z` });
    expect(
      surveyTrend([r('a', 'nps', 10, '2026-11-02'), r('b', 'nps', 3, '2026-10-01'), r('a', 'nps', 4, '2026-03-01'), r('a', 'csat', 5, '2026-06-30')]),
    ).toEqual([
      { period: '2026-H1', nps: -100, csat: 5, responses: 2 },
      { period: '2026-H2', nps: 0, csat: null, responses: 2 },
    ]);
  });

  it('refuses a score outside its scale with the scale in the message', () => {
    const base = { contactId: '0b9a1f4e-2a6c-4c1e-9f1a-8a8b2c3d4e5f', respondedOn: '2026-11-30', comment: '' };
    expect(SurveyFields.safeParse({ ...base, kind: 'nps', score: 11 }).error?.issues[0]?.message).toBe('NPS is scored 0–10');
    expect(SurveyFields.safeParse({ ...base, kind: 'csat', score: 0 }).error?.issues[0]?.message).toBe('CSAT is scored 1–5');
    expect(SurveyFields.safeParse({ ...base, kind: 'ces', score: 7 }).success).toBe(true);
  });
});

describe('SLA clocks', () => {
  it("follows seed 001's response times, SMB above L1 from its setting", () => {
    expect(responseMinutes('Enterprise', 'L1')).toBe(240);
    expect(responseMinutes('Enterprise', 'L4')).toBe(30);
    expect(responseMinutes('Mid-Market', 'L1')).toBe(1440);
    expect(responseMinutes('Mid-Market', 'L2')).toBe(480);
    expect(responseMinutes('SMB', 'L1')).toBe(2880);
    expect(responseMinutes('SMB', 'L2')).toBe(480);
    expect(responseMinutes('SMB', 'L3', { L2: 600, L3: 300, L4: 90 })).toBe(300);
  });

  it('runs across midnight', () => {
    const escalation = { openedAt: '2026-11-30T22:30:00.000Z', firstResponseAt: null, responseMinutes: 240 };
    const atMidnight = slaClock(escalation, new Date('2026-12-01T00:00:00.000Z'));
    expect(atMidnight).toEqual({ dueAt: '2026-12-01T02:30:00.000Z', state: 'running', minutesLeft: 150 });
    const after = slaClock(escalation, new Date('2026-12-01T02:31:00.000Z'));
    expect(after.state).toBe('breached');
    expect(after.minutesLeft).toBe(-1);
  });

  it('counts real hours across a daylight-saving change', () => {
    // Opened at 01:30 in Rome on the night clocks go forward (CET +01:00 → CEST +02:00 at 02:00).
    const escalation = { openedAt: new Date('2026-03-29T01:30:00+01:00').toISOString(), firstResponseAt: null, responseMinutes: 240 };
    const clock = slaClock(escalation, new Date('2026-03-29T06:00:00+02:00'));
    // Four real hours later is 06:30 on the new wall clock, not 05:30.
    expect(Date.parse(clock.dueAt)).toBe(Date.parse('2026-03-29T06:30:00+02:00'));
    expect(clock).toMatchObject({ state: 'running', minutesLeft: 30 });
    // And when clocks go back (CEST → CET at 03:00), a 2-hour promise is still 2 real hours.
    const autumn = slaClock({ openedAt: new Date('2026-10-25T02:30:00+02:00').toISOString(), firstResponseAt: null, responseMinutes: 120 }, new Date('2026-10-25T03:29:00+01:00'));
    expect(autumn).toMatchObject({ state: 'running', minutesLeft: 1 });
  });

  it('is met or missed by the first response', () => {
    const base = { openedAt: '2026-11-30T10:00:00.000Z', responseMinutes: 60 };
    expect(slaClock({ ...base, firstResponseAt: '2026-11-30T11:00:00.000Z' }, new Date('2026-12-05T00:00:00Z')).state).toBe('met');
    expect(slaClock({ ...base, firstResponseAt: '2026-11-30T11:00:01.000Z' }, new Date('2026-12-05T00:00:00Z')).state).toBe('missed');
  });

  it('shows durations the way the clock reads them', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(-135)).toBe('2 h 15 min');
    expect(formatMinutes(240)).toBe('4 h');
    expect(formatMinutes(1500)).toBe('1 d 1 h');
  });
});

describe('tickets', () => {
  it('counts open and pending tickets by severity', () => {
    expect(
      openBySeverity([
        { severity: 'P1', status: 'open' },
        { severity: 'P1', status: 'pending' },
        { severity: 'P2', status: 'closed' },
        { severity: 'P4', status: 'open' },
      ]),
    ).toEqual({ P1: 2, P2: 0, P3: 0, P4: 1 });
  });
  it('takes only https links and refuses one carrying a token', () => {
    const base = { system: 'jira', ref: 'ACME-12', title: 'Login fails', severity: 'P2', status: 'open', openedOn: '2026-11-01', closedOn: null };
    expect(TicketFields.safeParse({ ...base, url: 'javascript:alert(1)' }).error?.issues[0]?.message).toMatch(/https/);
    expect(TicketFields.safeParse({ ...base, url: 'https://x.example/browse/ACME-12?token=abcdefgh12345678' }).success).toBe(false);
    expect(TicketFields.safeParse({ ...base, url: 'https://acme.atlassian.net/browse/ACME-12' }).success).toBe(true);
    expect(TicketFields.safeParse({ ...base, url: '', closedOn: '2026-10-01' }).error?.issues[0]?.path).toEqual(['closedOn']);
  });
});
