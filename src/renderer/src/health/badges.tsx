import { TIER_LABELS, type Tier } from '../../../shared/health/models';
import { RISK_LABELS, type Risk } from '../../../shared/health/risk';
import type { Trend } from '../../../shared/health/score';

const TIER_CLASS: Record<Tier, string> = { green: 'badge-ok', yellow: 'badge-warn', red: 'badge-danger' };
const RISK_CLASS: Record<Risk, string> = { healthy: 'badge-ok', watch: 'badge-warn', 'at-risk': 'badge-danger', critical: 'badge-danger badge-strong' };
const TREND_TEXT: Record<Trend, { arrow: string; words: string }> = {
  up: { arrow: '↑', words: 'rising' },
  down: { arrow: '↓', words: 'falling' },
  flat: { arrow: '→', words: 'steady' },
};

/** The tier as a chip: colour and its name (colour is never the only signal). */
export function TierChip({ tier }: { tier: Tier }) {
  return <span className={`badge ${TIER_CLASS[tier]}`}>{TIER_LABELS[tier]}</span>;
}

export function RiskBadge({ risk }: { risk: Risk }) {
  return <span className={`badge ${RISK_CLASS[risk]}`}>{RISK_LABELS[risk]}</span>;
}

export function TrendArrow({ trend }: { trend: Trend }) {
  const t = TREND_TEXT[trend];
  return (
    <span className={`trend trend-${trend}`} title={`Score ${t.words} since the check before`}>
      <span aria-hidden="true">{t.arrow}</span>
      <span className="visually-hidden">{t.words}</span>
    </span>
  );
}

/** Score, tier chip and trend in one cell (the accounts table's Health column). */
export function HealthCell({ score, tier, trend, overridden }: { score: number | null; tier: Tier | null; trend: Trend | null; overridden: boolean }) {
  if (score === null || tier === null) return <span className="faint">Not scored</span>;
  return (
    <span className="health-cell">
      <span className="num health-score">{score}</span>
      <TierChip tier={tier} />
      {trend && <TrendArrow trend={trend} />}
      {overridden && (
        <span className="faint" title="Score overridden by the CSM">
          *<span className="visually-hidden"> overridden</span>
        </span>
      )}
    </span>
  );
}
