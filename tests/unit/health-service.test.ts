import { beforeEach, describe, expect, it } from 'vitest';
import { evaluateBook } from '../../src/main/health/service';
import type { AccountHealth, Alert, HealthCheck, Portfolio, Today } from '../../src/shared/health/schema';
import { accountFields, contactFields } from '../support/records';
import { checkInput } from '../support/health-fixtures';
import { useTestRuntime } from '../support/test-runtime';

let now = new Date('2026-11-25T10:00:00.000Z');

beforeEach(() => {
  now = new Date('2026-11-25T10:00:00.000Z');
});
const rt = useTestRuntime('health', { now: () => now });

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const r = await rt.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.value as T;
}
const refused = async (channel: string, input: unknown) => {
  const r = await rt.call(channel, input);
  if (r.ok) throw new Error(`${channel} was accepted`);
  return r.error;
};
const account = async (over: Parameters<typeof accountFields>[0] = {}) => (await call<{ id: string }>('accounts:create', accountFields(over))).id;
const rows = (table: string) => rt.runtime.store!.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();

describe('recording a health check', () => {
  it('scores 80 / 60 / 50 / 40 as 64, yellow, each component explaining its points', async () => {
    const id = await account({ renewalDate: null });
    const check = await call<HealthCheck>('health:recordCheck', checkInput(id, '2026-11-25', { usage: 80, adoption: 60, support: 50, outcomes: 40 }));
    expect(check).toMatchObject({ score: 64, tier: 'yellow', partial: false, modelId: 'four-components' });
    expect(check.contributions.map((c) => [c.label, c.points])).toEqual([
      ['Product usage', 32],
      ['Feature adoption', 18],
      ['Support engagement', 10],
      ['Business outcomes', 4],
    ]);
    const health = await call<AccountHealth>('health:get', { accountId: id });
    expect(health).toMatchObject({ score: 64, tier: 'yellow', risk: 'watch', trend: null });
    expect(health.history).toHaveLength(1);
  });

  it('marks a check without one component partial: 80 / 60 / 50 / — is 67', async () => {
    const id = await account();
    const check = await call<HealthCheck>('health:recordCheck', checkInput(id, '2026-11-25', { usage: 80, adoption: 60, support: 50, outcomes: null }));
    expect(check).toMatchObject({ score: 67, partial: true, present: 3, total: 4 });
  });

  it('refuses bad input at the field and stores nothing', async () => {
    const id = await account();
    const before = rows('health_checks');
    expect((await refused('health:recordCheck', checkInput(id, '2026-11-25', { usage: 101 }))).issues?.[0]).toMatchObject({ path: ['scores', 'usage'], message: 'A score is 0 to 100' });
    expect((await refused('health:recordCheck', checkInput(id, '2026-11-25', { usage: 50 }, { licensedSeats: -3 }))).issues?.[0]).toMatchObject({
      path: ['signals', 'licensedSeats'],
      message: "The seat count can't be negative",
    });
    expect((await refused('health:recordCheck', checkInput(id, '2026-11-25', {}))).issues?.[0]).toMatchObject({ path: ['scores'], message: 'Score at least one component' });
    expect((await refused('health:recordCheck', checkInput(id, '2026-11-26', { usage: 50 }))).issues?.[0]?.path).toEqual(['checkedOn']);
    expect((await refused('health:recordCheck', checkInput(id, '2026-11-25', { engagement: 50 }))).issues?.[0]?.path).toEqual(['scores', 'engagement']);
    expect(rows('health_checks')).toEqual(before);
  });

  it('keeps each score with the weights it was computed with when the model or weights change', async () => {
    const id = await account();
    await call('health:recordCheck', checkInput(id, '2026-11-20', { usage: 80, adoption: 60, support: 50, outcomes: 40 }));
    const bad = await refused('health:updateSettings', { modelId: 'four-components', weights: { usage: 50, adoption: 30, support: 20, outcomes: 10 } });
    expect(bad.issues?.[0]).toMatchObject({ path: ['weights'], message: 'The weights must total 100; they total 110.' });
    await call('health:updateSettings', { modelId: 'three-components', weights: { usage: 50, engagement: 25, business: 25 } });
    const second = await call<HealthCheck>('health:recordCheck', checkInput(id, '2026-11-25', { usage: 80, engagement: 80, business: 79 }));
    expect(second).toMatchObject({ modelId: 'three-components', score: 80, tier: 'green' });
    const health = await call<AccountHealth>('health:get', { accountId: id });
    expect(health.history.map((c) => [c.modelId, c.score, c.tier, c.components.map((x) => x.weight).join('/')])).toEqual([
      ['four-components', 64, 'yellow', '40/30/20/10'],
      ['three-components', 80, 'green', '50/25/25'],
    ]);
    expect(health.trend).toBe('up');
  });
});

describe('overrides', () => {
  it('needs a reason and an expiry not in the past, and lasts until it expires', async () => {
    const id = await account();
    await call('health:recordCheck', checkInput(id, '2026-11-25', { usage: 80, adoption: 60, support: 50, outcomes: 40 }));
    expect((await refused('health:setOverride', { accountId: id, score: 30, reason: ' ', expiresOn: '2026-12-31' })).issues?.[0]?.path).toEqual(['reason']);
    expect((await refused('health:setOverride', { accountId: id, score: 30, reason: 'Sponsor resigned', expiresOn: '2026-11-24' })).issues?.[0]).toMatchObject({
      path: ['expiresOn'],
      message: 'That date has passed: an override expires today or later',
    });
    expect(rows('health_overrides')).toEqual([]);
    const health = await call<AccountHealth>('health:setOverride', { accountId: id, score: 30, reason: 'Sponsor resigned', expiresOn: '2026-12-31' });
    expect(health).toMatchObject({ score: 30, tier: 'red', override: { reason: 'Sponsor resigned', expiresOn: '2026-12-31' }, risk: 'critical' });
    now = new Date('2027-01-01T10:00:00.000Z');
    evaluateBook(rt.runtime.store!, now);
    expect(await call<AccountHealth>('health:get', { accountId: id })).toMatchObject({ score: 64, override: null });
  });
});

describe('alerts', () => {
  it('raises one alert when usage halves, never a second while it is open, and closes the loop', async () => {
    const id = await account({ renewalDate: null });
    await call('health:recordCheck', checkInput(id, '2026-11-01', { usage: 80, adoption: 60, support: 50, outcomes: 40 }));
    await call('health:recordCheck', checkInput(id, '2026-11-25', { usage: 40, adoption: 60, support: 50, outcomes: 40 }));
    let alerts = await call<Alert[]>('health:alerts', { accountId: id });
    // 64 → 48 is also a fall to red: two kinds, one alert each.
    expect(alerts.map((a) => [a.kind, a.severity, a.status]).sort()).toEqual([
      ['health-fell', 'urgent', 'open'],
      ['usage-drop-50', 'urgent', 'open'],
    ]);
    await call('health:recordCheck', checkInput(id, '2026-11-25', { usage: 35, adoption: 60, support: 50, outcomes: 40 }));
    alerts = await call<Alert[]>('health:alerts', { accountId: id });
    expect(alerts).toHaveLength(2);

    const alert = alerts.find((a) => a.kind === 'usage-drop-50')!;
    expect((await refused('health:acknowledgeAlert', { id: alert.id, action: '' })).issues?.[0]?.message).toBe('Say what you did');
    const acked = await call<Alert>('health:acknowledgeAlert', { id: alert.id, action: 'Called the champion; blocker is SSO' });
    expect(acked).toMatchObject({ status: 'acknowledged', actionTaken: 'Called the champion; blocker is SSO' });
    const closed = await call<Alert>('health:closeAlert', { id: alert.id, outcome: 'SSO fixed, usage back' });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'SSO fixed, usage back' });
    expect((await call<Alert[]>('health:alerts', { accountId: id })).map((a) => a.kind)).toEqual(['health-fell']);
    expect((await call<Alert[]>('health:alerts', { accountId: id, status: 'closed' })).map((a) => [a.kind, a.outcome])).toEqual([['usage-drop-50', 'SSO fixed, usage back']]);
    // The same cause never raises again.
    evaluateBook(rt.runtime.store!, now);
    expect((await call<Alert[]>('health:alerts', { accountId: id })).map((a) => a.kind)).toEqual(['health-fell']);
  });

  it('raises "champion left" when a champion is marked as gone', async () => {
    const id = await account({ renewalDate: null });
    const contact = await call<{ id: string }>('contacts:create', { accountId: id, fields: contactFields('Ana Ruiz', { isChampion: true }) });
    expect(await call<Alert[]>('health:alerts', { accountId: id })).toEqual([]);
    await call('contacts:update', { id: contact.id, fields: contactFields('Ana Ruiz', { isChampion: true, leftOn: '2026-11-20' }) });
    const alerts = await call<Alert[]>('health:alerts', { accountId: id });
    expect(alerts.map((a) => [a.kind, a.reason])).toEqual([['champion-left', 'Ana Ruiz, a champion, left on 2026-11-20.']]);
  });

  it('evaluates renewals at start, as dates move', async () => {
    const id = await account({ renewalDate: '2027-02-20', contractStart: '2026-02-20' });
    expect((await call<Alert[]>('health:alerts', { accountId: id })).map((a) => a.kind)).toEqual(['renewal-90']);
    now = new Date('2026-12-25T10:00:00.000Z');
    const { raised } = evaluateBook(rt.runtime.store!, now);
    expect(raised.map((a) => a.kind)).toEqual(['renewal-60']);
  });
});

describe('renewals and retention', () => {
  it('records a churn with its reason, moves the account on and counts it in GRR / NRR', async () => {
    const kept = await account({ name: 'Kept', arr: 100_000, renewalDate: '2026-11-20', contractStart: '2025-11-20' });
    const lost = await account({ name: 'Lost', arr: 50_000, renewalDate: '2026-11-22', contractStart: '2025-11-22' });
    let p = await call<Portfolio>('today:portfolio');
    expect(p.retention.grr).toBeNull();
    expect(p.notRecorded.map((a) => a.name)).toEqual(['Kept', 'Lost']);

    await call('health:recordRenewal', { accountId: kept, outcome: 'expanded', newArr: 120_000, reason: null, reasonText: '', nextRenewalDate: '2027-11-20' });
    const bad = await refused('health:recordRenewal', { accountId: lost, outcome: 'churned', newArr: 0, reason: null, reasonText: '', nextRenewalDate: null });
    expect(bad.issues?.[0]).toMatchObject({ path: ['reason'], message: 'Choose why ARR was lost' });
    await call('health:recordRenewal', { accountId: lost, outcome: 'churned', newArr: 0, reason: 'competitor', reasonText: 'Moved to a competitor, cheaper', nextRenewalDate: null });

    p = await call<Portfolio>('today:portfolio');
    expect(p.retention).toMatchObject({ startingArr: 150_000, keptArr: 100_000, endingArr: 120_000, grr: 66.7, nrr: 80 });
    expect(p.notRecorded).toEqual([]);
    expect(await call('accounts:get', { id: kept })).toMatchObject({ arr: 120_000, renewalDate: '2027-11-20' });
    expect(await call('accounts:get', { id: lost })).toMatchObject({ stage: 'Churned', arr: 0 });
  });
});

describe('Today', () => {
  it('ranks risk × ARR × due, counts everything in SQL and explains each rank', async () => {
    const big = await account({ name: 'Big Risky', arr: 500_000, renewalDate: null, contractStart: '2026-11-25' });
    const small = await account({ name: 'Small Fine', arr: 5_000, renewalDate: null, contractStart: '2026-11-25' });
    await call('health:recordCheck', checkInput(big, '2026-11-25', { usage: 20, adoption: 20, support: 20, outcomes: 20 }));
    await call('health:recordCheck', checkInput(small, '2026-11-25', { usage: 90, adoption: 90, support: 90, outcomes: 90 }));
    const today = await call<Today>('today:list', {});
    const welcome = today.items.filter((i) => i.title.startsWith('Send the welcome message'));
    expect(welcome.map((i) => i.accountName)).toEqual(['Big Risky', 'Small Fine']);
    expect(welcome[0]!.explanation).toMatch(/^Critical 4 × ARR \$500K 3\.70 × due today 2\.5 × task 1 = 37\.0$/);
    expect(welcome[0]!.level).toBe('urgent');
    expect(today.total).toBe(today.items.length);
    expect(today.counts.dueToday).toBe(2);

    const page = await call<Today>('today:list', { offset: 1, limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(today.total);
  });

  it("copies an account's summary in seed 003's format", async () => {
    const id = await account({ name: 'Helios Energy', arr: 60_000, renewalDate: null });
    await call('health:recordCheck', checkInput(id, '2026-11-25', { usage: 80, adoption: 60, support: 50, outcomes: 40 }));
    const { text } = await call<{ text: string }>('today:summary', { accountId: id });
    expect(text.split('\n')).toEqual([
      'CUSTOMER: Helios Energy',
      'TIER: Pro',
      'HEALTH_SCORE: 64 (Yellow)',
      'STAGE: Onboarding',
      'LAST_CONTACT: 2026-11-25',
      'NEXT_ACTION: Send the welcome message, license and installation playbook',
      'PRIORITY: medium',
      'NOTES: Risk: Watch',
    ]);
  });
});
