import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { formatDateTime } from '../ui/format';
import { useBackups } from './queries';

const WARN_AFTER_MS = 7 * 86_400_000;

/**
 * On Today: a warning when no backup has succeeded for 7 days (or the only attempts failed).
 * Says nothing while the first backup of a new book is still being written.
 */
export function BackupWarning({ now = new Date() }: { now?: Date }) {
  const go = useRoute((s) => s.go);
  const { data } = useBackups();
  if (!data) return null;
  const last = data.lastSuccessAt ? new Date(data.lastSuccessAt) : null;
  const stale = last ? now.getTime() - last.getTime() > WARN_AFTER_MS : data.lastFailure !== null;
  if (!stale) return null;
  return (
    <div className="callout callout-warning" role="alert">
      <p>
        {last ? `No backup has succeeded since ${formatDateTime(last.toISOString())}.` : 'No backup has succeeded yet.'}{' '}
        {data.lastFailure?.message}
      </p>
      <Button size="sm" onClick={() => go({ page: 'settings' })}>
        Open backup settings
      </Button>
    </div>
  );
}
