import type { z } from 'zod';
import type { SurveyFiguresSchema } from '../../../shared/lifecycle/schema';
import { CSAT_TARGET, NPS_TARGET } from '../../../shared/lifecycle/surveys';

type Figures = z.output<typeof SurveyFiguresSchema>;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** NPS, CSAT and CES as figures, NPS and CSAT against seed 001's targets. */
export function SurveyFigures({ figures, label }: { figures: Figures; label: string }) {
  const { nps, csat, ces } = figures;
  const npsOnTarget = nps.score !== null && nps.score > NPS_TARGET;
  const csatOnTarget = csat.average !== null && csat.average > CSAT_TARGET;
  return (
    <section className="figures" aria-label={label}>
      <div className="figure">
        <div className="figure-label">NPS</div>
        <div className="figure-value">{nps.score === null ? '—' : signed(nps.score)}</div>
        <div className="figure-label">
          {nps.responses === 0
            ? 'No answers yet'
            : `${nps.promoters} promoters · ${nps.passives} passives · ${nps.detractors} detractors`}
        </div>
        {nps.score !== null && (
          <span className={npsOnTarget ? 'badge badge-ok' : 'badge badge-warn'}>{npsOnTarget ? `Above ${NPS_TARGET}` : `Target above ${NPS_TARGET}`}</span>
        )}
      </div>
      <div className="figure">
        <div className="figure-label">CSAT</div>
        <div className="figure-value">{csat.average === null ? '—' : csat.average.toFixed(2)}</div>
        <div className="figure-label">{csat.responses === 0 ? 'No answers yet' : `${csat.responses} contact${csat.responses === 1 ? '' : 's'}, of 5`}</div>
        {csat.average !== null && (
          <span className={csatOnTarget ? 'badge badge-ok' : 'badge badge-warn'}>{csatOnTarget ? `Above ${CSAT_TARGET}` : `Target above ${CSAT_TARGET}`}</span>
        )}
      </div>
      <div className="figure">
        <div className="figure-label">CES</div>
        <div className="figure-value">{ces.average === null ? '—' : ces.average.toFixed(2)}</div>
        <div className="figure-label">{ces.responses === 0 ? 'No answers yet' : `${ces.responses} contact${ces.responses === 1 ? '' : 's'}, of 7`}</div>
      </div>
    </section>
  );
}
