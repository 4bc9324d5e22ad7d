import type { Account } from '../../../shared/accounts/schema';
import { CHECKIN_KIND_LABELS } from '../../../shared/checkins/kinds';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { LICENSE_KIND_LABELS } from '../../../shared/licenses/rules';
import { useApiQuery } from '../api/use-api';
import { HealthCell } from '../health/badges';
import { useRoute } from '../shell/route';
import { formatDay, relativeDay } from '../ui/format';

/** Overview's "At a glance": where the account stands now, each figure a way into its tab. */
export function GlanceCard({ account }: { account: Account }) {
  const go = useRoute((s) => s.go);
  const glance = useApiQuery('handover.glance', { accountId: account.id });
  const g = glance.data;
  const health = useApiQuery('health.get', { accountId: account.id }).data;
  const open = (tab: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    go({ page: 'account', accountId: account.id, tab });
  };
  return (
    <section className="card glance" aria-label="At a glance">
      <div className="card-header">
        <h2>At a glance</h2>
      </div>
      <div className="card-body">
        {glance.error && (
          <p className="form-error" role="alert">
            {glance.error.message}
          </p>
        )}
        {g && (
          <dl className="glance-grid">
            <div className="glance-cell">
              <dt>Health</dt>
              <dd>
                {health && health.score !== null ? (
                  <a href="#health" onClick={open('health')}>
                    <HealthCell score={health.score} tier={health.tier} trend={health.trend} overridden={health.override !== null} />
                  </a>
                ) : (
                  <a href="#health" onClick={open('health')}>
                    Not scored yet
                  </a>
                )}
              </dd>
            </div>
            <div className="glance-cell">
              <dt>Last touch</dt>
              <dd>
                {g.lastNote ? (
                  <>
                    {/* The link names the meeting, not "today": page-level "Today" links stay unambiguous. */}
                    <a href="#checkins" onClick={open('checkins')}>
                      {CHECKIN_KIND_LABELS[g.lastNote.kind]}, {formatDay(localIsoDate(new Date(g.lastNote.heldAt)))}
                    </a>
                    <span className="faint"> · {relativeDay(localIsoDate(new Date(g.lastNote.heldAt)))}</span>
                  </>
                ) : (
                  <span className="faint">No notes yet</span>
                )}
              </dd>
            </div>
            <div className="glance-cell">
              <dt>Action items</dt>
              <dd>
                <a href="#tasks" onClick={open('tasks')}>
                  {g.openActionItems} open
                </a>
                {g.overdueActionItems > 0 && <span className="glance-alert"> · {g.overdueActionItems} overdue</span>}
              </dd>
            </div>
            <div className="glance-cell">
              <dt>Readiness</dt>
              <dd>
                {g.readiness ? (
                  <a href="#readiness" onClick={open('readiness')}>
                    {g.readiness.percent}%<span className="faint"> · {g.readiness.done} of {g.readiness.applicable} done</span>
                  </a>
                ) : (
                  <span className="faint">Checklist not started</span>
                )}
              </dd>
            </div>
            <div className="glance-cell">
              <dt>Open blockers</dt>
              <dd>
                {g.openBlockers.length === 0 ? (
                  <span className="faint">None</span>
                ) : (
                  <span className="glance-alert">
                    {g.openBlockers.length}: {g.openBlockers.map((b) => b.title).join('; ')}
                  </span>
                )}
              </dd>
            </div>
            <div className="glance-cell glance-wide">
              <dt>Licenses</dt>
              <dd>
                {g.licenses.length === 0 ? (
                  <span className="faint">No live license</span>
                ) : (
                  <ul className="glance-licenses">
                    {g.licenses.map((l) => (
                      <li key={l.id}>
                        <a href="#licenses" onClick={open('licenses')}>
                          {LICENSE_KIND_LABELS[l.kind]}
                        </a>{' '}
                        <span className="muted">{l.modules.join(', ')}</span>
                        <span className="faint">
                          {' '}
                          · expires {formatDay(l.expiresAt)} ({relativeDay(l.expiresAt)})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
        )}
      </div>
    </section>
  );
}
