import { z } from 'zod';
import { AccountId, Segment } from '../accounts/schema';
import { ContactId } from '../contacts/schema';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { KIT_ITEM_KEYS, SHARE_CHANNELS } from './onboarding-kit';
import { secretRefusal } from './secrets';
import { EVIDENCE_TYPES, MILESTONE_OWNERS, MILESTONE_STATUSES } from './success-plan';
import { SURVEY_KINDS, SURVEY_SCALES } from './surveys';
import { ESCALATION_LEVELS, SEVERITIES, TICKET_STATUSES, TICKET_SYSTEMS } from './support';

const RecordId = z.uuid({ error: 'Not a valid record id' });

/** Free text that must not hold a secret (the kit's note, a ticket title…): refused with the reason. */
const NoSecret = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max} characters`)
    .superRefine((text, ctx) => {
      const why = secretRefusal(text);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    });

// ——— Onboarding kit ———

export const KitItemKey = z.enum(KIT_ITEM_KEYS, { error: 'Choose a kit item' });
export const ShareChannel = z.enum(SHARE_CHANNELS, { error: 'Choose how it was shared' });

export const KitShareFields = z
  .object({
    sharedOn: IsoDate,
    channel: ShareChannel,
    /** Who received it, where it lives — never the secret itself. */
    note: NoSecret(500, 'the note'),
  })
  .strict();
export type KitShareFields = z.output<typeof KitShareFields>;

export const ShareKitItemInput = z.object({ accountId: AccountId, itemKey: KitItemKey, fields: KitShareFields }).strict();
export const KitItemRef = z.object({ accountId: AccountId, itemKey: KitItemKey }).strict();

export const KitEntry = z.object({
  key: KitItemKey,
  label: z.string(),
  sharedOn: IsoDate.nullable(),
  channel: ShareChannel.nullable(),
  note: z.string(),
  /** Ticked by an issued license rather than by hand (the license item only). */
  fromLicense: z.boolean(),
});
export type KitEntry = z.output<typeof KitEntry>;

export const KitProgress = z.object({ shared: z.number().int(), total: z.number().int(), complete: z.boolean() });

// ——— Success plan ———

export const GoalFields = z
  .object({
    title: z.string({ error: 'Name the goal' }).trim().min(1, 'Name the goal').max(300, 'Keep the goal under 300 characters'),
    description: z.string().trim().max(5000, 'Keep the description under 5,000 characters'),
  })
  .strict();
export type GoalFields = z.output<typeof GoalFields>;
export const AddGoalInput = z.object({ accountId: AccountId, fields: GoalFields }).strict();
export const UpdateGoalInput = z.object({ id: RecordId, fields: GoalFields }).strict();

export const MilestoneFields = z
  .object({
    title: z.string({ error: 'Say what will be true' }).trim().min(1, 'Say what will be true').max(300, 'Keep the milestone under 300 characters'),
    owner: z.enum(MILESTONE_OWNERS, { error: 'Choose who owns it' }),
    evidenceType: z.enum(EVIDENCE_TYPES, { error: 'Choose the evidence' }),
    targetDate: IsoDate,
    status: z.enum(MILESTONE_STATUSES, { error: 'Choose a status' }),
  })
  .strict();
export type MilestoneFields = z.output<typeof MilestoneFields>;
export const AddMilestoneInput = z.object({ goalId: RecordId, fields: MilestoneFields }).strict();
export const UpdateMilestoneInput = z.object({ id: RecordId, fields: MilestoneFields }).strict();

export const Milestone = MilestoneFields.extend({ id: RecordId, goalId: RecordId, atRisk: z.boolean() });
export type Milestone = z.output<typeof Milestone>;
export const Goal = GoalFields.extend({ id: RecordId, accountId: AccountId, createdAt: IsoTimestamp, milestones: z.array(Milestone) });
export type Goal = z.output<typeof Goal>;

// ——— Surveys ———

export const SurveyKind = z.enum(SURVEY_KINDS, { error: 'Choose NPS, CSAT or CES' });

export const SurveyFields = z
  .object({
    contactId: ContactId,
    kind: SurveyKind,
    score: z.number({ error: 'Enter the score' }).int('Scores are whole numbers'),
    respondedOn: IsoDate,
    comment: z.string().trim().max(5000, 'Keep the comment under 5,000 characters'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const scale = SURVEY_SCALES[v.kind];
    if (v.score < scale.min || v.score > scale.max) {
      ctx.addIssue({ code: 'custom', path: ['score'], message: `${scale.label} is scored ${scale.min}–${scale.max}` });
    }
  });
export type SurveyFields = z.output<typeof SurveyFields>;
export const RecordSurveyInput = z.object({ accountId: AccountId, fields: SurveyFields }).strict();

export const SurveyResponse = z.object({
  id: RecordId,
  accountId: AccountId,
  /** Null once the contact was deleted; the answer and the name stay. */
  contactId: ContactId.nullable(),
  contactName: z.string(),
  kind: SurveyKind,
  score: z.number().int(),
  respondedOn: IsoDate,
  comment: z.string(),
  createdAt: IsoTimestamp,
});
export type SurveyResponse = z.output<typeof SurveyResponse>;

const NpsSummary = z.object({
  score: z.number().nullable(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  responses: z.number().int(),
});
export const SurveyFiguresSchema = z.object({
  nps: NpsSummary,
  csat: z.object({ average: z.number().nullable(), responses: z.number().int() }),
  ces: z.object({ average: z.number().nullable(), responses: z.number().int() }),
});

// ——— Support ———

const HttpsUrl = z
  .string()
  .trim()
  .max(2000, 'Keep the URL under 2,000 characters')
  .refine((u) => u === '' || /^https:\/\/[^\s]+$/i.test(u), { message: 'Enter an https:// link, or leave it empty' })
  .superRefine((text, ctx) => {
    const why = secretRefusal(text);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });

export const TicketFields = z
  .object({
    system: z.enum(TICKET_SYSTEMS, { error: 'Choose the system' }),
    ref: z.string({ error: 'Enter the ticket id' }).trim().min(1, 'Enter the ticket id').max(100, 'Keep the id under 100 characters'),
    url: HttpsUrl,
    title: NoSecret(300, 'the title'),
    severity: z.enum(SEVERITIES, { error: 'Choose P1–P4' }),
    status: z.enum(TICKET_STATUSES, { error: 'Choose a status' }),
    openedOn: IsoDate,
    closedOn: IsoDate.nullable(),
  })
  .strict()
  .refine((v) => v.closedOn === null || v.closedOn >= v.openedOn, { path: ['closedOn'], message: 'A ticket closes on or after it opened' });
export type TicketFields = z.output<typeof TicketFields>;
export const AddTicketInput = z.object({ accountId: AccountId, fields: TicketFields }).strict();
export const UpdateTicketInput = z.object({ id: RecordId, fields: TicketFields }).strict();

export const Ticket = z.object({
  id: RecordId,
  accountId: AccountId,
  system: z.enum(TICKET_SYSTEMS),
  ref: z.string(),
  url: z.string(),
  title: z.string(),
  severity: z.enum(SEVERITIES),
  status: z.enum(TICKET_STATUSES),
  openedOn: IsoDate,
  closedOn: IsoDate.nullable(),
});
export type Ticket = z.output<typeof Ticket>;

export const EscalationFields = z
  .object({
    level: z.enum(ESCALATION_LEVELS, { error: 'Choose L1–L4' }),
    summary: z.string({ error: 'Say what is escalated' }).trim().min(1, 'Say what is escalated').max(500, 'Keep the summary under 500 characters'),
    owner: z.string().trim().max(100, 'Keep the owner under 100 characters'),
    openedAt: IsoTimestamp,
  })
  .strict();
export type EscalationFields = z.output<typeof EscalationFields>;
export const OpenEscalationInput = z.object({ accountId: AccountId, fields: EscalationFields }).strict();
/** Marks the first response or the resolution at an instant. */
export const EscalationStepInput = z.object({ id: RecordId, step: z.enum(['firstResponse', 'resolved']), at: IsoTimestamp }).strict();

export const SlaClockSchema = z.object({ dueAt: IsoTimestamp, state: z.enum(['running', 'breached', 'met', 'missed']), minutesLeft: z.number().int().nullable() });

export const Escalation = z.object({
  id: RecordId,
  accountId: AccountId,
  level: z.enum(ESCALATION_LEVELS),
  summary: z.string(),
  owner: z.string(),
  openedAt: IsoTimestamp,
  firstResponseAt: IsoTimestamp.nullable(),
  resolvedAt: IsoTimestamp.nullable(),
  /** The segment and promise when it was opened: a later ARR change doesn't move a running clock. */
  segment: Segment,
  responseMinutes: z.number().int().positive(),
  clock: SlaClockSchema,
});
export type Escalation = z.output<typeof Escalation>;

// ——— One account's lifecycle, and the book's ———

export const AccountLifecycleInput = z.object({ accountId: AccountId }).strict();

export const AccountLifecycle = z.object({
  accountId: AccountId,
  kit: z.object({ items: z.array(KitEntry), progress: KitProgress }),
  goals: z.array(Goal),
  outcomes: z.object({ total: z.number().int(), met: z.number().int(), atRisk: z.number().int() }),
  surveys: z.object({ responses: z.array(SurveyResponse), figures: SurveyFiguresSchema }),
  tickets: z.array(Ticket),
  openBySeverity: z.object({ P1: z.number().int(), P2: z.number().int(), P3: z.number().int(), P4: z.number().int() }),
  escalations: z.array(Escalation),
});
export type AccountLifecycle = z.output<typeof AccountLifecycle>;

export const RemoveLifecycleRecordInput = z
  .object({ kind: z.enum(['goal', 'milestone', 'survey', 'ticket', 'escalation']), id: RecordId })
  .strict();

/** What Today shows across the book. */
export const BookLifecycle = z.object({
  figures: SurveyFiguresSchema,
  milestonesAtRisk: z.array(
    z.object({ accountId: AccountId, accountName: z.string(), goalTitle: z.string(), milestoneId: RecordId, title: z.string(), targetDate: IsoDate }),
  ),
  openEscalations: z.array(Escalation.extend({ accountName: z.string() })),
});
export type BookLifecycle = z.output<typeof BookLifecycle>;
