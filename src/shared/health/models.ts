/**
 * Health scoring models (PRODUCT.md item 6). A model is a list of components with integer
 * weights totalling 100, and the tier thresholds. Two ship: seed 001's four components (the
 * default) and seed 003's three. The CSM may re-weight either in Settings; each stored score
 * keeps the weights and thresholds it was computed with, so a change never rewrites history.
 */

export const COMPONENT_KEYS = ['usage', 'adoption', 'support', 'outcomes', 'engagement', 'business'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

export const MODEL_IDS = ['four-components', 'three-components'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export const TIERS = ['green', 'yellow', 'red'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, string> = { green: 'Green', yellow: 'Yellow', red: 'Red' };

/** A score at or above `greenFrom` is green; at or above `yellowFrom` yellow; below, red. */
export interface Thresholds {
  yellowFrom: number;
  greenFrom: number;
}

export interface ComponentWeight {
  key: ComponentKey;
  label: string;
  weight: number;
}

export interface ScoringModel {
  id: ModelId;
  label: string;
  source: string;
  components: ComponentWeight[];
  thresholds: Thresholds;
}

interface ComponentInfo {
  label: string;
  /** What the CSM judges, shown beside the field (seeds 001, 003, 004). */
  rubric: string;
}

export const COMPONENTS: Record<ComponentKey, ComponentInfo> = {
  usage: {
    label: 'Product usage',
    rubric:
      'Active users against licensed seats, login frequency, days since last use. 80–100: most seats active every week; 50–79: steady but partial use; below 50: few users or long gaps.',
  },
  adoption: {
    label: 'Feature adoption',
    rubric:
      'Advanced features and integrations in production use (installed is not used). 80–100: the key features live; 50–79: core features only; below 50: stuck on the basics.',
  },
  support: {
    label: 'Support engagement',
    rubric:
      'Ticket volume and severity, satisfaction with answers. 80–100: few tickets, happy with support; 50–79: a steady load or an open P2; below 50: P1s, repeat tickets or complaints.',
  },
  outcomes: {
    label: 'Business outcomes',
    rubric:
      'Reported ROI and business impact against the success plan. 80–100: value documented and acknowledged; 50–79: value partly shown; below 50: no outcome the customer recognises.',
  },
  engagement: {
    label: 'Engagement',
    rubric:
      'Response to emails, participation in training, feature requests submitted, community involvement. 80–100: engaged and responsive; 50–79: responds when asked; below 50: silent.',
  },
  business: {
    label: 'Business',
    rubric:
      'Value delivered (ROI), growth in usage, renewal proximity, payment history. 80–100: value proven and paying on time; 50–79: some doubt; below 50: value questioned, late payments or a competitor in play.',
  },
};

export const MODELS: Record<ModelId, ScoringModel> = {
  'four-components': {
    id: 'four-components',
    label: 'Four components',
    source: 'seed 001',
    components: [
      { key: 'usage', label: COMPONENTS.usage.label, weight: 40 },
      { key: 'adoption', label: COMPONENTS.adoption.label, weight: 30 },
      { key: 'support', label: COMPONENTS.support.label, weight: 20 },
      { key: 'outcomes', label: COMPONENTS.outcomes.label, weight: 10 },
    ],
    // Red < 50, yellow 50–70, green > 70.
    thresholds: { yellowFrom: 50, greenFrom: 71 },
  },
  'three-components': {
    id: 'three-components',
    label: 'Three components',
    source: 'seed 003',
    components: [
      { key: 'usage', label: 'Usage', weight: 40 },
      { key: 'engagement', label: COMPONENTS.engagement.label, weight: 30 },
      { key: 'business', label: COMPONENTS.business.label, weight: 30 },
    ],
    // Red 0–49, yellow 50–79, green 80–100.
    thresholds: { yellowFrom: 50, greenFrom: 80 },
  },
};

export const DEFAULT_MODEL_ID: ModelId = 'four-components';

/** Per model, the weights by component key. */
export type ModelWeights = Partial<Record<ComponentKey, number>>;

/** The model with the CSM's weights applied (components the weights don't name keep the default). */
export function withWeights(id: ModelId, weights: ModelWeights | undefined): ScoringModel {
  const base = MODELS[id];
  return { ...base, components: base.components.map((c) => ({ ...c, weight: weights?.[c.key] ?? c.weight })) };
}

/**
 * Why a set of weights can't be used, or null when it can: each an integer 0–100, together 100.
 * The message names the total so the CSM knows how far off it is.
 */
export function weightsProblem(weights: readonly number[]): string | null {
  if (weights.some((w) => !Number.isInteger(w))) return 'Weights are whole numbers.';
  if (weights.some((w) => w < 0 || w > 100)) return 'Each weight is between 0 and 100.';
  const total = weights.reduce((a, b) => a + b, 0);
  if (total !== 100) return `The weights must total 100; they total ${total}.`;
  return null;
}

export function tierFor(score: number, thresholds: Thresholds): Tier {
  if (score >= thresholds.greenFrom) return 'green';
  if (score >= thresholds.yellowFrom) return 'yellow';
  return 'red';
}

/** How the tiers read for a model, e.g. "red < 50, yellow 50–70, green > 70". */
export function describeThresholds(t: Thresholds): string {
  return `red < ${t.yellowFrom}, yellow ${t.yellowFrom}–${t.greenFrom - 1}, green ≥ ${t.greenFrom}`;
}

/** Lower is worse: used to tell a fall of a tier. */
export const TIER_RANK: Record<Tier, number> = { red: 0, yellow: 1, green: 2 };
