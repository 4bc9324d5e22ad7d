import { useState } from 'react';
import { SHARE_CHANNEL_LABELS } from '../../../shared/lifecycle/onboarding-kit';
import type { KitEntry } from '../../../shared/lifecycle/schema';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useApiMutation } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { formatDay } from '../ui/format';
import { RecordActions, RecordTable } from '../ui/RecordTable';
import { toast } from '../ui/toasts';
import { KitShareDialog } from './KitShareDialog';
import { useAccountLifecycle } from './queries';
import './lifecycle.css';

/** The onboarding kit (seed 000, step 1): what was handed over, when and how. */
export function OnboardingTab({ account }: AccountTabProps) {
  const { data, error } = useAccountLifecycle(account.id);
  const go = useRoute((s) => s.go);
  const unshare = useApiMutation('lifecycle.unshareKitItem');
  const [editing, setEditing] = useState<KitEntry | null>(null);
  if (error) return <p className="form-error" role="alert">{error.message}</p>;
  if (!data) return null;
  const { shared, total, complete } = data.kit.progress;
  return (
    <div className="stack lifecycle-tab">
      <p className="muted">
        {complete
          ? `The onboarding kit is complete: all ${total} items shared with ${account.name}.`
          : `${shared} of ${total} kit items shared. Record each as you hand it over: the date and the channel, never the secret itself.`}
      </p>
      <RecordTable caption="Onboarding kit" columns={['Item', 'Shared on', 'How', 'Note']}>
        {data.kit.items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{item.label}</th>
            <td>{item.sharedOn ? formatDay(item.sharedOn) : <span className="faint">Not yet</span>}</td>
            <td>{item.channel ? SHARE_CHANNEL_LABELS[item.channel] : '—'}</td>
            <td className="wrap">
              {item.fromLicense ? (
                <a
                  href="#licenses"
                  onClick={(e) => {
                    e.preventDefault();
                    go({ page: 'account', accountId: account.id, tab: 'licenses' });
                  }}
                >
                  Issued in the Licenses tab
                </a>
              ) : (
                item.note
              )}
            </td>
            <RecordActions>
              {item.sharedOn && !item.fromLicense ? (
                <Button size="sm" aria-label={`Edit sharing of ${item.label}`} onClick={() => setEditing(item)}>
                  Edit
                </Button>
              ) : (
                <Button size="sm" aria-label={`Record sharing of ${item.label}`} onClick={() => setEditing(item)}>
                  Record sharing
                </Button>
              )}
              {item.sharedOn && !item.fromLicense && (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Clear ${item.label}`}
                  onClick={() =>
                    unshare.mutate(
                      { accountId: account.id, itemKey: item.key },
                      { onSuccess: () => toast.info(`${item.label} marked as not shared.`), onError: (e) => toast.error(e.message) },
                    )
                  }
                >
                  Clear
                </Button>
              )}
            </RecordActions>
          </tr>
        ))}
      </RecordTable>
      {editing && <KitShareDialog accountId={account.id} item={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
