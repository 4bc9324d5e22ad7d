import { z } from 'zod';
import { AccountId, Segment } from '../accounts/schema';
import { ContactId } from '../contacts/schema';
import { IsoTimestamp } from '../dates/iso-date';
import { CATEGORIES, PRIORITIES, ROUTES } from './classification';
import { THEME_STATUSES } from './theme-status';
import { MAX_WHY_STEPS } from './why-chain';
import { OperationId } from '../ipc/long-operation';

export const FeedbackRequestId = z.uuid({ error: 'Not a valid feedback id' });
export const ThemeId = z.uuid({ error: 'Not a valid theme id' });

export const Category = z.enum(CATEGORIES, { error: 'Choose a category' });
export const Route = z.enum(ROUTES, { error: 'Choose where this goes' });
export const Priority = z.enum(PRIORITIES, { error: 'Choose a priority' });
export const ThemeStatus = z.enum(THEME_STATUSES, { error: 'Choose a status' });

/**
 * A check-in note's id. Notes live in another domain; the link is kept as a plain id so a
 * request captured inside a note can be found from it.
 */
export const NoteId = z.string().trim().min(1, 'Not a valid note id').max(100, 'Not a valid note id');

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** What a CSM captures for one request; the same schema checks the form and main's input. */
export const FeedbackFields = z
  .object({
    /** The customer's proposed solution, in their words. */
    request: z
      .string({ error: "Write down what the customer asked for, in their words" })
      .trim()
      .min(1, 'Write down what the customer asked for, in their words')
      .max(2000, 'Keep the request under 2,000 characters'),
    whys: z
      .array(z.string().trim().min(1, 'Write the answer, or remove this step').max(1000, 'Keep each answer under 1,000 characters'))
      .max(MAX_WHY_STEPS, `Keep the chain to ${MAX_WHY_STEPS} steps`),
    /** The problem underneath, as a problem statement; may still be unknown. */
    rootCause: z.string().trim().max(1000, 'Keep the root cause under 1,000 characters'),
    askedBy: z
      .array(ContactId)
      .max(50, 'Pick at most 50 contacts')
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each contact can be picked once' }),
    category: Category,
    productArea: z.string().trim().max(100, 'Keep the product area under 100 characters'),
    route: Route,
    priority: Priority,
    noteId: NoteId.nullable(),
    /** Seed 001's feature request process, step 1: why this matters to the customer's business. */
    businessJustification: z.string().trim().max(2000, 'Keep the business justification under 2,000 characters').default(''),
    /** Step 2: the potential impact and customer value. */
    impactAssessment: z.string().trim().max(2000, 'Keep the impact assessment under 2,000 characters').default(''),
    /** The vendor's issue this request was filed as or added to (seed 002: "create a new issue… advocate"). */
    vendorIssueUrl: z
      .string()
      .trim()
      .max(500, 'Keep the link under 500 characters')
      .refine((v) => v === '' || isHttpsUrl(v), "Paste the issue's https:// link")
      .default(''),
  })
  .strict();
export type FeedbackFields = z.output<typeof FeedbackFields>;
export type FeedbackFieldsInput = z.input<typeof FeedbackFields>;

export const CreateFeedbackInput = z.object({ accountId: AccountId, fields: FeedbackFields }).strict();
export const UpdateFeedbackInput = z.object({ id: FeedbackRequestId, fields: FeedbackFields }).strict();
export const FeedbackIdInput = z.object({ id: FeedbackRequestId }).strict();
export const ListFeedbackInput = z
  .object({ accountId: AccountId.optional(), noteId: NoteId.optional(), themeId: ThemeId.optional() })
  .strict();
export type ListFeedbackInput = z.output<typeof ListFeedbackInput>;

export const AskedBy = z.object({ id: ContactId, name: z.string(), left: z.boolean() });

export const FeedbackRequest = z.object({
  id: FeedbackRequestId,
  accountId: AccountId,
  accountName: z.string(),
  accountSegment: Segment,
  /** The account's ARR in dollars. */
  accountArr: z.number(),
  request: z.string(),
  whys: z.array(z.string()),
  rootCause: z.string(),
  askedBy: z.array(AskedBy),
  category: Category,
  productArea: z.string(),
  route: Route,
  priority: Priority,
  noteId: z.string().nullable(),
  businessJustification: z.string(),
  impactAssessment: z.string(),
  vendorIssueUrl: z.string(),
  themeId: ThemeId.nullable(),
  themeTitle: z.string().nullable(),
  themeStatus: ThemeStatus.nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type FeedbackRequest = z.output<typeof FeedbackRequest>;

export const ThemeFields = z
  .object({
    title: z
      .string({ error: 'Name the problem in a few words' })
      .trim()
      .min(1, 'Name the problem in a few words')
      .max(200, 'Keep the title under 200 characters'),
    problemStatement: z.string().trim().max(2000, 'Keep the problem statement under 2,000 characters'),
  })
  .strict();
export type ThemeFields = z.output<typeof ThemeFields>;

export const CreateThemeInput = z
  .object({
    fields: ThemeFields,
    /** Requests to link to the new theme straight away (e.g. the one it was created from). */
    requestIds: z.array(FeedbackRequestId).max(500),
  })
  .strict();
export const UpdateThemeInput = z.object({ id: ThemeId, fields: ThemeFields }).strict();
export const ThemeIdInput = z.object({ id: ThemeId }).strict();

export const SetThemeStatusInput = z
  .object({
    id: ThemeId,
    status: ThemeStatus,
    /** Required for won't do; an optional note otherwise. */
    reason: z.string().max(1000, 'Keep the reason under 1,000 characters').nullable(),
  })
  .strict();

export const LinkFeedbackInput = z.object({ requestId: FeedbackRequestId, themeId: ThemeId }).strict();
export const UnlinkFeedbackInput = z.object({ requestId: FeedbackRequestId }).strict();

export const StatusChange = z.object({
  from: ThemeStatus.nullable(),
  to: ThemeStatus,
  reason: z.string().nullable(),
  changedAt: IsoTimestamp,
});
export type StatusChange = z.output<typeof StatusChange>;

export const Theme = ThemeFields.extend({
  id: ThemeId,
  status: ThemeStatus,
  /** The reason given when the theme was set to won't do (null otherwise). */
  wontDoReason: z.string().nullable(),
  statusChangedAt: IsoTimestamp,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Theme = z.output<typeof Theme>;

/** A theme with what the inbox ranks it by. */
export const ThemeSummary = Theme.extend({
  /** Sum of the distinct linked (active) accounts' ARR, in dollars. */
  arrAtStake: z.number(),
  accountCount: z.number().int(),
  requestCount: z.number().int(),
  accountNames: z.array(z.string()),
});
export type ThemeSummary = z.output<typeof ThemeSummary>;

export const ThemeDetail = z.object({
  theme: ThemeSummary,
  requests: z.array(FeedbackRequest),
  history: z.array(StatusChange),
});
export type ThemeDetail = z.output<typeof ThemeDetail>;

export const SuggestThemesInput = z
  .object({
    text: z.string().max(5000),
    excludeThemeId: ThemeId.optional(),
    limit: z.number().int().min(1).max(20).optional(),
  })
  .strict();
export const ThemeSuggestion = z.object({ id: ThemeId, title: z.string(), problemStatement: z.string(), status: ThemeStatus });
export type ThemeSuggestion = z.output<typeof ThemeSuggestion>;

export const INBOX_SORTS = ['arr', 'accounts', 'oldest', 'newest'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
export const INBOX_SORT_LABELS: Record<InboxSort, string> = {
  arr: 'ARR at stake',
  accounts: 'Number of accounts',
  oldest: 'Oldest first',
  newest: 'Newest first',
};

/**
 * The inbox's filters. Status is a theme's; an unlinked request counts as new (nobody has
 * looked at it yet). Category, route, segment and account are a request's: a theme shows when
 * any of its requests matches.
 */
export const InboxQuery = z
  .object({
    status: ThemeStatus.optional(),
    category: Category.optional(),
    route: Route.optional(),
    segment: Segment.optional(),
    accountId: AccountId.optional(),
    sort: z.enum(INBOX_SORTS).optional(),
  })
  .strict();
export type InboxQuery = z.output<typeof InboxQuery>;

export const InboxItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('theme'), theme: ThemeSummary }),
  z.object({ kind: z.literal('request'), request: FeedbackRequest }),
]);
export type InboxItem = z.output<typeof InboxItem>;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export const ExportInboxInput = z
  .object({ format: z.enum(EXPORT_FORMATS), query: InboxQuery, operationId: OperationId.optional() })
  .strict();
export type ExportInboxInput = z.output<typeof ExportInboxInput>;
export const ExportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), requestCount: z.number().int() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.output<typeof ExportResult>;
