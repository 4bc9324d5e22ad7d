import { useState } from 'react';
import type { License, LicenseFieldsInput } from '../../../shared/licenses/schema';
import { LICENSE_KIND_LABELS, SHARE_CHANNEL_LABELS } from '../../../shared/licenses/rules';
import { useApiMutation, useApiQuery } from '../api/use-api';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDay, relativeDay } from '../ui/format';
import { toast } from '../ui/toasts';
import { IssueLicenseForm } from './IssueLicenseForm';
import { LicenseStatusBadge } from './license-badges';
import { newLicense, renewalOf } from './license-form-values';
import { RevokeLicenseDialog } from './RevokeLicenseDialog';
import { ShareLicenseDialog } from './ShareLicenseDialog';
import { VerifyLicenseDialog } from './VerifyLicenseDialog';
import './licenses.css';

function daysLeftText(l: License): string {
  if (l.status === 'revoked') return '—';
  if (l.daysLeft <= 0) return relativeDay(l.expiresAt);
  return l.daysLeft === 1 ? '1 day' : `${l.daysLeft} days`;
}

/** An account's license history: status, days left, and issue / renew / save / revoke. */
export function LicensesTab({ account }: AccountTabProps) {
  const { data: licenses, error: loadError } = useApiQuery('licenses.list', { accountId: account.id });
  const error = loadError?.message;
  const saveFile = useApiMutation('licenses.saveFile');
  const saveCalendar = useApiMutation('licenses.saveCalendar');
  const [issuing, setIssuing] = useState<LicenseFieldsInput | null>(null);
  const [revoking, setRevoking] = useState<License | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [sharing, setSharing] = useState<License | null>(null);

  const save = async (license: License) => {
    try {
      const result = await saveFile.mutateAsync({ id: license.id });
      if (result.saved) toast.info(`License file saved to ${result.path}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const addToCalendar = async (license: License) => {
    try {
      const result = await saveCalendar.mutateAsync({ id: license.id });
      if (result.saved) toast.info(`Calendar file saved to ${result.path}. Open it to add the expiry to your calendar.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const soon = licenses?.filter((l) => l.status === 'expiring-soon') ?? [];

  return (
    <div className="stack">
      <div className="row">
        <Button variant="primary" onClick={() => setIssuing(newLicense(account.name))}>
          Issue license
        </Button>
        <Button onClick={() => setVerifying(true)}>Verify license file…</Button>
        <span className="spacer" />
        {soon.length > 0 && (
          <span className="badge badge-warn" role="status">
            {soon.length === 1 ? '1 license expires soon' : `${soon.length} licenses expire soon`}
          </span>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {licenses && licenses.length === 0 && (
        <EmptyState
          title="No licenses yet"
          actions={
            <Button variant="primary" onClick={() => setIssuing(newLicense(account.name))}>
              Issue the first license
            </Button>
          }
        >
          Issue a signed license for {account.name}: choose the modules, the kind (standard, temporary or MVP) and the dates,
          then save the file to send it to the customer.
        </EmptyState>
      )}
      {licenses && licenses.length > 0 && (
        <div className="table-wrap">
          <table className="table license-table" aria-label={`Licenses of ${account.name}`}>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Licensee</th>
                <th scope="col">Kind</th>
                <th scope="col">Modules</th>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Days left
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {licenses.map((l) => (
                <tr
                  key={l.id}
                  className={l.status === 'revoked' ? 'revoked' : undefined}
                  title={`License ${l.id}, signed with key ${l.keyId} by ${l.issuedBy}`}
                >
                  <td>
                    <LicenseStatusBadge status={l.status} />
                  </td>
                  <td className="primary-cell licensee">
                    {l.licensee}
                    {l.replacedById && <span className="badge badge-after">Renewed</span>}
                    {l.shares.length > 0 && (
                      <span className="license-shares">
                        Shared with{' '}
                        {l.shares
                          .map((s) => `${s.recipient} (${SHARE_CHANNEL_LABELS[s.channel].toLowerCase()}, ${formatDay(s.sharedAt.slice(0, 10))})`)
                          .join('; ')}
                      </span>
                    )}
                  </td>
                  <td>{LICENSE_KIND_LABELS[l.kind]}</td>
                  <td className="modules" title={l.modules.join(', ')}>
                    {l.modules.join(', ')}
                  </td>
                  <td>
                    {formatDay(l.validFrom)} – {formatDay(l.expiresAt)}
                  </td>
                  <td className="num">{daysLeftText(l)}</td>
                  <td>
                    <div className="actions">
                      {!l.revokedAt && (
                        <>
                          <Button size="sm" onClick={() => void save(l)} aria-label={`Save license file for ${l.licensee}, until ${l.expiresAt}`}>
                            Save license file…
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setSharing(l)} aria-label={`Record sharing the license until ${l.expiresAt}`}>
                            Record sharing…
                          </Button>
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() => void addToCalendar(l)}
                            aria-label={`Add to calendar: the expiry on ${l.expiresAt}`}
                            title={`Expiry reminder ${l.reminderDays} days ahead, on ${formatDay(l.expiryReminderOn)}`}
                          >
                            Add to calendar…
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setIssuing(renewalOf(l))} aria-label={`Renew license until ${l.expiresAt}`}>
                            Renew
                          </Button>
                          <Button size="sm" variant="ghost" onClick={() => setRevoking(l)} aria-label={`Revoke license until ${l.expiresAt}`}>
                            Revoke
                          </Button>
                        </>
                      )}
                      {l.revokedAt && (
                        <span className="license-note" title={l.revokedReason ?? undefined}>
                          Revoked: {l.revokedReason}
                        </span>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {issuing && (
        <IssueLicenseForm
          accountId={account.id}
          accountName={account.name}
          initial={issuing}
          history={licenses ?? []}
          onClose={() => setIssuing(null)}
          onIssued={(license) => {
            setIssuing(null);
            toast.info(`License issued for ${license.licensee}, signed with key ${license.keyId}.`, {
              label: 'Save license file…',
              run: () => void save(license),
            });
          }}
        />
      )}
      {revoking && (
        <RevokeLicenseDialog
          license={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(l) => {
            setRevoking(null);
            toast.info(`License for ${l.licensee} revoked.`);
          }}
        />
      )}
      {sharing && (
        <ShareLicenseDialog
          license={sharing}
          onClose={() => setSharing(null)}
          onShared={(l) => {
            setSharing(null);
            toast.info(`Recorded: the license for ${l.licensee} was shared.`);
          }}
        />
      )}
      {verifying && <VerifyLicenseDialog onClose={() => setVerifying(false)} />}
    </div>
  );
}
