import type { HealthCheck } from '../../../shared/health/schema';
import { TIER_LABELS } from '../../../shared/health/models';
import { formatDay } from '../ui/format';

const W = 560;
const H = 180;
const PAD = { left: 32, right: 12, top: 12, bottom: 28 };

/**
 * The last checks' scores as a line over the tier bands, hand-made in SVG: a single line chart
 * doesn't justify a charting dependency, and drawing it here lets every colour come from the
 * design tokens so it reads in both themes. Each point carries its date, score and tier in a
 * tooltip, and the figure has a text summary for screen readers.
 */
export function TrendChart({ checks }: { checks: HealthCheck[] }) {
  const scored = checks.filter((c): c is HealthCheck & { score: number } => c.score !== null);
  if (scored.length === 0) return null;
  const last = scored[scored.length - 1]!;
  const { yellowFrom, greenFrom } = last.thresholds;
  const x = (i: number) => PAD.left + (scored.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (scored.length - 1));
  const y = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  const points = scored.map((c, i) => `${x(i).toFixed(1)},${y(c.score).toFixed(1)}`).join(' ');
  const summary = `Health over the last ${scored.length} check${scored.length === 1 ? '' : 's'}: ${scored.map((c) => c.score).join(', ')}. Latest ${last.score}, ${last.tier ? TIER_LABELS[last.tier] : ''}.`;
  const band = (from: number, to: number, cls: string) => <rect x={PAD.left} width={W - PAD.left - PAD.right} y={y(to)} height={y(from) - y(to)} className={cls} />;

  return (
    <figure className="trend-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {band(greenFrom, 100, 'band-green')}
        {band(yellowFrom, greenFrom, 'band-yellow')}
        {band(0, yellowFrom, 'band-red')}
        {[0, yellowFrom, greenFrom, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 6} y={y(v) + 4} className="axis" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <polyline points={points} className="line" />
        {scored.map((c, i) => (
          <circle key={c.id} cx={x(i)} cy={y(c.score)} r={3.5} className={`point point-${c.tier ?? 'none'}`}>
            <title>{`${formatDay(c.checkedOn)}: ${c.score}${c.tier ? ` (${TIER_LABELS[c.tier]})` : ''}${c.partial ? `, partial — ${c.present} of ${c.total}` : ''}`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 8} className="axis">
          {formatDay(scored[0]!.checkedOn)}
        </text>
        {scored.length > 1 && (
          <text x={W - PAD.right} y={H - 8} className="axis" textAnchor="end">
            {formatDay(last.checkedOn)}
          </text>
        )}
      </svg>
    </figure>
  );
}
