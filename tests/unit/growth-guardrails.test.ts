import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGuardrails } from '../../src/main/growth/guardrail-facts';
import { createOpportunity } from '../../src/main/growth/opportunities';
import { recordCheck, setOverride } from '../../src/main/health/service';
import { addTicket, openEscalation, stepEscalation, updateTicket, getAccountLifecycle } from '../../src/main/lifecycle/service';
import { DEFAULT_SMB_ESCALATION_MINUTES, type Severity, type TicketStatus } from '../../src/shared/lifecycle/support';
import { checkInput } from '../support/health-fixtures';
import { account, NOW } from '../support/feedback-fixtures';
import { createTestStore, type TestStore } from '../support/test-store';

/**
 * Seed 003's "When NOT to Upsell" read from the records that hold each fact: support tickets
 * and escalations (lifecycle) and the health tier and trend (health), on a real database.
 */
let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  // Past its first 90 days, so only the guardrail under test can hold.
  accountId = account(t.store, 'Acme', 120_000, { contractStart: '2025-01-01' }).id;
});
afterEach(() => t.close());

const reasons = () => checkGuardrails(t.store, accountId, NOW).guardrails.map((g) => g.reason);
const codes = () => checkGuardrails(t.store, accountId, NOW).guardrails.map((g) => g.code);

function ticket(ref: string, severity: Severity, status: TicketStatus) {
  const fields = {
    system: 'jira' as const,
    ref,
    url: `https://acme.atlassian.net/browse/${ref}`,
    title: 'Catalog sync fails',
    severity,
    status,
    openedOn: '2026-11-20',
    closedOn: status === 'solved' || status === 'closed' ? '2026-11-21' : null,
  };
  addTicket(t.store, { accountId, fields }, NOW);
  return { fields, id: getAccountLifecycle(t.store, accountId, NOW).tickets.find((x) => x.ref === ref)!.id };
}

const check = (checkedOn: string, score: number) =>
  recordCheck(t.store, checkInput(accountId, checkedOn, { usage: score, adoption: score, support: score, outcomes: score }), NOW);

describe('open P1/P2 tickets', () => {
  it('holds for an open or pending P1 or P2 and names how many', () => {
    expect(codes()).toEqual([]);
    ticket('ACME-1', 'P1', 'open');
    expect(reasons()).toEqual(['1 P1/P2 ticket is open.']);
    ticket('ACME-2', 'P2', 'pending');
    expect(reasons()).toEqual(['2 P1/P2 tickets are open.']);
  });

  it('ignores P3/P4 tickets and P1/P2 tickets once solved or closed', () => {
    ticket('ACME-3', 'P3', 'open');
    ticket('ACME-4', 'P4', 'open');
    ticket('ACME-5', 'P1', 'closed');
    const p2 = ticket('ACME-6', 'P2', 'open');
    expect(codes()).toEqual(['open-tickets']);
    updateTicket(t.store, { id: p2.id, fields: { ...p2.fields, status: 'solved', closedOn: '2026-11-24' } }, NOW);
    expect(codes()).toEqual([]);
  });

  it('stops creating an opportunity until a note says why, and keeps the reason with it', () => {
    ticket('ACME-1', 'P1', 'open');
    const fields = { kind: 'seats' as const, arr: 24_000, stage: 'identified' as const, nextStep: '', nextStepOn: null };
    expect(() => createOpportunity(t.store, accountId, fields, undefined, NOW)).toThrow(/1 P1\/P2 ticket is open\. Add a note/);
    const made = createOpportunity(t.store, accountId, fields, 'Ticket is a reporting glitch, exec sponsor asked', NOW);
    expect(made.overriddenGuardrails).toEqual([{ code: 'open-tickets', reason: '1 P1/P2 ticket is open.' }]);
  });
});

describe('escalations', () => {
  it('holds while an escalation is unresolved and lifts when it is resolved', () => {
    openEscalation(t.store, { accountId, fields: { level: 'L2', summary: 'Outage', owner: 'Sam', openedAt: '2026-11-25T09:00:00.000Z' } }, NOW, DEFAULT_SMB_ESCALATION_MINUTES);
    expect(reasons()).toEqual(['1 escalation is open.']);
    const [e] = getAccountLifecycle(t.store, accountId, NOW).escalations;
    stepEscalation(t.store, { id: e!.id, step: 'firstResponse', at: '2026-11-25T09:30:00.000Z' }, NOW);
    expect(codes()).toEqual(['escalation']);
    stepEscalation(t.store, { id: e!.id, step: 'resolved', at: '2026-11-25T09:50:00.000Z' }, NOW);
    expect(codes()).toEqual([]);
  });
});

describe('health tier and trend', () => {
  it('does not hold without a health check, nor for a yellow or green score holding steady', () => {
    expect(codes()).toEqual([]);
    check('2026-11-01', 60);
    check('2026-11-20', 58);
    expect(codes()).toEqual([]);
  });

  it('holds for red at the boundary (49) and not at 50', () => {
    check('2026-11-20', 49);
    expect(reasons()).toEqual(['Health is red.']);
    check('2026-11-22', 50);
    expect(codes()).toEqual([]);
  });

  it('holds when the score falls three points or more, even in green', () => {
    check('2026-11-01', 90);
    check('2026-11-20', 87);
    expect(reasons()).toEqual(['Health is falling.']);
    check('2026-11-22', 85);
    expect(codes()).toEqual([]);
  });

  it('says red and falling together', () => {
    check('2026-11-01', 60);
    check('2026-11-20', 40);
    expect(reasons()).toEqual(['Health is red and falling.']);
  });

  it("follows the CSM's override of the score, as the Health tab does", () => {
    check('2026-11-20', 80);
    expect(codes()).toEqual([]);
    setOverride(t.store, { accountId, score: 30, reason: 'Champion left, usage will drop', expiresOn: '2026-12-31' }, NOW);
    expect(reasons()).toEqual(['Health is red.']);
  });
});

it('lists every reason that holds, in the order seed 003 gives its concerns', () => {
  ticket('ACME-1', 'P2', 'open');
  openEscalation(t.store, { accountId, fields: { level: 'L1', summary: 'Slow exports', owner: '', openedAt: '2026-11-25T09:00:00.000Z' } }, NOW, DEFAULT_SMB_ESCALATION_MINUTES);
  check('2026-11-20', 20);
  expect(codes()).toEqual(['open-tickets', 'escalation', 'health']);
});
