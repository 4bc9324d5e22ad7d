import type { HealthCheck } from '../../shared/health/schema';
import type { SurveyResponse } from '../../shared/lifecycle/schema';
import { CSAT_TARGET, NPS_TARGET, npsGroup, SURVEY_SCALES, surveyFigures } from '../../shared/lifecycle/surveys';
import type { QbrSection } from '../../shared/qbr/schema';

type Fact = QbrSection['facts'][number];
type Table = QbrSection['tables'][number];

const against = (value: number, target: number) => (value > target ? `above the > ${target} target` : `below the > ${target} target`);

/**
 * NPS, CSAT and CES for the feedback loop. From the survey answers given in the period, counted
 * as the Surveys tab counts them (each contact's latest answer of a kind, once); only when no
 * survey was answered in the period, from the NPS / CSAT signals of the period's health checks.
 * The "Scores from" fact says which.
 */
export function surveyScores(responses: readonly SurveyResponse[], checks: readonly HealthCheck[], from: string, to: string): { facts: Fact[]; table: Table } {
  const answered = responses.filter((r) => r.respondedOn >= from && r.respondedOn <= to).sort((a, b) => a.respondedOn.localeCompare(b.respondedOn));
  const table: Table = {
    title: 'Survey answers in the period',
    header: ['Answered', 'Contact', 'Survey', 'Score', 'Comment'],
    rows: answered.map((r) => ({ cells: [r.respondedOn, r.contactName, SURVEY_SCALES[r.kind].label, `${r.score} of ${SURVEY_SCALES[r.kind].max}`, r.comment || '—'] })),
    empty: 'No NPS, CSAT or CES survey was answered this period.',
  };
  if (answered.length > 0) {
    // A response whose contact was deleted still counts, as its own respondent (as lifecycle does).
    const figures = surveyFigures(answered.map((r) => ({ contactId: r.contactId ?? `gone:${r.id}`, kind: r.kind, score: r.score, respondedOn: r.respondedOn, createdAt: r.createdAt })));
    const { nps, csat, ces } = figures;
    return {
      table,
      facts: [
        { label: 'Scores from', value: `Surveys answered in the period (${answered.length} answer${answered.length === 1 ? '' : 's'})` },
        { label: 'NPS', value: nps.score === null ? 'Not surveyed' : `${nps.score} (${against(nps.score, NPS_TARGET)})` },
        { label: 'Promoters / passives / detractors', value: `${nps.promoters} / ${nps.passives} / ${nps.detractors}` },
        { label: 'CSAT', value: csat.average === null ? 'Not surveyed' : `${csat.average} of 5 (${against(csat.average, CSAT_TARGET)})` },
        { label: 'CES', value: ces.average === null ? 'Not surveyed' : `${ces.average} of 7` },
      ],
    };
  }
  const latestFirst = [...checks].reverse();
  const nps = latestFirst.find((c) => c.signals.nps != null)?.signals.nps;
  const csat = latestFirst.find((c) => c.signals.csat != null)?.signals.csat;
  const fromChecks = nps != null || csat != null;
  return {
    table,
    facts: [
      { label: 'Scores from', value: fromChecks ? 'Health-check signals (no survey was answered in the period)' : 'No survey was answered and no health check recorded NPS or CSAT' },
      // A check holds one 0–10 answer, not a net score: it is shown as an answer, not against the NPS target.
      { label: 'NPS', value: nps == null ? 'Not recorded' : `${nps} of 10 (a ${npsGroup(nps)})` },
      { label: 'CSAT', value: csat == null ? 'Not recorded' : `${csat} of 5 (${against(csat, CSAT_TARGET)})` },
    ],
  };
}
