import { tierFor, type ComponentKey, type ComponentWeight, type Thresholds, type Tier } from './models';

export type ComponentScores = Partial<Record<ComponentKey, number | null>>;

export interface Contribution {
  key: ComponentKey;
  label: string;
  /** The weight the model gives it. */
  weight: number;
  /** The CSM's 0–100 score, or null when not judged. */
  score: number | null;
  /** Its weight once missing components' weight is spread over the present ones (0 when missing). */
  effectiveWeight: number;
  /** Points it adds to the total: score × effective weight / 100. */
  points: number;
}

export interface ScoreResult {
  /** Weighted mean, rounded half up; null when no component was judged. */
  score: number | null;
  tier: Tier | null;
  /** Fewer components than the model has: "partial — 3 of 4 components". */
  partial: boolean;
  present: number;
  total: number;
  contributions: Contribution[];
}

/**
 * The health score: the weighted mean of the judged components. A missing component does not
 * count as zero: the present ones share its weight in proportion to their own, which is the same
 * as dividing Σ weight × score by the present weights. Computed in integers so 64.5 rounds to 65
 * whatever floating point would make of it.
 */
export function computeScore(components: readonly ComponentWeight[], scores: ComponentScores, thresholds: Thresholds): ScoreResult {
  const present = components.filter((c) => typeof scores[c.key] === 'number');
  const presentWeight = present.reduce((sum, c) => sum + c.weight, 0);
  const weighted = present.reduce((sum, c) => sum + c.weight * (scores[c.key] as number), 0);
  const contributions = components.map((c): Contribution => {
    const s = scores[c.key];
    const score = typeof s === 'number' ? s : null;
    const effectiveWeight = score === null || presentWeight === 0 ? 0 : (c.weight * 100) / presentWeight;
    return { key: c.key, label: c.label, weight: c.weight, score, effectiveWeight, points: score === null ? 0 : (score * effectiveWeight) / 100 };
  });
  if (present.length === 0 || presentWeight === 0) {
    return { score: null, tier: null, partial: present.length < components.length, present: present.length, total: components.length, contributions };
  }
  const score = roundHalfUp(weighted, presentWeight);
  return {
    score,
    tier: tierFor(score, thresholds),
    partial: present.length < components.length,
    present: present.length,
    total: components.length,
    contributions,
  };
}

/** numerator / denominator rounded half up, exactly (both non-negative integers). */
export function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function partialLabel(r: { partial: boolean; present: number; total: number }): string | null {
  return r.partial ? `partial — ${r.present} of ${r.total} components` : null;
}

export type Trend = 'up' | 'down' | 'flat';

/** Up or down when the score moved by 3 points or more since the check before (smaller moves are noise). */
export function trendOf(current: number | null, previous: number | null): Trend | null {
  if (current === null || previous === null) return null;
  if (current - previous >= 3) return 'up';
  if (previous - current >= 3) return 'down';
  return 'flat';
}
