import type { QbrContent } from '../../../shared/qbr/schema';
import { PreviewTable } from './PreviewTable';

/** The health trend of the period, as a small line with the score at each check. */
function Trend({ trend }: { trend: QbrContent['trend'] }) {
  const points = trend.filter((p) => p.score !== null);
  if (points.length === 0) return <p className="muted">No health score was recorded in this period, so there is no trend to chart.</p>;
  const w = 320;
  const h = 80;
  const x = (i: number) => (points.length === 1 ? w / 2 : 8 + (i / (points.length - 1)) * (w - 16));
  const y = (s: number) => h - 6 - (s / 100) * (h - 12);
  return (
    <svg className="qbr-trend" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={`Health trend: ${points.map((p) => `${p.on} ${p.score}`).join(', ')}`}>
      <polyline fill="none" stroke="currentColor" strokeWidth="2" points={points.map((p, i) => `${x(i)},${y(p.score!)}`).join(' ')} />
      {points.map((p, i) => (
        <circle key={p.on + i} cx={x(i)} cy={y(p.score!)} r="3.5" className={`qbr-dot tier-${p.tier ?? 'none'}`} />
      ))}
    </svg>
  );
}

/** Every section of the pack, as it will be exported (the narrative as typed, the data of the period). */
export function QbrPreview({ content }: { content: QbrContent }) {
  return (
    <section className="card qbr-preview" aria-label="Preview">
      <div className="card-header">
        <h2>
          Preview · {content.accountName} QBR {content.periodLabel}
        </h2>
        <span className="muted">
          {content.from} – {content.to}
        </span>
      </div>
      <div className="card-body stack">
        {content.sections.map((s, index) => (
          <article key={s.key} className="qbr-section">
            <h3>
              {index + 1}. {s.title} <span className="muted">— {s.question}</span>
            </h3>
            <dl className="facts">
              {s.facts.map((f) => (
                <div key={f.label} className="qbr-fact">
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
            {s.key === 'usage' && <Trend trend={content.trend} />}
            {s.narrative.trim() ? <p className="qbr-text">{s.narrative}</p> : null}
            {s.tables.map((t) => (
              <PreviewTable key={t.title} table={t} />
            ))}
          </article>
        ))}
      </div>
    </section>
  );
}
