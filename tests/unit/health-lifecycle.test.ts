import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateBook } from '../../src/main/health/service';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { signalsFromRecords, type RecordFigures, type RecordSignals } from '../../src/shared/health/record-signals';
import { milestoneAtRiskTriggers, recordPromoterTriggers, recordTicketSpikeTrigger, slaBreachTriggers, type RecordFacts } from '../../src/shared/health/record-triggers';
import type { Alert } from '../../src/shared/health/schema';
import { NO_SIGNALS } from '../../src/shared/health/signals';
import { suggestComponent } from '../../src/shared/health/suggest';
import { evaluateTriggers, newAlerts, type AccountFacts } from '../../src/shared/health/triggers';
import { accountFields, contactFields } from '../support/records';
import { testRuntimeOptions } from '../support/test-store';

const today = '2026-11-25';
const noRecords: RecordFacts = { lateMilestones: [], breachedEscalations: [], openHighTickets: [], promoters: [] };
const facts = (records: Partial<RecordFacts>): AccountFacts => ({
  today,
  latest: null,
  previous: null,
  renewalDate: null,
  championsLeft: [],
  licenses: [],
  records: { ...noRecords, ...records },
});
const figures = (over: Partial<RecordFigures> = {}): RecordFigures => ({
  ticketsP1: 0,
  ticketsP2: 0,
  ticketsP3: 0,
  ticketsRecorded: 0,
  nps: null,
  npsRespondents: 0,
  csat: null,
  csatRespondents: 0,
  milestonesAtRisk: 0,
  milestonesMet: 0,
  milestonesTotal: 0,
  openEscalations: 0,
  slaBreaches: 0,
  ...over,
});

describe('raw signals from the lifecycle records', () => {
  it('gives open tickets by severity with where they came from, only when tickets are recorded', () => {
    expect(signalsFromRecords(figures()).signals).toEqual([]);
    expect(signalsFromRecords(figures({ ticketsRecorded: 3, ticketsP1: 1, ticketsP2: 0, ticketsP3: 2 })).signals).toEqual([
      { key: 'ticketsP1', value: 1, source: 'Support tab: 1 open P1 ticket' },
      { key: 'ticketsP2', value: 0, source: 'Support tab: 0 open P2 tickets' },
      { key: 'ticketsP3', value: 2, source: 'Support tab: 2 open P3 tickets' },
    ]);
  });

  it("rounds the average of each contact's latest NPS half up to the whole number a check takes, and passes CSAT on", () => {
    const r = signalsFromRecords(figures({ nps: 8.5, npsRespondents: 2, csat: 4.3, csatRespondents: 3 }));
    expect(r.signals).toEqual([
      { key: 'nps', value: 9, source: 'Surveys: the latest NPS of 2 contacts 8.5, rounded' },
      { key: 'csat', value: 4.3, source: 'Surveys: the latest CSAT of 3 contacts' },
    ]);
    expect(signalsFromRecords(figures({ nps: 7, npsRespondents: 1 })).signals).toEqual([{ key: 'nps', value: 7, source: 'Surveys: the latest NPS of 1 contact' }]);
  });

  it('passes the success plan and escalations on for the dialog to show', () => {
    const r = signalsFromRecords(figures({ milestonesAtRisk: 1, milestonesMet: 2, milestonesTotal: 4, openEscalations: 2, slaBreaches: 1 }));
    expect(r.successPlan).toEqual({ atRisk: 1, met: 2, total: 4 });
    expect(r.escalations).toEqual({ open: 2, breached: 1 });
  });

  it('counts milestones at risk in the outcomes suggestion, and in no other component', () => {
    const outcomes = suggestComponent('outcomes', { ...NO_SIGNALS, paymentLate: false }, 'four-components', { atRisk: 1, total: 4 })!;
    expect(outcomes.basis).toEqual(['payment on time → 100', 'success plan: 1 of 4 milestones at risk → 75', 'mean of 2 → 88']);
    expect(outcomes.score).toBe(88);
    expect(suggestComponent('business', NO_SIGNALS, 'three-components', { atRisk: 2, total: 2 })!.score).toBe(0);
    expect(suggestComponent('usage', NO_SIGNALS, 'four-components', { atRisk: 1, total: 1 })).toBeNull();
    expect(suggestComponent('outcomes', NO_SIGNALS, 'four-components', { atRisk: 0, total: 0 })).toBeNull();
  });
});

describe('triggers from the lifecycle records', () => {
  it('raises "milestone at risk" per late milestone, the oldest first, one open at a time', () => {
    const hits = milestoneAtRiskTriggers(
      facts({
        lateMilestones: [
          { id: 'm2', title: 'Ten products', targetDate: '2026-11-20' },
          { id: 'm1', title: 'First domain live', targetDate: '2026-11-01' },
        ],
      }),
    );
    expect(hits.map((h) => [h.kind, h.cause, h.severity])).toEqual([
      ['milestone-at-risk', 'milestone:m1', 'high'],
      ['milestone-at-risk', 'milestone:m2', 'high'],
    ]);
    expect(hits[0]!.reason).toBe('Success-plan milestone "First domain live" was due on 2026-11-01 and is not met (24 days late).');
    expect(newAlerts(hits, new Set(), new Set())).toHaveLength(1);
    // Once m1's alert is closed, m2 may raise the next one.
    expect(newAlerts(hits, new Set(), new Set(['milestone-at-risk|milestone:m1'])).map((h) => h.cause)).toEqual(['milestone:m2']);
  });

  it('raises an urgent "SLA breached" per escalation past its response time, saying whether anyone responded', () => {
    const hits = slaBreachTriggers(
      facts({
        breachedEscalations: [
          { id: 'e1', level: 'L2', summary: 'Outage', dueAt: '2026-11-25T11:00:00.000Z', responded: false },
          { id: 'e2', level: 'L1', summary: 'Slow UI', dueAt: '2026-11-24T09:30:00.000Z', responded: true },
        ],
      }),
    );
    expect(hits.map((h) => [h.kind, h.cause, h.severity, h.reason])).toEqual([
      ['sla-breach', 'escalation:e1', 'urgent', 'Escalation L2 "Outage" has had no first response, due 2026-11-25 11:00 UTC.'],
      ['sla-breach', 'escalation:e2', 'urgent', 'Escalation L1 "Slow UI" got its first response after the time promised (due 2026-11-24 09:30 UTC).'],
    ]);
    expect(slaBreachTriggers(facts({}))).toEqual([]);
  });

  it('sees a ticket spike at two open P1/P2 tickets opened within 14 days, not at one, not older', () => {
    const t = (id: string, openedOn: string) => ({ id, ref: id.toUpperCase(), severity: 'P1', openedOn });
    expect(recordTicketSpikeTrigger(facts({ openHighTickets: [t('a', '2026-11-20')] }))).toBeNull();
    // Day 14 before today is outside the window; day 13 is inside.
    expect(recordTicketSpikeTrigger(facts({ openHighTickets: [t('a', '2026-11-11'), t('b', '2026-11-20')] }))).toBeNull();
    const hit = recordTicketSpikeTrigger(facts({ openHighTickets: [t('a', '2026-11-12'), t('b', '2026-11-20')] }))!;
    expect(hit).toMatchObject({ kind: 'ticket-spike', cause: 'ticket:b', severity: 'high' });
    expect(hit.reason).toBe('Support tickets spiked: 2 P1/P2 tickets opened within 14 days (P1 A, P1 B).');
  });

  it('asks promoters for a referral when their latest NPS answer is 9 or 10 and at most 90 days old', () => {
    const p = (responseId: string, score: number, respondedOn: string) => ({ responseId, name: 'Anna Meier', score, respondedOn });
    expect(recordPromoterTriggers(facts({ promoters: [p('r1', 8, '2026-11-20')] }))).toEqual([]);
    expect(recordPromoterTriggers(facts({ promoters: [p('r1', 9, '2026-08-26')] }))).toHaveLength(0);
    expect(recordPromoterTriggers(facts({ promoters: [p('r1', 9, '2026-08-27')] })).map((h) => [h.kind, h.cause])).toEqual([['promoter', 'survey:r1']]);
  });

  it('evaluates the record triggers with the check triggers', () => {
    const kinds = evaluateTriggers(
      facts({
        lateMilestones: [{ id: 'm1', title: 'Go-live', targetDate: '2026-11-01' }],
        breachedEscalations: [{ id: 'e1', level: 'L3', summary: 'Down', dueAt: '2026-11-25T08:00:00.000Z', responded: false }],
      }),
    ).map((h) => h.kind);
    expect(kinds).toEqual(['milestone-at-risk', 'sla-breach']);
  });
});

const APP = 'app://fieldbook/index.html';
describe('lifecycle records feed health through the IPC door', () => {
  let dir: string;
  let runtime: Runtime;
  let now: Date;
  const emitted: { channel: string; payload: unknown }[] = [];
  beforeEach(() => {
    now = new Date('2026-11-25T10:00:00.000Z');
    emitted.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'fieldbook-health-life-'));
    runtime = startRuntime({ ...testRuntimeOptions(dir, { appUrls: [APP], now: () => now }), emit: (channel: string, payload: unknown) => emitted.push({ channel, payload }) });
  });
  afterEach(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });
  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const r = await runtime.invoke(channel, APP, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
    return r.value as T;
  }
  const account = async () => (await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null, arr: 150_000 }))).id;
  const kinds = async (accountId: string, status: 'active' | 'closed' = 'active') => (await call<Alert[]>('health:alerts', { accountId, status })).map((a) => a.kind);
  const ticket = (accountId: string, ref: string, severity: string, openedOn: string) =>
    call('lifecycle:addTicket', {
      accountId,
      fields: { system: 'jira', ref, url: `https://acme.atlassian.net/browse/${ref}`, title: 'Sync fails', severity, status: 'open', openedOn, closedOn: null },
    });

  it("fills the check's ticket and survey signals from the records, saying where each came from", async () => {
    const id = await account();
    expect((await call<RecordSignals>('health:recordSignals', { accountId: id })).signals).toEqual([]);
    await ticket(id, 'ACME-1', 'P1', '2026-11-01');
    const anna = await call<{ id: string }>('contacts:create', { accountId: id, fields: contactFields('Anna Meier') });
    await call('lifecycle:recordSurvey', { accountId: id, fields: { contactId: anna.id, kind: 'nps', score: 7, respondedOn: '2026-11-20', comment: '' } });
    const r = await call<RecordSignals>('health:recordSignals', { accountId: id });
    expect(r.signals.map((s) => [s.key, s.value])).toEqual([
      ['ticketsP1', 1],
      ['ticketsP2', 0],
      ['ticketsP3', 0],
      ['nps', 7],
    ]);
  });

  it('links a promoter alert to the NPS answer that raised it, the one Growth suggests asking for advocacy', async () => {
    const id = await account();
    const anna = await call<{ id: string }>('contacts:create', { accountId: id, fields: contactFields('Anna Meier') });
    await call('lifecycle:recordSurvey', { accountId: id, fields: { contactId: anna.id, kind: 'nps', score: 10, respondedOn: '2026-11-20', comment: 'Saves us hours' } });
    const [promoter] = await call<{ surveyResponseId: string; contactId: string }[]>('growth:promoters', { accountId: id });
    const alerts = await call<Alert[]>('health:alerts', { accountId: id });
    expect(alerts.map((a) => [a.kind, a.surveyResponseId])).toEqual([['promoter', promoter!.surveyResponseId]]);
    expect(promoter!.contactId).toBe(anna.id);
    // Other alerts carry no answer.
    await ticket(id, 'ACME-1', 'P1', '2026-11-24');
    await ticket(id, 'ACME-2', 'P1', '2026-11-24');
    const others = (await call<Alert[]>('health:alerts', { accountId: id })).filter((a) => a.kind !== 'promoter');
    expect(others.map((a) => [a.kind, a.surveyResponseId])).toEqual([['ticket-spike', null]]);
  });

  it('raises "milestone at risk" when a milestone is late, once, and not again for the same milestone once closed', async () => {
    const id = await account();
    const life = await call<{ goals: { id: string }[] }>('lifecycle:addGoal', { accountId: id, fields: { title: 'Self-service', description: '' } });
    const goalId = life.goals[0]!.id;
    const milestone = (title: string, targetDate: string) =>
      call('lifecycle:addMilestone', { goalId, fields: { title, owner: 'customer', evidenceType: 'event', targetDate, status: 'planned' } });
    await milestone('Pilot live', '2026-12-10');
    expect(await kinds(id)).toEqual([]);
    await milestone('First domain live', '2026-11-01');
    expect(await kinds(id)).toEqual(['milestone-at-risk']);
    const raisedEvents = emitted.filter((e) => e.channel === 'health:alertsRaised');
    expect(raisedEvents).toHaveLength(1);
    await milestone('Second domain live', '2026-11-10');
    expect(await kinds(id)).toEqual(['milestone-at-risk']);

    const [alert] = await call<Alert[]>('health:alerts', { accountId: id });
    expect(alert!.reason).toContain('First domain live');
    await call('health:acknowledgeAlert', { id: alert!.id, action: 'Agreed a new date with the sponsor' });
    await call('health:closeAlert', { id: alert!.id, outcome: 'Moved to January' });
    // The next late milestone raises its own alert; the closed one's never comes back.
    const next = await call<Alert[]>('health:alerts', { accountId: id });
    expect(next.map((a) => a.reason)).toEqual([expect.stringContaining('Second domain live')]);
    const health = await call<{ risk: string | null }>('health:get', { accountId: id });
    expect(health.risk).not.toBeNull();
  });

  it('raises "SLA breached" once the response time passes, at the next evaluation, and a ticket spike from two new P1s', async () => {
    const id = await account();
    await call('lifecycle:openEscalation', { accountId: id, fields: { level: 'L2', summary: 'Outage in production', owner: 'Sam', openedAt: '2026-11-25T09:00:00.000Z' } });
    expect(await kinds(id)).toEqual([]);
    now = new Date('2026-11-25T11:30:00.000Z');
    const { raised } = evaluateBook(runtime.store!, now);
    expect(raised.map((a) => [a.kind, a.severity])).toEqual([['sla-breach', 'urgent']]);
    evaluateBook(runtime.store!, now);
    expect(await kinds(id)).toEqual(['sla-breach']);

    await ticket(id, 'ACME-7', 'P1', '2026-11-20');
    expect(await kinds(id)).toEqual(['sla-breach']);
    await ticket(id, 'ACME-8', 'P2', '2026-11-24');
    expect((await kinds(id)).sort()).toEqual(['sla-breach', 'ticket-spike']);
  });
});
