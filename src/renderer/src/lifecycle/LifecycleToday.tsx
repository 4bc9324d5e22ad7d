import { formatDay } from '../ui/format';
import { useRoute } from '../shell/route';
import { SlaClockBadge } from './SlaClockBadge';
import { SurveyFigures } from './SurveyFigures';
import { useBookLifecycle, useMinuteClock } from './queries';
import './lifecycle.css';

/** On Today: open escalations with their clocks, milestones at risk, and the book's NPS and CSAT. */
export function LifecycleToday() {
  const go = useRoute((s) => s.go);
  const { data } = useBookLifecycle();
  const now = useMinuteClock();
  if (!data) return null;
  const open = (accountId: string, tab: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    go({ page: 'account', accountId, tab });
  };
  return (
    <>
      {data.openEscalations.length > 0 && (
        <section className="stack" aria-label="Open escalations">
          <h2 className="group-title">
            Open escalations <span className="faint">{data.openEscalations.length}</span>
          </h2>
          <ul className="stack lifecycle-list">
            {data.openEscalations.map((e) => (
              <li key={e.id} className="row">
                <SlaClockBadge escalation={e} now={now} />
                <span>
                  {e.level} · {e.summary} ·{' '}
                  <a href="#support" onClick={open(e.accountId, 'support')}>
                    {e.accountName}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.milestonesAtRisk.length > 0 && (
        <section className="stack" aria-label="Milestones at risk">
          <h2 className="group-title overdue">
            Milestones at risk <span className="faint">{data.milestonesAtRisk.length}</span>
          </h2>
          <ul className="stack lifecycle-list">
            {data.milestonesAtRisk.map((m) => (
              <li key={m.milestoneId}>
                {m.title} <span className="muted">({m.goalTitle}) · due {formatDay(m.targetDate)} ·</span>{' '}
                <a href="#success-plan" onClick={open(m.accountId, 'success-plan')}>
                  {m.accountName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(data.figures.nps.responses > 0 || data.figures.csat.responses > 0) && (
        <>
          <h2 className="group-title">Survey figures across the book</h2>
          <SurveyFigures figures={data.figures} label="Book survey figures" />
        </>
      )}
    </>
  );
}
