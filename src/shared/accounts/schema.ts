import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { SEGMENTS, STAGES } from './segments';
import { TIERS } from '../health/models';
import { RISKS } from '../health/risk';
import { parseVersion } from '../growth/version';

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

export const ACCOUNT_SORT_KEYS = [
  'name',
  'health',
  'arr',
  'segment',
  'stage',
  'renewalDate',
  'ownerCsm',
  'updatedAt',
  // The installed version (issue 14), compared semantically by the accounts service.
  'productVersion',
  // The account at a glance (issue 16).
  'lastTouch',
  'openActionItems',
  'overdueActionItems',
  'readiness',
  'openBlockers',
  'licenseExpiry',
] as const;
export type AccountSortKey = (typeof ACCOUNT_SORT_KEYS)[number];

/** The accounts table filters by health tier, or the accounts not scored yet. */
export const TIER_FILTERS = [...TIERS, 'unscored'] as const;

export const ListAccountsInput = z
  .object({
    query: z.string().max(200).optional(),
    segment: Segment.optional(),
    stage: Stage.optional(),
    tier: z.enum(TIER_FILTERS).optional(),
    includeArchived: z.boolean().optional(),
    /** Only accounts whose installed version is older than this one (unknown versions are left out). */
    olderThan: z
      .string()
      .trim()
      .max(50)
      .refine((v) => parseVersion(v) !== null, { message: 'Write the version as numbers with dots, e.g. 2.10.0' })
      .optional(),
    sort: z.enum(ACCOUNT_SORT_KEYS).optional(),
    direction: z.enum(['asc', 'desc']).optional(),
  })
  .strict();
export type ListAccountsInput = z.output<typeof ListAccountsInput>;

/** A row of the accounts table: the account, its current health, counts and the account at a glance. */
export const AccountRow = Account.extend({
  contactCount: z.number().int(),
  health: z.object({
    score: z.number().int().nullable(),
    tier: z.enum(TIERS).nullable(),
    trend: z.enum(['up', 'down', 'flat']).nullable(),
    risk: z.enum(RISKS).nullable(),
    overridden: z.boolean(),
  }),
  /** When the latest note was held; null before the first. */
  lastTouchAt: IsoTimestamp.nullable(),
  openActionItems: z.number().int(),
  overdueActionItems: z.number().int(),
  /** Readiness checklist done %, null before the account has a checklist. */
  readinessPercent: z.number().int().nullable(),
  openBlockers: z.number().int(),
  /** The soonest expiry among live licenses; null when none. */
  nextLicenseExpiry: IsoDate.nullable(),
});
/** The most rows one page of the accounts table asks for. */
export const MAX_ACCOUNTS_PAGE = 500;

/** One window of the filtered, sorted accounts table: only the rows it shows (issue 12 item 17). */
export const AccountsPageInput = ListAccountsInput.extend({
  offset: z.number().int().min(0).max(1_000_000),
  limit: z.number().int().min(1).max(MAX_ACCOUNTS_PAGE),
}).strict();
export type AccountsPageInput = z.output<typeof AccountsPageInput>;

export type AccountRow = z.output<typeof AccountRow>;

export const AccountsPage = z.object({
  rows: z.array(AccountRow),
  /** How many accounts match the filters, all pages together. */
  total: z.number().int().min(0),
  /** The ARR of the matching accounts that aren't archived, all pages together (the table's subtitle). */
  totalArr: z.number().min(0),
});
export type AccountsPage = z.output<typeof AccountsPage>;

export const AccountIdInput = z.object({ id: AccountId }).strict();
