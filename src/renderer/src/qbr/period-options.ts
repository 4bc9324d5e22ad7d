import { defaultPeriod, periodKey, periodLabel, type QbrPeriod } from '../../../shared/qbr/period';
import type { Segment } from '../../../shared/accounts/segments';

/** The periods offered in the picker: the last six quarters and last four half-years, newest first. */
export function periodChoices(segment: Segment, today: string): { value: string; label: string; period: QbrPeriod }[] {
  const quarters: QbrPeriod[] = [];
  let q = defaultPeriod('Enterprise', today);
  for (let i = 0; i < 6 && q.kind === 'quarter'; i++) {
    quarters.push(q);
    q = q.quarter === 1 ? { kind: 'quarter', year: q.year - 1, quarter: 4 } : { kind: 'quarter', year: q.year, quarter: q.quarter - 1 };
  }
  const halves: QbrPeriod[] = [];
  let h = defaultPeriod('Mid-Market', today);
  for (let i = 0; i < 4 && h.kind === 'half'; i++) {
    halves.push(h);
    h = h.half === 1 ? { kind: 'half', year: h.year - 1, half: 2 } : { kind: 'half', year: h.year, half: 1 };
  }
  // The account's own cadence comes first, so its default is at the top.
  const ordered = segment === 'Mid-Market' ? [...halves, ...quarters] : [...quarters, ...halves];
  return ordered.map((p) => ({ value: periodKey(p), label: p.kind === 'half' ? `${periodLabel(p)} (half-year)` : periodLabel(p), period: p }));
}
