import { GRR_TARGET, NRR_TARGET } from '../../../shared/health/retention';
import type { Portfolio } from '../../../shared/health/schema';
import { formatDay, formatMoneyCompact } from '../ui/format';

const pct = (n: number | null) => (n === null ? '—' : `${n.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`);

function Figure({ label, value, detail, status }: { label: string; value: string; detail: string; status?: 'ok' | 'miss' | undefined }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value num">{value}</span>
        {status && <span className={`badge ${status === 'ok' ? 'badge-ok' : 'badge-danger'}`}>{status === 'ok' ? 'on target' : 'below target'}</span>}
        <span className="figure-detail">{detail}</span>
      </dd>
    </div>
  );
}

const against = (value: number | null, target: number) => (value === null ? undefined : value > target ? 'ok' : 'miss');

/** The portfolio at a glance (seed 001's targets): tiers, average health, ARR at risk, renewals, GRR and NRR. */
export function PortfolioFigures({ p }: { p: Portfolio }) {
  const r = p.retention;
  return (
    <section className="card" aria-label="Portfolio">
      <dl className="figures">
        <Figure
          label="Accounts by tier"
          value={`${p.tiers.green} · ${p.tiers.yellow} · ${p.tiers.red}`}
          detail={`green · yellow · red; ${p.tiers.unscored} not scored`}
        />
        <Figure
          label="Average health"
          value={p.averageHealth === null ? '—' : String(p.averageHealth)}
          detail="target > 70"
          status={against(p.averageHealth, 70)}
        />
        <Figure
          label="ARR by tier"
          value={formatMoneyCompact(p.arrByTier.green)}
          detail={`green; yellow ${formatMoneyCompact(p.arrByTier.yellow)}, red ${formatMoneyCompact(p.arrByTier.red)}`}
        />
        <Figure label="ARR at risk" value={formatMoneyCompact(p.arrAtRisk)} detail="accounts At-risk or Critical" />
        <Figure label="Renewals this quarter" value={String(p.renewalsThisQuarter.count)} detail={formatMoneyCompact(p.renewalsThisQuarter.arr)} />
        <Figure label="Gross revenue retention" value={pct(r.grr)} detail={`target > ${GRR_TARGET} %; ${r.outcomes} renewals since ${formatDay(r.from)}`} status={against(r.grr, GRR_TARGET)} />
        <Figure label="Net revenue retention" value={pct(r.nrr)} detail={`target > ${NRR_TARGET} %`} status={against(r.nrr, NRR_TARGET)} />
      </dl>
      {p.notRecorded.length > 0 && (
        <details className="not-recorded">
          <summary>
            {p.notRecorded.length} renewal{p.notRecorded.length === 1 ? '' : 's'} passed and not yet recorded — not counted in GRR / NRR
          </summary>
          <ul>
            {p.notRecorded.map((a) => (
              <li key={a.accountId}>
                {a.name} · {formatDay(a.renewalDate)} · {formatMoneyCompact(a.arr)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
