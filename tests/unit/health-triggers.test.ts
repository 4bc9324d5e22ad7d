import { describe, expect, it } from 'vitest';
import { NO_SIGNALS, type RawSignals } from '../../src/shared/health/signals';
import {
  championLeftTriggers,
  competitorTrigger,
  evaluateTriggers,
  healthFellTrigger,
  licenseExpiringTriggers,
  newAlerts,
  noLoginTrigger,
  paymentLateTrigger,
  promoterTrigger,
  renewalTrigger,
  ticketSpikeTrigger,
  usageDropTrigger,
  type AccountFacts,
  type CheckFacts,
} from '../../src/shared/health/triggers';

const today = '2026-11-25';
const check = (id: string, checkedOn: string, over: Partial<Omit<CheckFacts, 'signals'>> = {}, signals: Partial<RawSignals> = {}): CheckFacts => ({
  id,
  checkedOn,
  score: null,
  tier: null,
  usage: null,
  signals: { ...NO_SIGNALS, ...signals },
  ...over,
});
const facts = (over: Partial<AccountFacts> = {}): AccountFacts => ({
  today,
  latest: null,
  previous: null,
  renewalDate: null,
  championsLeft: [],
  licenses: [],
  ...over,
});

describe('usage drop', () => {
  const drop = (from: number, to: number) =>
    usageDropTrigger(facts({ previous: check('p', '2026-10-25', {}, { logins30d: from }), latest: check('l', today, {}, { logins30d: to }) }));

  it('fires at 25 % (seed 001) and not at 24 %', () => {
    expect(drop(100, 75)).toMatchObject({ kind: 'usage-drop-25', severity: 'high', cause: 'check:l' });
    expect(drop(100, 76)).toBeNull();
  });

  it('fires the higher-priority kind at 50 % (seed 003) and not at 49 %', () => {
    expect(drop(100, 50)).toMatchObject({ kind: 'usage-drop-50', severity: 'urgent' });
    expect(drop(100, 51)).toMatchObject({ kind: 'usage-drop-25' });
    expect(drop(100, 51)!.reason).toBe('Usage fell 49 %: logins in the last 30 days went from 100 to 51 since the check of 2026-10-25.');
  });

  it('falls back to the usage score when the checks have no raw usage', () => {
    const hit = usageDropTrigger(facts({ previous: check('p', '2026-10-25', { usage: 80 }), latest: check('l', today, { usage: 40 }) }));
    expect(hit).toMatchObject({ kind: 'usage-drop-50' });
    expect(usageDropTrigger(facts({ latest: check('l', today, { usage: 40 }) }))).toBeNull();
  });
});

describe('the other triggers at their boundaries', () => {
  it('no login: 7 days yes, 6 no', () => {
    expect(noLoginTrigger(facts({ latest: check('l', today, {}, { daysSinceLastUse: 7 }) }))).toMatchObject({ kind: 'no-login' });
    expect(noLoginTrigger(facts({ latest: check('l', today, {}, { daysSinceLastUse: 6 }) }))).toBeNull();
  });

  it('ticket spike: P1/P2 doubled, or two more within 14 days', () => {
    const spike = (before: Partial<RawSignals>, beforeOn: string, after: Partial<RawSignals>) =>
      ticketSpikeTrigger(facts({ previous: check('p', beforeOn, {}, before), latest: check('l', today, {}, after) }));
    expect(spike({ ticketsP1: 1, ticketsP2: 1 }, '2026-09-01', { ticketsP1: 2, ticketsP2: 2 })).toMatchObject({ kind: 'ticket-spike' });
    expect(spike({ ticketsP1: 2, ticketsP2: 0 }, '2026-09-01', { ticketsP1: 2, ticketsP2: 1 })).toBeNull();
    expect(spike({ ticketsP2: 3 }, '2026-11-11', { ticketsP2: 5 })).toMatchObject({ reason: 'Support tickets spiked: 2 more open P1/P2 tickets within 14 days.' });
    expect(spike({ ticketsP2: 3 }, '2026-11-10', { ticketsP2: 5 })).toBeNull();
    expect(ticketSpikeTrigger(facts({ latest: check('l', today, {}, { ticketsP1: 2 }) }))).not.toBeNull();
    expect(ticketSpikeTrigger(facts({ latest: check('l', today, {}, { ticketsP1: 1, ticketsP3: 9 }) }))).toBeNull();
  });

  it('champion left within the last 90 days', () => {
    const c = (leftOn: string) => championLeftTriggers(facts({ championsLeft: [{ id: 'c1', name: 'Ana', leftOn }] }));
    expect(c('2026-08-27')).toHaveLength(1);
    expect(c('2026-08-26')).toHaveLength(0);
    expect(c('2026-11-25')[0]).toMatchObject({ kind: 'champion-left', cause: 'contact:c1', reason: 'Ana, a champion, left on 2026-11-25.' });
  });

  it('payment late and competitor mentioned', () => {
    expect(paymentLateTrigger(facts({ latest: check('l', today, {}, { paymentLate: true }) }))).toMatchObject({ kind: 'payment-late' });
    expect(paymentLateTrigger(facts({ latest: check('l', today, {}, { paymentLate: false }) }))).toBeNull();
    expect(competitorTrigger(facts({ latest: check('l', today, {}, { competitorMentioned: true }) }))).toMatchObject({ kind: 'competitor' });
  });

  it('renewal in 90 and in 60 days', () => {
    const r = (date: string) => renewalTrigger(facts({ renewalDate: date }))?.kind ?? null;
    expect([r('2027-02-24'), r('2027-02-23'), r('2027-01-25'), r('2027-01-24'), r(today), r('2026-11-24')]).toEqual([
      null,
      'renewal-90',
      'renewal-90',
      'renewal-60',
      'renewal-60',
      null,
    ]);
  });

  it('health fell a tier, urgently when to red', () => {
    const fell = (from: 'green' | 'yellow' | 'red', to: 'green' | 'yellow' | 'red') =>
      healthFellTrigger(facts({ previous: check('p', '2026-10-01', { tier: from, score: 1 }), latest: check('l', today, { tier: to, score: 1 }) }));
    expect(fell('green', 'yellow')).toMatchObject({ severity: 'high' });
    expect(fell('yellow', 'red')).toMatchObject({ severity: 'urgent' });
    expect(fell('yellow', 'yellow')).toBeNull();
    expect(fell('red', 'green')).toBeNull();
  });

  it('a license expiring within 6 months', () => {
    const l = (expiresAt: string) => licenseExpiringTriggers(facts({ licenses: [{ id: 'x', expiresAt }] })).length;
    expect([l('2027-05-25'), l('2027-05-26'), l(today), l('2026-11-24')]).toEqual([1, 0, 1, 0]);
  });

  it('NPS 9 or 10 asks for a reference', () => {
    expect(promoterTrigger(facts({ latest: check('l', today, {}, { nps: 9 }) }))).toMatchObject({ kind: 'promoter', severity: 'low' });
    expect(promoterTrigger(facts({ latest: check('l', today, {}, { nps: 8 }) }))).toBeNull();
  });
});

describe('no storms', () => {
  const hits = evaluateTriggers(
    facts({
      championsLeft: [
        { id: 'a', name: 'Ana', leftOn: '2026-11-01' },
        { id: 'b', name: 'Ben', leftOn: '2026-11-02' },
      ],
      renewalDate: '2026-12-20',
    }),
  );

  it('raises one alert per kind', () => {
    expect(newAlerts(hits, new Set(), new Set()).map((h) => h.cause)).toEqual(['contact:a', 'renewal:2026-12-20']);
  });

  it('raises nothing of a kind already open', () => {
    expect(newAlerts(hits, new Set(['champion-left', 'renewal-60']), new Set())).toEqual([]);
  });

  it('never raises a cause twice, but the next cause of that kind may come', () => {
    expect(newAlerts(hits, new Set(), new Set(['champion-left|contact:a', 'renewal-60|renewal:2026-12-20'])).map((h) => h.cause)).toEqual(['contact:b']);
  });
});
