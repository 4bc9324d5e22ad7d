import { describe, expect, it } from 'vitest';
import { defaultPeriod, nextPeriod, periodKey, periodLabel, periodRange, QbrPeriod } from '../../src/shared/qbr/period';

describe('QBR periods', () => {
  it('defaults to the last complete quarter, or half-year for Mid-Market (semi-annual cadence)', () => {
    expect(defaultPeriod('Enterprise', '2026-11-25')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 });
    expect(defaultPeriod('SMB', '2026-02-10')).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(defaultPeriod('Mid-Market', '2026-11-25')).toEqual({ kind: 'half', year: 2026, half: 1 });
    expect(defaultPeriod('Mid-Market', '2026-03-01')).toEqual({ kind: 'half', year: 2025, half: 2 });
  });

  it('knows each period’s first and last day, label and key', () => {
    expect(periodRange({ kind: 'quarter', year: 2024, quarter: 1 })).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange({ kind: 'half', year: 2026, half: 2 })).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodLabel({ kind: 'half', year: 2026, half: 1 })).toBe('2026 H1');
    expect(periodKey({ kind: 'custom', from: '2026-01-15', to: '2026-03-31' })).toBe('2026-01-15..2026-03-31');
  });

  it('points the next QBR at the following period in the account’s cadence', () => {
    expect(nextPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, 'Enterprise')).toEqual({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(nextPeriod({ kind: 'half', year: 2026, half: 1 }, 'Mid-Market')).toEqual({ kind: 'half', year: 2026, half: 2 });
  });

  it('refuses a custom range that ends before it starts, or a quarter 5', () => {
    const backwards = QbrPeriod.safeParse({ kind: 'custom', from: '2026-03-31', to: '2026-01-01' });
    expect(backwards.success ? null : backwards.error.issues[0]!.message).toBe('The period must end on or after its first day');
    expect(QbrPeriod.safeParse({ kind: 'quarter', year: 2026, quarter: 5 }).success).toBe(false);
  });
});
