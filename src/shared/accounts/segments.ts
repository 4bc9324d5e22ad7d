/** Segments by ARR (seed 001): Enterprise ≥ $100K, Mid-Market $25K–$100K, SMB < $25K. */
export const SEGMENTS = ['Enterprise', 'Mid-Market', 'SMB'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const ENTERPRISE_MIN_ARR = 100_000;
export const MID_MARKET_MIN_ARR = 25_000;

export function segmentForArr(arr: number): Segment {
  if (arr >= ENTERPRISE_MIN_ARR) return 'Enterprise';
  if (arr >= MID_MARKET_MIN_ARR) return 'Mid-Market';
  return 'SMB';
}

/** What each segment is promised (seed 001): first-response time and QBR cadence. */
export const SEGMENT_SLA: Record<Segment, { responseHours: number; qbrCadence: string | null }> = {
  Enterprise: { responseHours: 4, qbrCadence: 'Quarterly' },
  'Mid-Market': { responseHours: 24, qbrCadence: 'Semi-annual' },
  SMB: { responseHours: 48, qbrCadence: null },
};

export const STAGES = ['Onboarding', 'Adoption', 'Retention', 'Expansion', 'At-risk', 'Churned'] as const;
export type Stage = (typeof STAGES)[number];
