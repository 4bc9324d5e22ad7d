import { describe, expect, it } from 'vitest';
import { MODELS, describeThresholds, tierFor, weightsProblem, withWeights } from '../../src/shared/health/models';
import { computeScore, partialLabel, roundHalfUp, trendOf } from '../../src/shared/health/score';
import { riskOf } from '../../src/shared/health/risk';
import { arrFactor, dueFactor, priority, priorityLevel } from '../../src/shared/health/priority';
import { accountSummary } from '../../src/shared/health/summary';
import { outcomeFor, retention } from '../../src/shared/health/retention';
import { NO_SIGNALS, RawSignals } from '../../src/shared/health/signals';
import { suggestComponent } from '../../src/shared/health/suggest';
import { UpdateHealthSettingsInput, RecordRenewalInput } from '../../src/shared/health/schema';

const four = MODELS['four-components'];
const three = MODELS['three-components'];

describe('the health score', () => {
  it('is the weighted mean: 80 / 60 / 50 / 40 on seed 001 weights is 64, yellow', () => {
    const r = computeScore(four.components, { usage: 80, adoption: 60, support: 50, outcomes: 40 }, four.thresholds);
    expect(r).toMatchObject({ score: 64, tier: 'yellow', partial: false, present: 4, total: 4 });
    expect(r.contributions.map((c) => c.points)).toEqual([32, 18, 10, 4]);
  });

  it('spreads a missing component over the others and says so: 80 / 60 / 50 / — is 67, partial', () => {
    const r = computeScore(four.components, { usage: 80, adoption: 60, support: 50, outcomes: null }, four.thresholds);
    expect(r).toMatchObject({ score: 67, tier: 'yellow', partial: true, present: 3, total: 4 });
    expect(partialLabel(r)).toBe('partial — 3 of 4 components');
    const missing = r.contributions.find((c) => c.key === 'outcomes')!;
    expect(missing).toMatchObject({ score: null, points: 0, effectiveWeight: 0 });
    expect(r.contributions[0]!.effectiveWeight).toBeCloseTo(44.44, 2);
    expect(r.contributions.reduce((s, c) => s + c.points, 0)).toBeCloseTo(66.67, 2);
  });

  it('rounds half up exactly', () => {
    expect(roundHalfUp(645, 10)).toBe(65);
    expect(roundHalfUp(644, 10)).toBe(64);
    // 50 × 40 + 51 × 30 + 0 + 0 ... a mean of x.5 from real weights
    const r = computeScore(
      [
        { key: 'usage', label: 'a', weight: 50 },
        { key: 'adoption', label: 'b', weight: 50 },
      ],
      { usage: 64, adoption: 65 },
      four.thresholds,
    );
    expect(r.score).toBe(65);
  });

  it('has no score when nothing was judged', () => {
    expect(computeScore(four.components, {}, four.thresholds)).toMatchObject({ score: null, tier: null, present: 0 });
  });

  it('places the tier boundaries of the four-component model at 49 / 50 / 70 / 71', () => {
    expect([49, 50, 70, 71].map((s) => tierFor(s, four.thresholds))).toEqual(['red', 'yellow', 'yellow', 'green']);
    expect(describeThresholds(four.thresholds)).toBe('red < 50, yellow 50–70, green ≥ 71');
  });

  it('places the tier boundaries of the three-component model at 49 / 50 / 79 / 80', () => {
    expect([0, 49, 50, 79, 80, 100].map((s) => tierFor(s, three.thresholds))).toEqual(['red', 'red', 'yellow', 'yellow', 'green', 'green']);
  });

  it('uses the three-component weights 40 / 30 / 30', () => {
    const r = computeScore(three.components, { usage: 80, engagement: 60, business: 50 }, three.thresholds);
    expect(r).toMatchObject({ score: 65, tier: 'yellow', total: 3 });
  });

  it('takes edited weights, which must be whole numbers totalling 100', () => {
    const m = withWeights('four-components', { usage: 25, adoption: 25, support: 25, outcomes: 25 });
    expect(computeScore(m.components, { usage: 80, adoption: 60, support: 50, outcomes: 40 }, m.thresholds).score).toBe(58);
    expect(weightsProblem([40, 30, 20, 10])).toBeNull();
    expect(weightsProblem([40, 30, 20, 20])).toBe('The weights must total 100; they total 110.');
    expect(weightsProblem([40.5, 29.5, 20, 10])).toBe('Weights are whole numbers.');
    expect(weightsProblem([120, -20, 0, 0])).toBe('Each weight is between 0 and 100.');
    const parsed = UpdateHealthSettingsInput.safeParse({ modelId: 'four-components', weights: { usage: 40, adoption: 30, support: 20, outcomes: 5 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('The weights must total 100; they total 95.');
  });

  it('shows a trend only for moves of 3 points or more', () => {
    expect(trendOf(64, 60)).toBe('up');
    expect(trendOf(62, 60)).toBe('flat');
    expect(trendOf(57, 60)).toBe('down');
    expect(trendOf(57, null)).toBeNull();
  });
});

describe('suggested component scores from raw signals', () => {
  const signals = (over: Partial<RawSignals>): RawSignals => ({ ...NO_SIGNALS, ...over });

  it('scores product usage from seat use and recency, and says how', () => {
    const s = suggestComponent('usage', signals({ activeUsers: 45, licensedSeats: 60, daysSinceLastUse: 2 }), 'four-components');
    expect(s).toEqual({ score: 75, basis: ['45 of 60 seats active → 75', 'last used 2 days ago → 75', 'mean of 2 → 75'] });
  });

  it('places recency boundaries at 1, 7, 14 and 30 days', () => {
    const r = (d: number) => suggestComponent('usage', signals({ daysSinceLastUse: d }), 'four-components')!.score;
    expect([1, 2, 7, 8, 14, 15, 30, 31].map(r)).toEqual([100, 75, 75, 40, 40, 10, 10, 0]);
  });

  it('takes 25 per P1, 10 per P2 and 3 per P3 off support, averaged with CSAT', () => {
    expect(suggestComponent('support', signals({ ticketsP1: 1, ticketsP2: 2, ticketsP3: 5 }), 'four-components')!.score).toBe(40);
    expect(suggestComponent('support', signals({ ticketsP1: 5 }), 'four-components')!.score).toBe(0);
    expect(suggestComponent('support', signals({ ticketsP1: 0, csat: 4 }), 'four-components')!.score).toBe(88);
  });

  it('counts features in usage for the three-component model only', () => {
    const s = signals({ activeUsers: 10, licensedSeats: 10, featuresAdopted: 2, featuresAvailable: 10 });
    expect(suggestComponent('usage', s, 'four-components')!.score).toBe(100);
    expect(suggestComponent('usage', s, 'three-components')!.score).toBe(60);
    expect(suggestComponent('adoption', s, 'four-components')!.score).toBe(20);
  });

  it('scores outcomes and business from NPS, payment and competitor mentions', () => {
    expect(suggestComponent('outcomes', signals({ nps: 9, paymentLate: false, competitorMentioned: true }), 'four-components')!.score).toBe(73);
    expect(suggestComponent('business', signals({ paymentLate: true }), 'three-components')!.score).toBe(30);
    expect(suggestComponent('engagement', signals({ trainingAttended: false }), 'three-components')!.score).toBe(40);
  });

  it('suggests nothing without signals', () => {
    expect(suggestComponent('usage', NO_SIGNALS, 'four-components')).toBeNull();
    expect(suggestComponent('usage', signals({ activeUsers: 3, licensedSeats: 0 }), 'four-components')).toBeNull();
  });

  it('refuses a negative seat count and more features adopted than available', () => {
    const bad = RawSignals.safeParse(signals({ licensedSeats: -1 }));
    expect(bad.error?.issues[0]).toMatchObject({ path: ['licensedSeats'], message: "The seat count can't be negative" });
    const more = RawSignals.safeParse(signals({ featuresAdopted: 5, featuresAvailable: 4 }));
    expect(more.error?.issues[0]?.message).toBe("Features adopted can't be more than the features available");
  });
});

describe('risk levels', () => {
  it('follows the tier, raised by urgent alerts and made critical by a low red score or a near renewal', () => {
    const base = { openAlerts: [], renewalInDays: null } as const;
    expect(riskOf({ ...base, tier: 'green', score: 80 })).toBe('healthy');
    expect(riskOf({ ...base, tier: 'green', score: 80, openAlerts: ['high'] })).toBe('watch');
    expect(riskOf({ ...base, tier: 'yellow', score: 60 })).toBe('watch');
    expect(riskOf({ ...base, tier: 'yellow', score: 60, openAlerts: ['urgent'] })).toBe('at-risk');
    expect(riskOf({ ...base, tier: 'red', score: 40 })).toBe('at-risk');
    expect(riskOf({ ...base, tier: 'red', score: 34 })).toBe('critical');
    expect(riskOf({ ...base, tier: 'red', score: 35 })).toBe('at-risk');
    expect(riskOf({ ...base, tier: 'red', score: 45, renewalInDays: 90 })).toBe('critical');
    expect(riskOf({ ...base, tier: 'red', score: 45, renewalInDays: 91 })).toBe('at-risk');
    expect(riskOf({ ...base, tier: null, score: null })).toBeNull();
    expect(riskOf({ ...base, tier: null, score: null, openAlerts: ['urgent'] })).toBe('at-risk');
  });
});

describe("Today's priority", () => {
  it('multiplies risk, ARR and due date', () => {
    expect(arrFactor(0)).toBe(1);
    expect(arrFactor(99_000)).toBeCloseTo(3, 5);
    expect([-1, 0, 1, 7, 8, 30, 31].map(dueFactor)).toEqual([3, 2.5, 2, 2, 1.5, 1.5, 1]);
    const critical = priority({ risk: 'critical', arr: 99_000, daysToDue: -2, itemWeight: 1 });
    expect(critical).toBeCloseTo(36, 5);
    expect(priorityLevel(critical)).toBe('urgent');
  });

  it('puts a critical big account above a healthy small one, and overdue above later', () => {
    const a = priority({ risk: 'critical', arr: 200_000, daysToDue: 5, itemWeight: 1 });
    const b = priority({ risk: 'healthy', arr: 200_000, daysToDue: 5, itemWeight: 1 });
    const c = priority({ risk: 'critical', arr: 5_000, daysToDue: 5, itemWeight: 1 });
    const d = priority({ risk: 'critical', arr: 200_000, daysToDue: 40, itemWeight: 1 });
    expect(a).toBeGreaterThan(b);
    expect(a).toBeGreaterThan(c);
    expect(a).toBeGreaterThan(d);
    expect([20, 19.9, 10, 9.9, 5, 4.9].map(priorityLevel)).toEqual(['urgent', 'high', 'high', 'medium', 'medium', 'low']);
  });
});

describe("seed 003's account summary", () => {
  it('writes the eight fields with the segment mapped to seed tiers', () => {
    const text = accountSummary({
      name: 'Helios  Energy',
      segment: 'Mid-Market',
      stage: 'At-risk',
      score: 64,
      tier: 'yellow',
      lastContact: '2026-11-20',
      nextAction: 'Check-in call to identify blockers',
      priority: 'high',
      notes: 'Usage down 50 %\nChampion left',
    });
    expect(text).toBe(
      [
        'CUSTOMER: Helios Energy',
        'TIER: Pro',
        'HEALTH_SCORE: 64 (Yellow)',
        'STAGE: At-Risk',
        'LAST_CONTACT: 2026-11-20',
        'NEXT_ACTION: Check-in call to identify blockers',
        'PRIORITY: high',
        'NOTES: Usage down 50 % Champion left',
      ].join('\n'),
    );
  });
});

describe('gross and net revenue retention', () => {
  const today = '2026-11-25';
  it('counts losses in GRR and expansions only in NRR, over the trailing 12 months', () => {
    const r = retention(
      [
        { accountId: 'a', on: '2026-03-01', previousArr: 100_000, newArr: 130_000 },
        { accountId: 'b', on: '2026-06-01', previousArr: 50_000, newArr: 0 },
        { accountId: 'c', on: '2026-11-25', previousArr: 50_000, newArr: 40_000 },
        { accountId: 'd', on: '2025-11-25', previousArr: 999_000, newArr: 0 },
        { accountId: 'e', on: '2026-11-26', previousArr: 999_000, newArr: 0 },
      ],
      today,
    );
    expect(r).toMatchObject({ startingArr: 200_000, keptArr: 140_000, endingArr: 170_000, grr: 70, nrr: 85, outcomes: 3, from: '2025-11-25' });
  });

  it('has no figure without outcomes', () => {
    expect(retention([], today)).toMatchObject({ grr: null, nrr: null, outcomes: 0 });
  });

  it('suggests the outcome from the change of ARR and asks a loss for its reason', () => {
    expect([outcomeFor(100, 0), outcomeFor(100, 120), outcomeFor(100, 80), outcomeFor(100, 100)]).toEqual(['churned', 'expanded', 'contracted', 'renewed']);
    const r = RecordRenewalInput.safeParse({ accountId: crypto.randomUUID(), outcome: 'churned', newArr: 0, reason: null, reasonText: '', nextRenewalDate: null });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['Choose why ARR was lost']);
  });
});
