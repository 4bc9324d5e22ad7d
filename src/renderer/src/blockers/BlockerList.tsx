import type { Blocker } from '../../../shared/blockers/schema';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { relativeDay } from '../ui/format';
import { toast } from '../ui/toasts';

interface BlockerListProps {
  blockers: Blocker[];
  /** Show each blocker's account (Today, across the book). */
  showAccount?: boolean;
  onOpenAccount?: (accountId: string) => void;
  label: string;
}

/** Open blockers with who owns them and since when, each with Resolve (and Undo). */
export function BlockerList({ blockers, showAccount = false, onOpenAccount, label }: BlockerListProps) {
  // Resolving invalidates the blockers and the account at a glance (operation-effects.ts), so
  // the header, Overview, Today and the accounts table all follow.
  const resolveBlocker = useApiMutation('blockers.resolve');
  const reopenBlocker = useApiMutation('blockers.reopen');
  // Awaited rather than mutate(…, { onSuccess }): resolving the last blocker unmounts this list
  // (the refetch leaves nothing to show), and TanStack Query skips a call's own callbacks then.
  const resolve = async (blocker: Blocker) => {
    try {
      await resolveBlocker.mutateAsync({ id: blocker.id });
    } catch (e) {
      toast.error((e as Error).message);
      return;
    }
    toast.info(`Blocker resolved: “${blocker.title}”.`, {
      label: 'Undo',
      run: () => void reopenBlocker.mutateAsync({ id: blocker.id }).catch((e: Error) => toast.error(e.message)),
    });
  };
  return (
    <ul className="blocker-list" aria-label={label}>
      {blockers.map((b) => (
        <li key={b.id} className="blocker">
          <span className="blocker-mark" aria-hidden="true">
            ●
          </span>
          <span className="blocker-text">
            {showAccount &&
              (onOpenAccount ? (
                <a
                  className="blocker-account"
                  href={`#account/${b.accountId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpenAccount(b.accountId);
                  }}
                >
                  {b.accountName}
                </a>
              ) : (
                <span className="blocker-account">{b.accountName}</span>
              ))}
            <span className="blocker-title">{b.title}</span>
            <span className="faint">
              {b.owner ? `Owner: ${b.owner}` : 'No owner named'} · opened {relativeDay(localIsoDate(new Date(b.openedAt)))}
            </span>
          </span>
          <Button size="sm" onClick={() => void resolve(b)} aria-label={`Resolve blocker: ${b.title}`}>
            Resolve
          </Button>
        </li>
      ))}
    </ul>
  );
}
