import type { Escalation } from '../../../shared/lifecycle/schema';
import { formatMinutes, slaClock } from '../../../shared/lifecycle/support';
import { formatDateTime } from '../ui/format';

/**
 * An escalation's first-response clock, worked out again for `now` so it runs on screen. A
 * breach is an alert: said to screen readers as it happens.
 */
export function SlaClockBadge({ escalation, now }: { escalation: Escalation; now: Date }) {
  const clock = slaClock(escalation, now);
  const due = formatDateTime(clock.dueAt);
  switch (clock.state) {
    case 'running':
      return (
        <span className="badge badge-info" title={`First response due ${due}`}>
          {formatMinutes(clock.minutesLeft ?? 0)} left to respond
        </span>
      );
    case 'breached':
      return (
        <span className="badge badge-danger" role="alert" title={`First response was due ${due}`}>
          SLA breached {formatMinutes(clock.minutesLeft ?? 0)} ago
        </span>
      );
    case 'met':
      return <span className="badge badge-ok">Responded in time</span>;
    case 'missed':
      return <span className="badge badge-warn">Responded late</span>;
  }
}
