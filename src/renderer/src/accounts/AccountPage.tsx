import { useState } from 'react';
import { AccountBlockers } from '../blockers/AccountBlockers';
import { SEGMENT_SLA } from '../../../shared/accounts/segments';
import { useApiMutation } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { SegmentBadge, StageBadge } from '../ui/badges';
import { useFocusOnArrival } from '../ui/focus';
import { formatDay, formatMoney, relativeDay } from '../ui/format';
import { Tabs } from '../ui/Tabs';
import { toast } from '../ui/toasts';
import { AccountForm } from './AccountForm';
import { accountToForm } from './account-form-values';
import { ACCOUNT_TABS } from './account-tabs';
import { useAccount } from './queries';
import { LifecycleHeader } from '../lifecycle/LifecycleHeader';
import { ExportBundleButton } from '../bundles/BundleButtons';

export function AccountPage({ accountId, tab }: { accountId: string; tab?: string | undefined }) {
  const go = useRoute((s) => s.go);
  const { data: account, error: loadError } = useAccount(accountId);
  const error = loadError?.message;
  const archiveAccount = useApiMutation('accounts.archive');
  const restoreAccount = useApiMutation('accounts.restore');
  const [editing, setEditing] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const headingRef = useFocusOnArrival<HTMLHeadingElement>(accountId);

  if (error) {
    return (
      <div className="page">
        <p className="form-error" role="alert">{error}</p>
        <div>
          <Button onClick={() => go({ page: 'accounts' })}>Back to accounts</Button>
        </div>
      </div>
    );
  }
  if (!account) return <div className="page" aria-busy="true" />;

  const selected = ACCOUNT_TABS.find((t) => t.key === tab) ?? ACCOUNT_TABS[0]!;
  const sla = SEGMENT_SLA[account.segment];

  const archive = async () => {
    setConfirmArchive(false);
    try {
      const archived = await archiveAccount.mutateAsync({ id: account.id });
      toast.info(`Archived ${archived.name}.`, {
        label: 'Undo',
        run: () => void restore(),
      });
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const restore = async () => {
    try {
      const restored = await restoreAccount.mutateAsync({ id: account.id });
      toast.info(`Restored ${restored.name}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a
          href="#accounts"
          onClick={(e) => {
            e.preventDefault();
            go({ page: 'accounts' });
          }}
        >
          Accounts
        </a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{account.name}</span>
      </nav>
      <header className="page-header">
        <div className="stack account-heading">
          <div className="row">
            <h1 ref={headingRef} tabIndex={-1}>
              {account.name}
            </h1>
            <SegmentBadge segment={account.segment} overridden={account.segmentOverride !== null} />
            <StageBadge stage={account.stage} />
            {account.archivedAt && <span className="badge badge-warn">Archived</span>}
          </div>
          <p className="subtitle">
            {formatMoney(account.arr)} ARR
            {account.renewalDate && (
              <>
                {' · '}Renews {formatDay(account.renewalDate)} ({relativeDay(account.renewalDate)})
              </>
            )}
            {' · '}
            {sla.responseHours} h response{sla.qbrCadence ? ` · ${sla.qbrCadence} QBR` : ''}
          </p>
          <LifecycleHeader accountId={account.id} />
        </div>
        <div className="row">
          <Button onClick={() => setEditing(true)}>Edit</Button>
          <ExportBundleButton accountId={account.id} accountName={account.name} />
          {account.archivedAt ? (
            <Button onClick={() => void restore()}>Restore</Button>
          ) : (
            <Button variant="danger" onClick={() => setConfirmArchive(true)}>
              Archive
            </Button>
          )}
        </div>
      </header>
      <AccountBlockers accountId={account.id} />

      <Tabs
        label="Account sections"
        tabs={ACCOUNT_TABS}
        selected={selected.key}
        onSelect={(key) => go({ page: 'account', accountId, tab: key })}
      />
      {account.archivedAt && (
        <p className="archived-note" role="note">
          {account.name} is archived: its check-in notes, readiness checklist and feedback are read-only until you restore it.
        </p>
      )}
      <div role="tabpanel" aria-label={selected.label} className="tab-panel">
        <selected.Component account={account} />
      </div>

      {editing && (
        <AccountForm
          account={account}
          initial={accountToForm(account)}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            toast.info('Changes saved.');
          }}
        />
      )}
      <ConfirmDialog
        open={confirmArchive}
        title={`Archive ${account.name}?`}
        message="The account leaves your lists but keeps all its notes, contacts and history. You can restore it at any time."
        confirmLabel="Archive"
        danger
        onConfirm={() => void archive()}
        onCancel={() => setConfirmArchive(false)}
      />
    </div>
  );
}
