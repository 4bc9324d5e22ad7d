import { THEME_STATUS_LABELS, type ThemeStatus } from '../../../shared/feedback/theme-status';

const STATUS_CLASS: Record<ThemeStatus, string> = {
  new: '',
  'under-consideration': 'badge-info',
  planned: 'badge-info',
  shipped: 'badge-ok',
  'wont-do': 'badge-warn',
};

/** A theme's status; the label always carries the meaning, the colour only helps. */
export function ThemeStatusBadge({ status }: { status: ThemeStatus }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{THEME_STATUS_LABELS[status]}</span>;
}

/** An unlinked request waits for triage: it counts as new. */
export function UnlinkedBadge() {
  return (
    <span className="badge" title="Not linked to a theme yet">
      Unlinked
    </span>
  );
}
