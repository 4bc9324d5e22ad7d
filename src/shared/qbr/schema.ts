import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { OperationId } from '../ipc/long-operation';
import { QbrPeriod } from './period';

/** Generous: a pasted document still fits, and the pack paginates it (a slide never overflows). */
export const MAX_NARRATIVE = 100_000;
const narrativeText = (what: string) => z.string().max(MAX_NARRATIVE, `${what} is limited to ${MAX_NARRATIVE.toLocaleString('en')} characters`);

/** What the CSM writes for a QBR; everything else in the pack comes from the data of the period. */
export const Narrative = z
  .object({
    goals: narrativeText('Goals reviewed'),
    value: narrativeText('Value delivered'),
    roadmap: narrativeText('Roadmap preview'),
    asks: narrativeText('Asks and mutual commitments'),
  })
  .strict();
export type Narrative = z.output<typeof Narrative>;
export const EMPTY_NARRATIVE: Narrative = { goals: '', value: '', roadmap: '', asks: '' };
export const NARRATIVE_FIELDS = [
  { key: 'goals', label: 'Goals reviewed', hint: 'What were we trying to achieve? Which goals were met?' },
  { key: 'value', label: 'Value delivered', hint: 'ROI, wins, time saved — in the customer’s numbers.' },
  { key: 'roadmap', label: 'Roadmap preview', hint: 'What’s coming that matters to them.' },
  { key: 'asks', label: 'Asks and mutual commitments', hint: 'Decisions needed, and who commits to what.' },
] as const satisfies readonly { key: keyof Narrative; label: string; hint: string }[];

export const QbrTarget = z.object({ accountId: AccountId, period: QbrPeriod }).strict();
export type QbrTarget = z.output<typeof QbrTarget>;

export const SaveDraftInput = z.object({ accountId: AccountId, period: QbrPeriod, narrative: Narrative }).strict();
export type SaveDraftInput = z.output<typeof SaveDraftInput>;

export const QbrDraft = z.object({
  accountId: AccountId,
  periodKey: z.string(),
  narrative: Narrative,
  /** Null before anything was saved for this period. */
  updatedAt: IsoTimestamp.nullable(),
});
export type QbrDraft = z.output<typeof QbrDraft>;

export const ExportPackInput = z.object({ accountId: AccountId, period: QbrPeriod, operationId: OperationId.optional() }).strict();
export type ExportPackInput = z.output<typeof ExportPackInput>;

export const ExportPackResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), folder: z.string(), files: z.array(z.string()) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportPackResult = z.output<typeof ExportPackResult>;

const Row = z.object({ cells: z.array(z.string()) });

/** One section of the pack, as the deck, the PDF and the preview all show it. */
export const QbrSection = z.object({
  key: z.enum(['goals', 'usage', 'value', 'feedback', 'roadmap', 'actions', 'license']),
  title: z.string(),
  /** The question the section answers (seed 003's template). */
  question: z.string(),
  /** The CSM's words for this section ('' where the section has none). */
  narrative: z.string(),
  /** Headline figures ("Health at end: 72 (Green)"). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Tables of the period's data; an empty table carries the sentence that says so. */
  tables: z.array(z.object({ title: z.string(), header: z.array(z.string()), rows: z.array(Row), empty: z.string() })),
});
export type QbrSection = z.output<typeof QbrSection>;

export const TrendPoint = z.object({ on: IsoDate, score: z.number().nullable(), tier: z.string().nullable() });

/** Everything the pack shows, built from the data of the period (the preview is this, drawn). */
export const QbrContent = z.object({
  accountName: z.string(),
  segment: z.string(),
  csm: z.string(),
  periodLabel: z.string(),
  from: IsoDate,
  to: IsoDate,
  generatedOn: IsoDate,
  /** Health scores checked in the period, oldest first (the trend chart). */
  trend: z.array(TrendPoint),
  sections: z.array(QbrSection),
});
export type QbrContent = z.output<typeof QbrContent>;
