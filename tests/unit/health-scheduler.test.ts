import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import type { Alert } from '../../src/shared/health/schema';
import { accountFields } from '../support/records';
import { testRuntimeOptions } from '../support/test-store';

const APP = 'app://fieldbook/';
const MINUTE = 60_000;

describe('health triggers that come due while the app sits idle', () => {
  let dir: string;
  let runtime: Runtime;
  const emitted: { channel: string; payload: unknown }[] = [];

  beforeEach(() => {
    // Only the timers and the clock are faked: the database and promises run for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-25T10:00:00.000Z'));
    emitted.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'fieldbook-health-timer-'));
    runtime = startRuntime({
      ...testRuntimeOptions(dir, { appUrls: [APP], now: () => new Date() }),
      automaticBackups: false,
      emit: (channel: string, payload: unknown) => emitted.push({ channel, payload }),
      // The idle data check's timer is kept out of the count: these tests count the health timer's.
      dataCheck: { timers: { set: () => null, clear: () => {} } },
    });
  });
  afterEach(async () => {
    await runtime.close();
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const r = await runtime.invoke(channel, APP, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  }
  const raisedKinds = () =>
    emitted.filter((e) => e.channel === 'health:alertsRaised').flatMap((e) => (e.payload as { alerts: Alert[] }).alerts.map((a) => a.kind));

  it('raises "SLA breached" when an Enterprise L4 escalation goes 30 minutes unanswered, with no write in between', async () => {
    await vi.advanceTimersByTimeAsync(0); // the evaluation at start
    // ARR $150K is Enterprise, whose L4 first response is due within 30 minutes.
    const { id } = await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null, arr: 150_000 }));
    await call('lifecycle:openEscalation', { accountId: id, fields: { level: 'L4', summary: 'Production down', owner: 'Sam', openedAt: new Date().toISOString() } });
    expect(raisedKinds()).toEqual([]);

    await vi.advanceTimersByTimeAsync(29 * MINUTE);
    expect(raisedKinds()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    expect(raisedKinds()).toEqual(['sla-breach']);
    const alerts = await call<Alert[]>('health:alerts', { accountId: id });
    expect(alerts.map((a) => [a.kind, a.severity])).toEqual([['sla-breach', 'urgent']]);

    // Once raised it is not raised again as time goes on.
    await vi.advanceTimersByTimeAsync(3 * 60 * MINUTE);
    expect(raisedKinds()).toEqual(['sla-breach']);
  });

  it('raises nothing for an escalation answered in time', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const { id } = await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null, arr: 150_000 }));
    const life = await call<{ escalations: { id: string }[] }>('lifecycle:openEscalation', {
      accountId: id,
      fields: { level: 'L4', summary: 'Production down', owner: 'Sam', openedAt: new Date().toISOString() },
    });
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    await call('lifecycle:stepEscalation', { id: life.escalations[0]!.id, step: 'firstResponse', at: new Date().toISOString() });
    await vi.advanceTimersByTimeAsync(2 * 60 * MINUTE);
    expect(raisedKinds()).toEqual([]);
  });

  it('evaluates the book again at local midnight, when a milestone becomes late', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const { id } = await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null, arr: 150_000 }));
    const life = await call<{ goals: { id: string }[] }>('lifecycle:addGoal', { accountId: id, fields: { title: 'Self-service', description: '' } });
    await call('lifecycle:addMilestone', {
      goalId: life.goals[0]!.id,
      fields: { title: 'Pilot live', owner: 'customer', evidenceType: 'event', targetDate: '2026-11-25', status: 'planned' },
    });
    expect(raisedKinds()).toEqual([]);
    // Two days on, whatever the machine's time zone, the 25th has passed locally.
    await vi.advanceTimersByTimeAsync(48 * 60 * MINUTE);
    expect(raisedKinds()).toEqual(['milestone-at-risk']);
  });

  it('leaves no timer behind once the app closes', async () => {
    await vi.advanceTimersByTimeAsync(0);
    const { id } = await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null, arr: 150_000 }));
    await call('lifecycle:openEscalation', { accountId: id, fields: { level: 'L1', summary: 'Slow UI', owner: 'Sam', openedAt: new Date().toISOString() } });
    expect(vi.getTimerCount()).toBe(1);
    await runtime.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sets its timer again after the data file is reopened, and not twice', async () => {
    await vi.advanceTimersByTimeAsync(0);
    await runtime.reopen();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
  });
});
