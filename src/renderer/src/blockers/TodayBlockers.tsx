import { useApiQuery } from '../api/use-api';
import { useRoute } from '../shell/route';
import { BlockerList } from './BlockerList';
import './blockers.css';

/** Today's "Open blockers": every unresolved blocker across the book, oldest first. */
export function TodayBlockers() {
  const go = useRoute((s) => s.go);
  const blockers = useApiQuery('blockers.list', {});
  const open = blockers.data ?? [];
  if (open.length === 0) return null;
  return (
    <section className="stack" aria-label="Open blockers">
      <h2 className="group-title overdue">
        Open blockers <span className="faint">{open.length}</span>
      </h2>
      <BlockerList blockers={open} showAccount label="Open blockers" onOpenAccount={(accountId) => go({ page: 'account', accountId })} />
    </section>
  );
}
