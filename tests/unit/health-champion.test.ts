import { beforeEach, describe, expect, it } from 'vitest';
import { championChangedTrigger, type ChampionSnapshot } from '../../src/shared/health/champion';
import type { Alert } from '../../src/shared/health/schema';
import { accountFields, contactFields } from '../support/records';
import { useTestRuntime } from '../support/test-runtime';

const ana: ChampionSnapshot = { id: 'c1', name: 'Ana Ruiz', title: 'Head of Data', role: 'Platform owner', isChampion: true, leftOn: null };
const at = '2026-11-25T10:00:00.000Z';

describe('"champion changed role", the rule', () => {
  it('fires when the champion gets another title or role, or is no longer the champion', () => {
    expect(championChangedTrigger(ana, { ...ana, title: 'CTO' }, at)).toEqual({
      kind: 'champion-changed',
      cause: `contact:c1:${at}`,
      severity: 'high',
      reason: 'Ana Ruiz, the champion, changed: title Head of Data → CTO.',
    });
    expect(championChangedTrigger(ana, { ...ana, role: '' }, at)?.reason).toBe('Ana Ruiz, the champion, changed: role Platform owner → —.');
    expect(championChangedTrigger(ana, { ...ana, isChampion: false }, at)?.reason).toBe('Ana Ruiz, the champion, changed: no longer marked as the champion.');
  });

  it("stays quiet for a non-champion, a change of case or spacing, another field, or leaving (that is \"champion left\")", () => {
    expect(championChangedTrigger({ ...ana, isChampion: false }, { ...ana, isChampion: false, title: 'CTO' }, at)).toBeNull();
    expect(championChangedTrigger(ana, { ...ana, title: ' head of data ' }, at)).toBeNull();
    expect(championChangedTrigger(ana, { ...ana, name: 'Ana Ruiz-Vega' }, at)).toBeNull();
    expect(championChangedTrigger(ana, { ...ana, title: 'CTO', leftOn: '2026-11-20' }, at)).toBeNull();
    expect(championChangedTrigger({ ...ana, leftOn: '2026-11-20' }, { ...ana, leftOn: null, title: 'CTO' }, at)).toBeNull();
  });
});

describe('"champion changed role" through the IPC door', () => {
  let now = new Date(at);
  beforeEach(() => {
    now = new Date(at);
  });
  const rt = useTestRuntime('champion', { now: () => now });
  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const r = await rt.call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  }

  it('raises one alert when the champion is promoted, none for another edit, and again for a later change once closed', async () => {
    const accountId = (await call<{ id: string }>('accounts:create', accountFields({ renewalDate: null }))).id;
    const fields = (over: Parameters<typeof contactFields>[1]) => contactFields('Ana Ruiz', { isChampion: true, title: 'Head of Data', ...over });
    const contact = await call<{ id: string }>('contacts:create', { accountId, fields: fields({}) });
    const alerts = () => call<Alert[]>('health:alerts', { accountId, status: 'all' });

    await call('contacts:update', { id: contact.id, fields: fields({ email: 'ana@zurich.example' }) });
    expect(await alerts()).toEqual([]);
    await call('contacts:update', { id: contact.id, fields: fields({ title: 'CTO' }) });
    const [raised] = await alerts();
    expect(raised).toMatchObject({ kind: 'champion-changed', label: 'Champion changed role', status: 'open', reason: 'Ana Ruiz, the champion, changed: title Head of Data → CTO.' });
    now = new Date('2026-11-26T10:00:00.000Z');
    await call('contacts:update', { id: contact.id, fields: fields({ title: 'CEO' }) });
    expect(await alerts()).toHaveLength(1);

    await call('health:acknowledgeAlert', { id: raised!.id, action: 'Met Ana: she still sponsors us' });
    await call('health:closeAlert', { id: raised!.id, outcome: 'New champion: Marco' });
    now = new Date('2026-11-27T10:00:00.000Z');
    await call('contacts:update', { id: contact.id, fields: fields({ title: 'CEO', isChampion: false }) });
    const after = await alerts();
    expect(after.map((a) => [a.kind, a.status])).toEqual([
      ['champion-changed', 'open'],
      ['champion-changed', 'closed'],
    ]);
  });
});
