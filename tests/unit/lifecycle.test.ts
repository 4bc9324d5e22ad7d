import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountLifecycle } from '../../src/shared/lifecycle/schema';
import { archiveAccount, createAccount } from '../../src/main/accounts/service';
import { createContact } from '../../src/main/contacts/service';
import { lifecycleHealthInputs } from '../../src/main/lifecycle/health-inputs';
import {
  addGoal,
  addMilestone,
  addTicket,
  getAccountLifecycle,
  getBookLifecycle,
  openEscalation,
  recordSurvey,
  removeLifecycleRecord,
  stepEscalation,
  updateMilestone,
} from '../../src/main/lifecycle/service';
import { search } from '../../src/main/search/service';
import { listTasks } from '../../src/main/tasks/repository';
import { DEFAULT_SMB_ESCALATION_MINUTES } from '../../src/shared/lifecycle/support';
import { createTestStore, type TestStore } from '../support/test-store';
import { useTestRuntime, valueOf } from '../support/test-runtime';
import { issueLicense, revokeLicense } from '../../src/main/licenses/service';
import { actingPerson } from '../../src/main/settings/actor';
import { licenseFields } from '../support/license-fixtures';
import { memoryKeyStore } from '../support/memory-key-store';

const now = new Date('2026-11-25T10:00:00.000Z');
const accountFields = (name: string, arr: number) => ({
  name,
  arr,
  segmentOverride: null,
  stage: 'Onboarding' as const,
  ownerCsm: '',
  contractStart: null,
  renewalDate: null,
  productVersion: '',
  notes: '',
});
const contactFields = (name: string) => ({
  name,
  title: '',
  role: '',
  email: '',
  phone: '',
  salutation: '',
  isChampion: false,
  isDecisionMaker: false,
  isSponsor: false,
  leftOn: null,
});

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, accountFields('Helvetia Data', 150_000), now).id;
});
afterEach(() => t.close());

const survey = (contactId: string, kind: 'nps' | 'csat' | 'ces', score: number, respondedOn = '2026-11-20', comment = '') =>
  recordSurvey(t.store, { accountId, fields: { contactId, kind, score, respondedOn, comment } }, now);

describe('onboarding kit', () => {
  it('ticks the license item when a license is issued, and unticks it when that license is revoked', () => {
    expect(getAccountLifecycle(t.store, accountId, now).kit.items.find((i) => i.key === 'license')?.sharedOn).toBeNull();
    const license = issueLicense(t.store, memoryKeyStore(), { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const life = getAccountLifecycle(t.store, accountId, now);
    expect(life.kit.items.find((i) => i.key === 'license')).toMatchObject({ sharedOn: '2026-11-25', fromLicense: true });
    expect(life.kit.progress.shared).toBe(1);
    revokeLicense(t.store, license.id, 'Issued to the wrong entity', now, actingPerson(t.store));
    expect(getAccountLifecycle(t.store, accountId, now).kit.progress.shared).toBe(0);
  });
});

describe('success plan', () => {
  it('flags a milestone past its date and not met, on the account, on Today and for health', () => {
    const goalId = addGoal(t.store, { accountId, fields: { title: 'Self-service data products', description: '' } }, now).goals[0]!.id;
    const late = addMilestone(
      t.store,
      { goalId, fields: { title: 'First domain live', owner: 'customer', evidenceType: 'event', targetDate: '2026-11-01', status: 'in-progress' } },
      now,
    );
    addMilestone(t.store, { goalId, fields: { title: 'Ten products', owner: 'us', evidenceType: 'artifact', targetDate: '2027-03-01', status: 'planned' } }, now);
    const life = getAccountLifecycle(t.store, accountId, now);
    expect(life.goals[0]!.milestones.map((m) => [m.title, m.atRisk])).toEqual([
      ['First domain live', true],
      ['Ten products', false],
    ]);
    expect(life.outcomes).toEqual({ total: 2, met: 0, atRisk: 1 });
    expect(getBookLifecycle(t.store, now).milestonesAtRisk).toMatchObject([{ accountName: 'Helvetia Data', title: 'First domain live', goalTitle: 'Self-service data products' }]);
    expect(lifecycleHealthInputs(t.store, accountId, now).milestonesAtRisk).toBe(1);

    const lateId = late.goals[0]!.milestones[0]!.id;
    updateMilestone(t.store, { id: lateId, fields: { title: 'First domain live', owner: 'customer', evidenceType: 'event', targetDate: '2026-11-01', status: 'met' } }, now);
    expect(getBookLifecycle(t.store, now).milestonesAtRisk).toEqual([]);
    expect(search(t.store, { text: 'domain live', kinds: ['success-goal'] }).groups[0]?.hits[0]?.title.text).toBe('Self-service data products');
  });

  it('leaves archived accounts off Today', () => {
    const goalId = addGoal(t.store, { accountId, fields: { title: 'Goal', description: '' } }, now).goals[0]!.id;
    addMilestone(t.store, { goalId, fields: { title: 'Late', owner: 'us', evidenceType: 'event', targetDate: '2026-01-01', status: 'planned' } }, now);
    archiveAccount(t.store, accountId, now);
    expect(getBookLifecycle(t.store, now).milestonesAtRisk).toEqual([]);
  });
});

describe('surveys', () => {
  it("gives the account's NPS from each contact's latest answer and the book's figures", () => {
    const anna = createContact(t.store, accountId, contactFields('Anna Meier'), now).id;
    const luca = createContact(t.store, accountId, contactFields('Luca Brun'), now).id;
    survey(anna, 'nps', 3, '2026-05-01');
    survey(anna, 'nps', 10, '2026-11-01');
    survey(luca, 'nps', 7);
    survey(luca, 'csat', 5);
    survey(anna, 'csat', 4);
    const life = getAccountLifecycle(t.store, accountId, now);
    expect(life.surveys.figures.nps).toMatchObject({ score: 50, promoters: 1, passives: 1, detractors: 0 });
    expect(life.surveys.figures.csat).toEqual({ average: 4.5, responses: 2 });
    expect(getBookLifecycle(t.store, now).figures.nps.score).toBe(50);
    const health = lifecycleHealthInputs(t.store, accountId, now);
    expect(health).toMatchObject({ nps: 8.5, csat: 4.5, promoters: ['Anna Meier'] });
  });

  it('creates a follow-up task for a detractor and keeps one rolling semi-annual survey task', () => {
    const anna = createContact(t.store, accountId, contactFields('Anna Meier'), now).id;
    survey(anna, 'nps', 4, '2026-11-20', 'Upgrades are painful');
    survey(anna, 'nps', 8, '2026-11-24');
    const open = listTasks(t.store, { accountId, status: 'open' });
    expect(open.filter((task) => task.sourceKind === 'survey-follow-up').map((task) => [task.title, task.dueOn])).toEqual([
      ['Follow up with Anna Meier on their NPS of 4', '2026-11-27'],
    ]);
    expect(open.filter((task) => task.sourceKind === 'survey-cadence').map((task) => task.dueOn)).toEqual(['2027-05-24']);
    // An older answer recorded late doesn't move the next survey back.
    survey(anna, 'csat', 5, '2026-09-01');
    expect(listTasks(t.store, { accountId, status: 'open' }).filter((task) => task.sourceKind === 'survey-cadence').map((task) => task.dueOn)).toEqual([
      '2027-05-24',
    ]);
    expect(search(t.store, { text: 'upgrades painful', kinds: ['survey-response'] }).groups[0]?.hits[0]?.title.text).toBe('NPS 4 · Anna Meier');
  });

  it("refuses another account's contact and a future date; keeps answers when the contact is deleted", async () => {
    const other = createAccount(t.store, accountFields('Other', 10_000), now).id;
    const stranger = createContact(t.store, other, contactFields('Stranger'), now).id;
    expect(() => survey(stranger, 'nps', 9)).toThrow(/this account’s contacts/);
    const anna = createContact(t.store, accountId, contactFields('Anna Meier'), now).id;
    expect(() => survey(anna, 'nps', 9, '2026-12-25')).toThrow(/future/);
    survey(anna, 'nps', 9);
    const { removeContact } = await import('../../src/main/contacts/service');
    removeContact(t.store, anna);
    const life = getAccountLifecycle(t.store, accountId, now);
    expect(life.surveys.responses.map((r) => [r.contactId, r.contactName])).toEqual([[null, 'Anna Meier']]);
    expect(life.surveys.figures.nps.score).toBe(100);
  });
});

describe('tickets and escalations', () => {
  it('counts open tickets by severity and a spike in the last 30 days for health; tickets are searchable', () => {
    const ticket = (ref: string, severity: 'P1' | 'P2' | 'P3' | 'P4', status: 'open' | 'closed', openedOn: string) =>
      addTicket(
        t.store,
        { accountId, fields: { system: 'jira', ref, url: `https://acme.atlassian.net/browse/${ref}`, title: 'Catalog sync fails', severity, status, openedOn, closedOn: status === 'closed' ? openedOn : null } },
        now,
      );
    ticket('ACME-1', 'P1', 'open', '2026-11-20');
    ticket('ACME-2', 'P2', 'open', '2026-11-10');
    ticket('ACME-3', 'P2', 'closed', '2026-10-10');
    const life = getAccountLifecycle(t.store, accountId, now);
    expect(life.openBySeverity).toEqual({ P1: 1, P2: 1, P3: 0, P4: 0 });
    expect(lifecycleHealthInputs(t.store, accountId, now)).toMatchObject({ ticketsP1: 1, ticketsP2: 1, ticketsP3: 0, ticketsOpenedLast30d: 2, ticketsOpenedPrior30d: 1 });
    expect(search(t.store, { text: 'ACME-1', kinds: ['support-ticket'] }).groups[0]?.hits.map((h) => h.title.text)).toContain('ACME-1 · Catalog sync fails');
  });

  it("freezes the segment's promise at opening, runs the clock, and breaches when nobody responded", () => {
    // Enterprise (ARR 150K), L2: 2 hours.
    openEscalation(t.store, { accountId, fields: { level: 'L2', summary: 'Outage in production', owner: 'Sam', openedAt: '2026-11-25T09:00:00.000Z' } }, now, DEFAULT_SMB_ESCALATION_MINUTES);
    let [e] = getAccountLifecycle(t.store, accountId, now).escalations;
    expect(e).toMatchObject({ segment: 'Enterprise', responseMinutes: 120, clock: { state: 'running', minutesLeft: 60, dueAt: '2026-11-25T11:00:00.000Z' } });
    const later = new Date('2026-11-25T11:30:00.000Z');
    [e] = getAccountLifecycle(t.store, accountId, later).escalations;
    expect(e!.clock.state).toBe('breached');
    expect(lifecycleHealthInputs(t.store, accountId, later)).toMatchObject({ openEscalations: 1, slaBreaches: 1 });
    expect(getBookLifecycle(t.store, later).openEscalations[0]).toMatchObject({ accountName: 'Helvetia Data', clock: { state: 'breached' } });

    expect(() => stepEscalation(t.store, { id: e!.id, step: 'firstResponse', at: '2026-11-25T08:00:00.000Z' }, later)).toThrow(/before the escalation opened/);
    stepEscalation(t.store, { id: e!.id, step: 'resolved', at: '2026-11-25T11:20:00.000Z' }, later);
    [e] = getAccountLifecycle(t.store, accountId, later).escalations;
    expect(e).toMatchObject({ firstResponseAt: '2026-11-25T11:20:00.000Z', resolvedAt: '2026-11-25T11:20:00.000Z', clock: { state: 'missed' } });
    expect(getBookLifecycle(t.store, later).openEscalations).toEqual([]);
    removeLifecycleRecord(t.store, { kind: 'escalation', id: e!.id }, later);
    expect(search(t.store, { text: 'outage', kinds: ['escalation'] }).groups).toEqual([]);
  });

  it('gives SMB its 48 hours at L1 and the settings above it', () => {
    const smb = createAccount(t.store, accountFields('Tiny Co', 10_000), now).id;
    const open = (level: 'L1' | 'L3') =>
      openEscalation(t.store, { accountId: smb, fields: { level, summary: 's', owner: '', openedAt: now.toISOString() } }, now, { L2: 600, L3: 300, L4: 100 });
    open('L1');
    const life = open('L3');
    expect(life.escalations.map((e) => e.responseMinutes).sort((a, b) => a - b)).toEqual([300, 2880]);
  });
});

describe('through the IPC door', () => {
  const rt = useTestRuntime('lifecycle-ipc', { now: () => now });
  const call = rt.call;

  it('refuses a token pasted into the kit, says why, and stores nothing', async () => {
    const id = valueOf<{ id: string }>(await call('accounts:create', accountFields('Acme', 50_000))).id;
    const refused = await call('lifecycle:shareKitItem', {
      accountId: id,
      itemKey: 'registry-token',
      fields: { sharedOn: '2026-11-25', channel: 'secure-share', note: 'token is glpat-9f8e7d6c5b4a3f2e1d0c' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.message).toMatch(/GitLab personal access token/);
      expect(refused.error.issues?.[0]?.path).toEqual(['fields', 'note']);
    }
    const life = valueOf<AccountLifecycle>(await call('lifecycle:get', { accountId: id }));
    expect(life.kit.items.find((i) => i.key === 'registry-token')?.sharedOn).toBeNull();
    const rows = rt.runtime.store!.all(rt.runtime.store!.q.selectFrom('kit_items').selectAll());
    expect(rows).toEqual([]);

    const shared = valueOf<AccountLifecycle>(
      await call('lifecycle:shareKitItem', { accountId: id, itemKey: 'registry-token', fields: { sharedOn: '2026-11-25', channel: 'secure-share', note: 'Sent to the platform lead' } }),
    );
    expect(shared.kit.progress).toEqual({ shared: 1, total: 9, complete: false });
  });

  it('refuses an NPS of 11 and a crafted ticket URL', async () => {
    const id = valueOf<{ id: string }>(await call('accounts:create', accountFields('Acme', 50_000))).id;
    const contact = valueOf<{ id: string }>(await call('contacts:create', { accountId: id, fields: contactFields('Anna') })).id;
    const nps = await call('lifecycle:recordSurvey', { accountId: id, fields: { contactId: contact, kind: 'nps', score: 11, respondedOn: '2026-11-25', comment: '' } });
    expect(!nps.ok && nps.error.message).toMatch(/NPS is scored 0–10/);
    const ticket = await call('lifecycle:addTicket', {
      accountId: id,
      fields: { system: 'other', ref: 'X', url: 'file:///etc/passwd', title: '', severity: 'P3', status: 'open', openedOn: '2026-11-25', closedOn: null },
    });
    expect(!ticket.ok && ticket.error.message).toMatch(/https/);
  });
});
