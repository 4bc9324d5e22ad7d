/**
 * Survey responses per contact (seeds 001, 003, 004): NPS 0–10, CSAT 1–5, CES 1–7, with the
 * book's targets from seed 001 (NPS > 50, CSAT > 4.5).
 */
export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_SCALES: Record<SurveyKind, { min: number; max: number; label: string; question: string }> = {
  nps: { min: 0, max: 10, label: 'NPS', question: 'How likely to recommend us (0–10)' },
  csat: { min: 1, max: 5, label: 'CSAT', question: 'How satisfied (1–5)' },
  ces: { min: 1, max: 7, label: 'CES', question: 'How easy to get done (1–7)' },
};

export const NPS_TARGET = 50;
export const CSAT_TARGET = 4.5;
/** The playbook surveys every account twice a year (seed 001, "Semi-annual NPS and CSAT surveys"). */
export const SURVEY_CADENCE_MONTHS = 6;

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

/** 9–10 promote, 7–8 are passive, 0–6 detract. */
export function npsGroup(score: number): NpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsSummary {
  /** −100…100, rounded to a whole number; null with no responses. */
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/** Net Promoter Score: the share of promoters minus the share of detractors, in points. */
export function netPromoterScore(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    const g = npsGroup(s);
    if (g === 'promoter') promoters += 1;
    else if (g === 'passive') passives += 1;
    else detractors += 1;
  }
  const responses = scores.length;
  const score = responses === 0 ? null : Math.round(((promoters - detractors) / responses) * 100);
  return { score, promoters, passives, detractors, responses };
}

export interface ResponseLike {
  contactId: string;
  kind: SurveyKind;
  score: number;
  respondedOn: string;
  createdAt: string;
}

/** Each contact's latest response of one kind (by answer date, then by when it was recorded). */
export function latestPerContact<T extends ResponseLike>(responses: readonly T[], kind: SurveyKind): T[] {
  const latest = new Map<string, T>();
  for (const r of responses) {
    if (r.kind !== kind) continue;
    const seen = latest.get(r.contactId);
    if (!seen || r.respondedOn > seen.respondedOn || (r.respondedOn === seen.respondedOn && r.createdAt > seen.createdAt)) {
      latest.set(r.contactId, r);
    }
  }
  return [...latest.values()];
}

/** The average score, to two decimals; null with no responses. */
export function averageScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

export interface SurveyFigures {
  nps: NpsSummary;
  csat: { average: number | null; responses: number };
  ces: { average: number | null; responses: number };
}

/**
 * An account's (or the book's) figures: NPS from the latest NPS response per contact, CSAT and
 * CES as the average of each contact's latest answer, so one loud contact answering twice counts once.
 */
export function surveyFigures(responses: readonly ResponseLike[]): SurveyFigures {
  const latest = (kind: SurveyKind) => latestPerContact(responses, kind).map((r) => r.score);
  const csat = latest('csat');
  const ces = latest('ces');
  return {
    nps: netPromoterScore(latest('nps')),
    csat: { average: averageScore(csat), responses: csat.length },
    ces: { average: averageScore(ces), responses: ces.length },
  };
}

/** A response that needs a follow-up from the CSM: an NPS detractor, or CSAT ≤ 2, or CES ≤ 2. */
export function needsFollowUp(kind: SurveyKind, score: number): boolean {
  if (kind === 'nps') return npsGroup(score) === 'detractor';
  return score <= 2;
}

export interface TrendPoint {
  /** `2026-H2`: the half-year the answers fall in (the playbook surveys twice a year). */
  period: string;
  nps: number | null;
  csat: number | null;
  responses: number;
}

/**
 * NPS and CSAT per half-year, oldest first, for the QBR pack's trend: within each half-year,
 * each contact's latest answer counts once, as for the account's figures.
 */
export function surveyTrend(responses: readonly ResponseLike[]): TrendPoint[] {
  const byPeriod = new Map<string, ResponseLike[]>();
  for (const r of responses) {
    const period = `${r.respondedOn.slice(0, 4)}-H${Number(r.respondedOn.slice(5, 7)) <= 6 ? 1 : 2}`;
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), r]);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, rows]) => {
      const figures = surveyFigures(rows);
      return { period, nps: figures.nps.score, csat: figures.csat.average, responses: rows.length };
    });
}
