import { z } from 'zod';

const count = (what: string) =>
  z
    .number({ error: `Enter ${what} as a whole number` })
    .int(`Enter ${what} as a whole number`)
    .min(0, `${what[0]!.toUpperCase()}${what.slice(1)} can't be negative`)
    .max(10_000_000, `That ${what} looks too large`)
    .nullable();

/**
 * The raw signals behind a health check, each optional (null = not known). Where they are
 * given, each component's suggested score is computed from them (see suggest.ts).
 */
export const RawSignals = z
  .object({
    activeUsers: count('the number of active users'),
    licensedSeats: count('the seat count'),
    logins30d: count('the logins in the last 30 days'),
    daysSinceLastUse: count('the days since last use'),
    ticketsP1: count('the open P1 tickets'),
    ticketsP2: count('the open P2 tickets'),
    ticketsP3: count('the open P3 tickets'),
    featuresAdopted: count('the features adopted'),
    featuresAvailable: count('the features available'),
    nps: z.number({ error: 'NPS is a whole number 0–10' }).int('NPS is a whole number 0–10').min(0, 'NPS is 0–10').max(10, 'NPS is 0–10').nullable(),
    csat: z.number({ error: 'CSAT is 1–5' }).min(1, 'CSAT is 1–5').max(5, 'CSAT is 1–5').nullable(),
    trainingAttended: z.boolean().nullable(),
    paymentLate: z.boolean().nullable(),
    competitorMentioned: z.boolean().nullable(),
  })
  .strict()
  .refine((s) => s.featuresAdopted === null || s.featuresAvailable === null || s.featuresAdopted <= s.featuresAvailable, {
    message: "Features adopted can't be more than the features available",
    path: ['featuresAdopted'],
  });
export type RawSignals = z.output<typeof RawSignals>;

export const NO_SIGNALS: RawSignals = {
  activeUsers: null,
  licensedSeats: null,
  logins30d: null,
  daysSinceLastUse: null,
  ticketsP1: null,
  ticketsP2: null,
  ticketsP3: null,
  featuresAdopted: null,
  featuresAvailable: null,
  nps: null,
  csat: null,
  trainingAttended: null,
  paymentLate: null,
  competitorMentioned: null,
};

export const SIGNAL_LABELS: Record<keyof RawSignals, string> = {
  activeUsers: 'Active users',
  licensedSeats: 'Licensed seats',
  logins30d: 'Logins in the last 30 days',
  daysSinceLastUse: 'Days since last use',
  ticketsP1: 'Open P1 tickets',
  ticketsP2: 'Open P2 tickets',
  ticketsP3: 'Open P3 tickets',
  featuresAdopted: 'Features adopted',
  featuresAvailable: 'Features available',
  nps: 'NPS (0–10)',
  csat: 'CSAT (1–5)',
  trainingAttended: 'Training attended',
  paymentLate: 'Payment',
  competitorMentioned: 'Competitor mentioned',
};
