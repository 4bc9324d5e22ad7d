import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { COMPONENT_KEYS, MODEL_IDS, TIERS, weightsProblem } from './models';
import { PRIORITY_LEVELS } from './priority';
import { LOSS_REASONS, RENEWAL_OUTCOMES } from './retention';
import { RISKS } from './risk';
import { RawSignals } from './signals';
import { ALERT_KINDS, SEVERITIES } from './triggers';

export const ComponentKey = z.enum(COMPONENT_KEYS);
export const ModelId = z.enum(MODEL_IDS, { error: 'Choose a scoring model' });
export const Tier = z.enum(TIERS);
export const Risk = z.enum(RISKS);

const score0to100 = z
  .number({ error: 'Enter a score from 0 to 100' })
  .int('Enter a whole number from 0 to 100')
  .min(0, 'A score is 0 to 100')
  .max(100, 'A score is 0 to 100');

export const ComponentScoresInput = z.partialRecord(ComponentKey, score0to100.nullable());

export const RecordCheckInput = z
  .object({
    accountId: AccountId,
    checkedOn: IsoDate,
    scores: ComponentScoresInput,
    signals: RawSignals,
    note: z.string().max(5000, 'Keep the note under 5,000 characters'),
    /** The check-in note it was recorded from, if any. */
    checkinNoteId: z.uuid().nullable().optional(),
  })
  .strict();
export type RecordCheckInput = z.output<typeof RecordCheckInput>;

const ComponentWeight = z.object({ key: ComponentKey, label: z.string(), weight: z.number().int() });
const Thresholds = z.object({ yellowFrom: z.number().int(), greenFrom: z.number().int() });

export const Contribution = z.object({
  key: ComponentKey,
  label: z.string(),
  weight: z.number(),
  score: z.number().nullable(),
  effectiveWeight: z.number(),
  points: z.number(),
});

export const HealthCheck = z.object({
  id: z.string(),
  accountId: AccountId,
  checkedOn: IsoDate,
  modelId: ModelId,
  components: z.array(ComponentWeight),
  thresholds: Thresholds,
  signals: RawSignals,
  note: z.string(),
  checkinNoteId: z.string().nullable(),
  score: z.number().int().nullable(),
  tier: Tier.nullable(),
  partial: z.boolean(),
  present: z.number().int(),
  total: z.number().int(),
  contributions: z.array(Contribution),
  createdAt: IsoTimestamp,
});
export type HealthCheck = z.output<typeof HealthCheck>;

export const Override = z.object({
  score: z.number().int(),
  tier: Tier,
  reason: z.string(),
  expiresOn: IsoDate,
  setAt: IsoTimestamp,
});
export type Override = z.output<typeof Override>;

export const SetOverrideInput = z
  .object({
    accountId: AccountId,
    score: score0to100,
    reason: z.string({ error: 'Say why you override the score' }).trim().min(1, 'Say why you override the score').max(1000, 'Keep the reason under 1,000 characters'),
    expiresOn: IsoDate,
  })
  .strict();
export type SetOverrideInput = z.output<typeof SetOverrideInput>;

export const AccountIdOnly = z.object({ accountId: AccountId }).strict();

export const AlertStatus = z.enum(['open', 'acknowledged', 'closed']);
export type AlertStatus = z.output<typeof AlertStatus>;

export const Alert = z.object({
  id: z.string(),
  accountId: AccountId,
  accountName: z.string(),
  kind: z.enum(ALERT_KINDS),
  label: z.string(),
  severity: z.enum(SEVERITIES),
  reason: z.string(),
  play: z.string(),
  /** The NPS answer behind a "promoter" alert raised from a survey, so the alert can open the advocacy ask for it; otherwise null. */
  surveyResponseId: z.string().nullable(),
  raisedOn: IsoDate,
  dueOn: IsoDate,
  status: AlertStatus,
  actionTaken: z.string().nullable(),
  acknowledgedAt: IsoTimestamp.nullable(),
  outcome: z.string().nullable(),
  closedAt: IsoTimestamp.nullable(),
});
export type Alert = z.output<typeof Alert>;

export const AlertsRaised = z.object({ alerts: z.array(Alert) });

export const ListAlertsInput = z
  .object({ accountId: AccountId.optional(), status: z.enum(['active', 'closed', 'all']).optional() })
  .strict();

export const AcknowledgeAlertInput = z
  .object({
    id: z.uuid(),
    action: z.string({ error: 'Say what you did' }).trim().min(1, 'Say what you did').max(2000, 'Keep it under 2,000 characters'),
  })
  .strict();
export const CloseAlertInput = z
  .object({
    id: z.uuid(),
    outcome: z.string({ error: 'Say how it turned out' }).trim().min(1, 'Say how it turned out').max(2000, 'Keep it under 2,000 characters'),
  })
  .strict();

export const AccountHealth = z.object({
  accountId: AccountId,
  modelId: ModelId,
  latest: HealthCheck.nullable(),
  /** Up to the last 18 checks, oldest first, for the chart. */
  history: z.array(HealthCheck),
  override: Override.nullable(),
  /** The score that counts: the override while it lasts, else the latest check's. */
  score: z.number().int().nullable(),
  tier: Tier.nullable(),
  trend: z.enum(['up', 'down', 'flat']).nullable(),
  risk: Risk.nullable(),
  alerts: z.array(Alert),
});
export type AccountHealth = z.output<typeof AccountHealth>;

/** The health columns of the accounts table, one row per account. */
export const HealthRow = z.object({
  accountId: AccountId,
  score: z.number().int().nullable(),
  tier: Tier.nullable(),
  trend: z.enum(['up', 'down', 'flat']).nullable(),
  risk: Risk.nullable(),
  overridden: z.boolean(),
});
export type HealthRow = z.output<typeof HealthRow>;

export { HealthSettings } from './settings';

export const UpdateHealthSettingsInput = z
  .object({
    modelId: ModelId,
    weights: z.partialRecord(ComponentKey, z.number({ error: 'Enter a whole number' }).int('Enter a whole number').min(0, 'At least 0').max(100, 'At most 100')),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = weightsProblem(Object.values(v.weights));
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['weights'] });
  });
export type UpdateHealthSettingsInput = z.output<typeof UpdateHealthSettingsInput>;

export const RenewalOutcome = z.enum(RENEWAL_OUTCOMES, { error: 'Choose the outcome' });
export const LossReason = z.enum(LOSS_REASONS, { error: 'Choose a reason' });

export const RecordRenewalInput = z
  .object({
    accountId: AccountId,
    outcome: RenewalOutcome,
    newArr: z.number({ error: 'Enter the new ARR as a number' }).finite().min(0, "ARR can't be negative").max(1_000_000_000_000, 'That ARR looks too large'),
    reason: LossReason.nullable(),
    reasonText: z.string().trim().max(2000, 'Keep it under 2,000 characters'),
    nextRenewalDate: IsoDate.nullable(),
    /** The expansion opportunity this renewal closed (growth, issue 14): won at an expansion, lost otherwise. */
    opportunityId: z.uuid({ error: 'Not a valid opportunity id' }).nullable().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const loss = v.outcome === 'churned' || v.outcome === 'contracted';
    if (loss && !v.reason) ctx.addIssue({ code: 'custom', message: 'Choose why ARR was lost', path: ['reason'] });
    if (loss && v.reason && !v.reasonText) ctx.addIssue({ code: 'custom', message: 'Say which and why, in a few words', path: ['reasonText'] });
    if (v.outcome === 'churned' && v.newArr !== 0) ctx.addIssue({ code: 'custom', message: 'A churned account has no ARR left: enter 0', path: ['newArr'] });
    if (v.outcome !== 'churned' && v.newArr === 0) ctx.addIssue({ code: 'custom', message: 'Zero ARR means churned: choose Churned or enter the new ARR', path: ['newArr'] });
    if (v.outcome !== 'churned' && !v.nextRenewalDate) ctx.addIssue({ code: 'custom', message: 'Enter the next renewal date', path: ['nextRenewalDate'] });
  });
export type RecordRenewalInput = z.output<typeof RecordRenewalInput>;

export const RenewalRecord = z.object({
  id: z.string(),
  accountId: AccountId,
  renewalDate: IsoDate,
  outcome: RenewalOutcome,
  previousArr: z.number(),
  newArr: z.number(),
  reason: LossReason.nullable(),
  reasonText: z.string(),
  recordedAt: IsoTimestamp,
});
export type RenewalRecord = z.output<typeof RenewalRecord>;

export const Portfolio = z.object({
  accounts: z.number().int(),
  tiers: z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int(), unscored: z.number().int() }),
  arrByTier: z.object({ green: z.number(), yellow: z.number(), red: z.number(), unscored: z.number() }),
  averageHealth: z.number().nullable(),
  arrAtRisk: z.number(),
  renewalsThisQuarter: z.object({ count: z.number().int(), arr: z.number() }),
  retention: z.object({
    from: IsoDate,
    to: IsoDate,
    grr: z.number().nullable(),
    nrr: z.number().nullable(),
    startingArr: z.number(),
    keptArr: z.number(),
    endingArr: z.number(),
    outcomes: z.number().int(),
  }),
  notRecorded: z.array(z.object({ accountId: AccountId, name: z.string(), renewalDate: IsoDate, arr: z.number() })),
});
export type Portfolio = z.output<typeof Portfolio>;

export const TODAY_KINDS = ['alert', 'task', 'renewal'] as const;
export const TodayItem = z.object({
  kind: z.enum(TODAY_KINDS),
  id: z.string(),
  accountId: AccountId,
  accountName: z.string(),
  title: z.string(),
  /** Why it is on the list. */
  why: z.string(),
  nextAction: z.string(),
  dueOn: IsoDate.nullable(),
  priority: z.number(),
  level: z.enum(PRIORITY_LEVELS),
  /** How the priority was reached, e.g. "At-risk 3 × ARR $50K 2.7 × overdue 3 × task 1 = 24.3". */
  explanation: z.string(),
});
export type TodayItem = z.output<typeof TodayItem>;

export const TodayInput = z
  .object({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(200).optional() })
  .strict();
export const Today = z.object({
  items: z.array(TodayItem),
  /** Every item Today holds, counted in SQL: the list is a page of it. */
  total: z.number().int(),
  counts: z.object({ alerts: z.number().int(), overdue: z.number().int(), dueToday: z.number().int(), renewals: z.number().int(), urgent: z.number().int() }),
});
export type Today = z.output<typeof Today>;

export const SummaryInput = z.object({ accountId: AccountId.optional(), atRiskOnly: z.boolean().optional() }).strict();
export const SummaryText = z.object({ text: z.string(), accounts: z.number().int() });
