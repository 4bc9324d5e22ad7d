import { useApiQuery } from '../api/use-api';
import { BlockerList } from './BlockerList';
import './blockers.css';

/** The account header's open blockers: they stay here until someone resolves them. */
export function AccountBlockers({ accountId }: { accountId: string }) {
  const blockers = useApiQuery('blockers.list', { accountId });
  const open = blockers.data ?? [];
  if (open.length === 0) return null;
  return (
    <section className="account-blockers" aria-label="Open blockers">
      <h2 className="account-blockers-title">{open.length === 1 ? '1 open blocker' : `${open.length} open blockers`}</h2>
      <BlockerList blockers={open} label="Open blockers on this account" />
    </section>
  );
}
