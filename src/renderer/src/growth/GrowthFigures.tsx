import { formatMoney } from '../ui/format';
import { useGrowthFigures } from './queries';
import './growth.css';

/** The book's expansion pipeline and advocacy on Today (seed 001's business impact metrics). */
export function GrowthFigures() {
  const { data } = useGrowthFigures();
  if (!data) return null;
  return (
    <dl className="growth-figures" aria-label="Growth figures">
      <div>
        <dt>Expansion pipeline</dt>
        <dd>
          {formatMoney(data.pipelineArr)} <span className="faint">in {data.openOpportunities} open</span>
        </dd>
      </div>
      <div>
        <dt>Active references</dt>
        <dd>{data.activeReferences}</dd>
      </div>
      <div>
        <dt>Case studies</dt>
        <dd>{data.caseStudies}</dd>
      </div>
    </dl>
  );
}
