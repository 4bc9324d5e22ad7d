import { useAccountLifecycle, useMinuteClock } from './queries';
import { SlaClockBadge } from './SlaClockBadge';

/** On the account header: onboarding-kit progress until it is complete, and running SLA clocks. */
export function LifecycleHeader({ accountId }: { accountId: string }) {
  const { data } = useAccountLifecycle(accountId);
  const now = useMinuteClock();
  if (!data) return null;
  const { shared, total, complete } = data.kit.progress;
  const unresolved = data.escalations.filter((e) => e.resolvedAt === null && e.firstResponseAt === null);
  if (complete && data.outcomes.atRisk === 0 && unresolved.length === 0) return null;
  return (
    <div className="row lifecycle-flags" aria-label="Lifecycle flags" role="group">
      {!complete && <span className="badge badge-info">Onboarding kit {shared}/{total}</span>}
      {data.outcomes.atRisk > 0 && (
        <span className="badge badge-warn">
          {data.outcomes.atRisk} milestone{data.outcomes.atRisk === 1 ? '' : 's'} at risk
        </span>
      )}
      {unresolved.map((e) => (
        <SlaClockBadge key={e.id} escalation={e} now={now} />
      ))}
    </div>
  );
}
