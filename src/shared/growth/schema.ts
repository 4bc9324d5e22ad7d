import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { AccountId } from '../accounts/schema';
import { ContactId } from '../contacts/schema';
import { RENEWAL_OUTCOMES } from '../health/retention';
import { GUARDRAIL_CODES } from './guardrails';
import { parseVersion } from './version';

export const ReleaseId = z.uuid({ error: 'Not a valid release id' });
export const OpportunityId = z.uuid({ error: 'Not a valid opportunity id' });
export const AdvocacyId = z.uuid({ error: 'Not a valid advocacy id' });
const ThemeId = z.uuid({ error: 'Not a valid theme id' });

// ---- Releases (seed 000 "New Version Release") ----

export const ReleaseFields = z
  .object({
    version: z
      .string({ error: 'Enter the version, e.g. 2.10.0' })
      .trim()
      .min(1, 'Enter the version, e.g. 2.10.0')
      .max(50, 'Keep the version under 50 characters')
      .refine((v) => parseVersion(v) !== null, { message: 'Write the version as numbers with dots, e.g. 2.10.0' }),
    releasedOn: IsoDate,
    highlights: z.string().trim().max(5000, 'Keep the highlights under 5,000 characters'),
    themeIds: z.array(ThemeId).max(200, 'A release can ship at most 200 themes'),
  })
  .strict();
export type ReleaseFields = z.output<typeof ReleaseFields>;
export type ReleaseFieldsInput = z.input<typeof ReleaseFields>;

export const Release = z.object({
  id: ReleaseId,
  version: z.string(),
  releasedOn: IsoDate,
  highlights: z.string(),
  themes: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
  notifiedAt: IsoTimestamp.nullable(),
  createdAt: IsoTimestamp,
});
export type Release = z.output<typeof Release>;

export const ReleaseAccount = z.object({
  id: AccountId,
  name: z.string(),
  productVersion: z.string(),
  /** Titles of the shipped themes this account asked for. */
  asked: z.array(z.string()),
  olderVersion: z.boolean(),
});
export type ReleaseAccount = z.output<typeof ReleaseAccount>;

export const ReleaseDetail = Release.extend({
  /** Accounts on a version older than this one (or whose version isn't known). */
  toNotify: z.array(ReleaseAccount),
  /** Accounts whose requests this release ships. */
  askedFor: z.array(ReleaseAccount),
});
export type ReleaseDetail = z.output<typeof ReleaseDetail>;

export const RecordReleaseInput = ReleaseFields;
export const ReleaseIdInput = z.object({ id: ReleaseId }).strict();
export const NotifyResult = z.object({ notifyTasks: z.number().int(), demoTasks: z.number().int(), created: z.number().int() });
export type NotifyResult = z.output<typeof NotifyResult>;

// ---- Expansion (seed 001 "Expansion Opportunities") ----

export const OPPORTUNITY_KINDS = ['seats', 'feature-upsell', 'multi-product', 'professional-services'] as const;
export const OPPORTUNITY_KIND_LABELS: Record<(typeof OPPORTUNITY_KINDS)[number], string> = {
  seats: 'Seat expansion',
  'feature-upsell': 'Feature upsell',
  'multi-product': 'Multi-product',
  'professional-services': 'Professional services',
};
export const OPPORTUNITY_STAGES = ['identified', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const OPPORTUNITY_STAGE_LABELS: Record<OpportunityStage, string> = {
  identified: 'Identified',
  qualified: 'Qualified',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  won: 'Won',
  lost: 'Lost',
};
/** Stages still in the pipeline (won and lost are closed). */
export const OPEN_STAGES: readonly OpportunityStage[] = ['identified', 'qualified', 'proposal', 'negotiation'];

/** Moving to lost is never a push on the customer, so guardrails don't stop it. */
export const isMoveOn = (from: OpportunityStage | null, to: OpportunityStage) =>
  to !== 'lost' && (from === null || OPPORTUNITY_STAGES.indexOf(to) > OPPORTUNITY_STAGES.indexOf(from));

export const OpportunityFields = z
  .object({
    kind: z.enum(OPPORTUNITY_KINDS, { error: 'Choose what kind of expansion it is' }),
    arr: z
      .number({ error: 'Enter the estimated ARR as a number, e.g. 12000' })
      .finite('Enter the estimated ARR as a number, e.g. 12000')
      .min(0, "ARR can't be negative")
      .max(1_000_000_000_000, 'That ARR looks too large'),
    stage: z.enum(OPPORTUNITY_STAGES, { error: 'Choose a stage' }),
    nextStep: z.string().trim().max(500, 'Keep the next step under 500 characters'),
    nextStepOn: IsoDate.nullable(),
  })
  .strict();
export type OpportunityFields = z.output<typeof OpportunityFields>;
export type OpportunityFieldsInput = z.input<typeof OpportunityFields>;

const OverrideNote = z.string().trim().max(1000, 'Keep the note under 1,000 characters');

export const Guardrail = z.object({ code: z.enum(GUARDRAIL_CODES), reason: z.string() });

export const Opportunity = OpportunityFields.extend({
  id: OpportunityId,
  accountId: AccountId,
  accountName: z.string(),
  /** The guardrails the CSM went past and the note saying why (last time they were shown). */
  overriddenGuardrails: z.array(Guardrail),
  overrideNote: z.string(),
  /** The renewal outcome that closed it (won at an expansion, lost otherwise), or null. */
  renewal: z.object({ id: z.string(), renewalDate: IsoDate, outcome: z.enum(RENEWAL_OUTCOMES) }).nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Opportunity = z.output<typeof Opportunity>;

/**
 * What an opportunity becomes when a renewal outcome closes it: an expansion wins it; a plain
 * renewal, a contraction or a churn means the expansion didn't happen.
 */
export const stageAtRenewal = (outcome: (typeof RENEWAL_OUTCOMES)[number]): OpportunityStage => (outcome === 'expanded' ? 'won' : 'lost');

export const CreateOpportunityInput = z
  .object({ accountId: AccountId, fields: OpportunityFields, overrideNote: OverrideNote.optional() })
  .strict();
export const UpdateOpportunityInput = z
  .object({ id: OpportunityId, fields: OpportunityFields, overrideNote: OverrideNote.optional() })
  .strict();
export const ListOpportunitiesInput = z.object({ accountId: AccountId.optional() }).strict();
export const OpportunityIdInput = z.object({ id: OpportunityId }).strict();
export const AccountIdOnly = z.object({ accountId: AccountId }).strict();
export const GuardrailCheck = z.object({ guardrails: z.array(Guardrail) });
export type GuardrailCheck = z.output<typeof GuardrailCheck>;

// ---- Advocacy (seed 001 "Customer Advocacy Program") ----

export const ADVOCACY_KINDS = ['reference', 'case-study', 'speaking', 'advisory-board', 'beta'] as const;
export type AdvocacyKind = (typeof ADVOCACY_KINDS)[number];
export const ADVOCACY_KIND_LABELS: Record<AdvocacyKind, string> = {
  reference: 'Reference',
  'case-study': 'Case study',
  speaking: 'Speaking',
  'advisory-board': 'Advisory board',
  beta: 'Beta programme',
};
export const ADVOCACY_STATUSES = ['asked', 'willing', 'active', 'done', 'declined'] as const;
export type AdvocacyStatus = (typeof ADVOCACY_STATUSES)[number];
export const ADVOCACY_STATUS_LABELS: Record<AdvocacyStatus, string> = {
  asked: 'Asked',
  willing: 'Willing',
  active: 'Active',
  done: 'Done',
  declined: 'Declined',
};

export const AdvocacyFields = z
  .object({
    kind: z.enum(ADVOCACY_KINDS, { error: 'Choose the kind of advocacy' }),
    status: z.enum(ADVOCACY_STATUSES, { error: 'Choose a status' }),
    since: IsoDate,
    until: IsoDate.nullable(),
    note: z.string().trim().max(1000, 'Keep the note under 1,000 characters'),
  })
  .strict()
  .refine((v) => !v.until || v.until >= v.since, { message: "The end date can't be before the start", path: ['until'] });
export type AdvocacyFields = z.output<typeof AdvocacyFields>;
export type AdvocacyFieldsInput = z.input<typeof AdvocacyFields>;

export const Advocacy = z.object({
  id: AdvocacyId,
  contactId: ContactId,
  contactName: z.string(),
  accountId: AccountId,
  kind: z.enum(ADVOCACY_KINDS),
  status: z.enum(ADVOCACY_STATUSES),
  since: IsoDate,
  until: IsoDate.nullable(),
  note: z.string(),
  /** The NPS answer (9–10) it was asked for from, or null. */
  fromSurvey: z.object({ id: z.string(), score: z.number().int(), respondedOn: IsoDate }).nullable(),
  updatedAt: IsoTimestamp,
});
export type Advocacy = z.output<typeof Advocacy>;

const SurveyResponseId = z.uuid({ error: 'Not a valid survey answer id' });

export const SaveAdvocacyInput = z
  .object({
    contactId: ContactId,
    fields: AdvocacyFields,
    /** The promoter answer the record comes from; left out, an existing link is kept. */
    surveyResponseId: SurveyResponseId.optional(),
  })
  .strict();

/** Seed 001's "request referral / testimonial" signal: a contact's latest NPS answer is 9–10. */
export const PROMOTER_MIN_SCORE = 9;

export const PromoterSuggestion = z.object({
  contactId: ContactId,
  contactName: z.string(),
  surveyResponseId: z.string(),
  score: z.number().int(),
  respondedOn: IsoDate,
  comment: z.string(),
  /** Advocacy kinds this contact already has a record for (any status). */
  existingKinds: z.array(z.enum(ADVOCACY_KINDS)),
});
export type PromoterSuggestion = z.output<typeof PromoterSuggestion>;
export const AdvocacyIdInput = z.object({ id: AdvocacyId }).strict();

// ---- The book's figures on Today ----

export const GrowthFigures = z.object({
  pipelineArr: z.number(),
  openOpportunities: z.number().int(),
  activeReferences: z.number().int(),
  caseStudies: z.number().int(),
});
export type GrowthFigures = z.output<typeof GrowthFigures>;
