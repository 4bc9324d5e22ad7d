import { z } from 'zod';

/**
 * The raw signals of a health check that the account's lifecycle records already know (issue
 * 13 feeding issue 9): open tickets by severity from the Support tab, NPS and CSAT from each
 * contact's latest survey answer. The "Record health check" dialog fills them in and says where
 * each came from; the CSM may change them. The success plan's milestones feed the outcomes
 * component's suggestion (suggest.ts).
 */
export const RECORD_SIGNAL_KEYS = ['ticketsP1', 'ticketsP2', 'ticketsP3', 'nps', 'csat'] as const;
export type RecordSignalKey = (typeof RECORD_SIGNAL_KEYS)[number];

export const RecordSignal = z.object({ key: z.enum(RECORD_SIGNAL_KEYS), value: z.number(), source: z.string() });
export type RecordSignal = z.output<typeof RecordSignal>;

export const SuccessPlanFacts = z.object({ atRisk: z.number().int(), met: z.number().int(), total: z.number().int() });
export type SuccessPlanFacts = z.output<typeof SuccessPlanFacts>;

export const RecordSignals = z.object({
  signals: z.array(RecordSignal),
  successPlan: SuccessPlanFacts,
  escalations: z.object({ open: z.number().int(), breached: z.number().int() }),
});
export type RecordSignals = z.output<typeof RecordSignals>;

/** What the lifecycle records say, in the terms this mapping needs (main's LifecycleHealthInputs has them). */
export interface RecordFigures {
  ticketsP1: number;
  ticketsP2: number;
  ticketsP3: number;
  ticketsRecorded: number;
  nps: number | null;
  npsRespondents: number;
  csat: number | null;
  csatRespondents: number;
  milestonesAtRisk: number;
  milestonesMet: number;
  milestonesTotal: number;
  openEscalations: number;
  slaBreaches: number;
}

const roundHalfUp = (n: number) => Math.floor(n + 0.5);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Maps the records onto the check's raw signals. Ticket counts only when the account has any
 * ticket recorded (with none, zero would claim a fact nobody entered); NPS is the average of
 * each contact's latest answer rounded half up to the whole number the check takes.
 */
export function signalsFromRecords(f: RecordFigures): RecordSignals {
  const signals: RecordSignal[] = [];
  if (f.ticketsRecorded > 0) {
    for (const [key, sev, n] of [
      ['ticketsP1', 'P1', f.ticketsP1],
      ['ticketsP2', 'P2', f.ticketsP2],
      ['ticketsP3', 'P3', f.ticketsP3],
    ] as const) {
      signals.push({ key, value: n, source: `Support tab: ${plural(n, `open ${sev} ticket`)}` });
    }
  }
  if (f.nps !== null && f.npsRespondents > 0) {
    const value = Math.min(10, Math.max(0, roundHalfUp(f.nps)));
    const how = Number.isInteger(f.nps) ? '' : ` ${f.nps}, rounded`;
    signals.push({ key: 'nps', value, source: `Surveys: the latest NPS of ${plural(f.npsRespondents, 'contact')}${how}` });
  }
  if (f.csat !== null && f.csatRespondents > 0) {
    signals.push({ key: 'csat', value: f.csat, source: `Surveys: the latest CSAT of ${plural(f.csatRespondents, 'contact')}` });
  }
  return {
    signals,
    successPlan: { atRisk: f.milestonesAtRisk, met: f.milestonesMet, total: f.milestonesTotal },
    escalations: { open: f.openEscalations, breached: f.slaBreaches },
  };
}
