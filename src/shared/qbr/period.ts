import { z } from 'zod';
import { IsoDate, addDays } from '../dates/iso-date';
import type { Segment } from '../accounts/segments';

/** The span a QBR reviews: a calendar quarter, a half-year (Mid-Market's cadence) or any range. */
export const QbrPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('half'), year: z.number().int().min(2000).max(2100), half: z.number().int().min(1).max(2) }).strict(),
  z
    .object({ kind: z.literal('custom'), from: IsoDate, to: IsoDate })
    .strict()
    .refine((p) => p.from <= p.to, { message: 'The period must end on or after its first day', path: ['to'] }),
]);
export type QbrPeriod = z.output<typeof QbrPeriod>;

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
const monthsFrom = (year: number, firstMonth: number, months: number) => {
  const endMonth = firstMonth + months;
  const next = endMonth > 12 ? monthStart(year + 1, endMonth - 12) : monthStart(year, endMonth);
  return { from: monthStart(year, firstMonth), to: addDays(next, -1) };
};

/** First and last day (inclusive, ISO dates) of a period. */
export function periodRange(p: QbrPeriod): { from: string; to: string } {
  switch (p.kind) {
    case 'quarter':
      return monthsFrom(p.year, (p.quarter - 1) * 3 + 1, 3);
    case 'half':
      return monthsFrom(p.year, (p.half - 1) * 6 + 1, 6);
    case 'custom':
      return { from: p.from, to: p.to };
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** "2026 Q3", "2026 H1", "2026-01-15 – 2026-03-31": the period as the pack's titles and names say it. */
export function periodLabel(p: QbrPeriod): string {
  switch (p.kind) {
    case 'quarter':
      return `${p.year} Q${p.quarter}`;
    case 'half':
      return `${p.year} H${p.half}`;
    case 'custom':
      return `${p.from} – ${p.to}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** A stable key for the draft of one account's period ("2026-Q3", "2026-H1", "2026-01-15..2026-03-31"). */
export function periodKey(p: QbrPeriod): string {
  switch (p.kind) {
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'custom':
      return `${p.from}..${p.to}`;
    default: {
      const never: never = p;
      return never;
    }
  }
}

/** The QBR cadence a segment is promised (seed 001): Mid-Market reviews every half-year. */
export function cadenceOf(segment: Segment): 'quarter' | 'half' {
  return segment === 'Mid-Market' ? 'half' : 'quarter';
}

/** The last complete quarter (or half-year) before `today`: what a CSM usually reviews. */
export function defaultPeriod(segment: Segment, today: string): QbrPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (cadenceOf(segment) === 'half') {
    return month <= 6 ? { kind: 'half', year: year - 1, half: 2 } : { kind: 'half', year, half: 1 };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  return quarter === 1 ? { kind: 'quarter', year: year - 1, quarter: 4 } : { kind: 'quarter', year, quarter: quarter - 1 };
}

/** The period after `p` in the account's cadence: where the rolling "next QBR" task points. */
export function nextPeriod(p: QbrPeriod, segment: Segment): QbrPeriod {
  const { to } = periodRange(p);
  return defaultPeriod(segment, addDays(addDays(to, 1), cadenceOf(segment) === 'half' ? 200 : 100));
}
