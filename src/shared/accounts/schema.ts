import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { SEGMENTS, STAGES } from './segments';
import { TIERS } from '../health/models';
import { RISKS } from '../health/risk';

export const AccountId = z.uuid({ error: 'Not a valid account id' });

export const Segment = z.enum(SEGMENTS, { error: 'Choose Enterprise, Mid-Market or SMB' });
export const Stage = z.enum(STAGES, { error: 'Choose a stage' });

const MAX_ARR = 1_000_000_000_000;

/** The fields a CSM fills in for an account; the same schema checks the form and main's input. */
export const AccountFields = z
  .object({
    name: z
      .string({ error: 'Give the account a name' })
      .trim()
      .min(1, 'Give the account a name')
      .max(200, 'Keep the name under 200 characters'),
    arr: z
      .number({ error: 'Enter the ARR as a number, e.g. 48000' })
      .finite('Enter the ARR as a number, e.g. 48000')
      .min(0, "ARR can't be negative")
      .max(MAX_ARR, 'That ARR looks too large'),
    segmentOverride: Segment.nullable(),
    stage: Stage,
    ownerCsm: z.string().trim().max(100, 'Keep the owner under 100 characters'),
    contractStart: IsoDate.nullable(),
    renewalDate: IsoDate.nullable(),
    productVersion: z.string().trim().max(50, 'Keep the version under 50 characters'),
    notes: z.string().max(20_000, 'Notes are limited to 20,000 characters'),
  })
  .strict();

export type AccountFields = z.output<typeof AccountFields>;
export type AccountFieldsInput = z.input<typeof AccountFields>;

function renewalNotBeforeStart(v: { contractStart: string | null; renewalDate: string | null }) {
  return !v.contractStart || !v.renewalDate || v.renewalDate >= v.contractStart;
}
const RENEWAL_BEFORE_START = {
  message: "The renewal date can't be before the contract start",
  path: ['renewalDate'],
};

export const CreateAccountInput = AccountFields.refine(renewalNotBeforeStart, RENEWAL_BEFORE_START);

export const UpdateAccountInput = z
  .object({ id: AccountId, fields: AccountFields.refine(renewalNotBeforeStart, RENEWAL_BEFORE_START) })
  .strict();

export const Account = z.object({
  id: AccountId,
  name: z.string(),
  arr: z.number(),
  segment: Segment,
  segmentOverride: Segment.nullable(),
  stage: Stage,
  ownerCsm: z.string(),
  contractStart: IsoDate.nullable(),
  renewalDate: IsoDate.nullable(),
  productVersion: z.string(),
  notes: z.string(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  archivedAt: IsoTimestamp.nullable(),
});
export type Account = z.output<typeof Account>;

export const ACCOUNT_SORT_KEYS = ['name', 'health', 'arr', 'segment', 'stage', 'renewalDate', 'ownerCsm', 'updatedAt'] as const;

/** The accounts table filters by health tier, or the accounts not scored yet. */
export const TIER_FILTERS = [...TIERS, 'unscored'] as const;

export const ListAccountsInput = z
  .object({
    query: z.string().max(200).optional(),
    segment: Segment.optional(),
    stage: Stage.optional(),
    tier: z.enum(TIER_FILTERS).optional(),
    includeArchived: z.boolean().optional(),
    sort: z.enum(ACCOUNT_SORT_KEYS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
  })
  .strict();
export type ListAccountsInput = z.output<typeof ListAccountsInput>;

/** A row of the accounts table: the account plus the counts and current health the table shows. */
export const AccountRow = Account.extend({
  contactCount: z.number().int(),
  health: z.object({
    score: z.number().int().nullable(),
    tier: z.enum(TIERS).nullable(),
    trend: z.enum(['up', 'down', 'flat']).nullable(),
    risk: z.enum(RISKS).nullable(),
    overridden: z.boolean(),
  }),
});
export type AccountRow = z.output<typeof AccountRow>;

export const AccountIdInput = z.object({ id: AccountId }).strict();
