import { ContactsCard } from '../contacts/ContactsCard';
import { formatDateTime, formatDay, formatMoney } from '../ui/format';
import type { AccountTabProps } from './account-tab-props';
import { GlanceCard } from './GlanceCard';
import './glance.css';

export function AccountOverview({ account }: AccountTabProps) {
  return (
    <div className="stack">
      <GlanceCard account={account} />
      <div className="two-col">
        <section className="card" aria-label="Account details">
          <div className="card-header">
            <h2>Details</h2>
          </div>
          <div className="card-body">
            <dl className="facts">
              <dt>ARR</dt>
              <dd>{formatMoney(account.arr)}</dd>
              <dt>Segment</dt>
              <dd>
                {account.segment}
                {account.segmentOverride && <span className="faint"> (set by hand)</span>}
              </dd>
              <dt>Stage</dt>
              <dd>{account.stage}</dd>
              <dt>Owner</dt>
              <dd>{account.ownerCsm || <span className="faint">Not set</span>}</dd>
              <dt>Contract start</dt>
              <dd>{formatDay(account.contractStart)}</dd>
              <dt>Renewal</dt>
              <dd>{formatDay(account.renewalDate)}</dd>
              <dt>Installed version</dt>
              <dd>{account.productVersion || <span className="faint">Not recorded</span>}</dd>
              <dt>Last changed</dt>
              <dd>{formatDateTime(account.updatedAt)}</dd>
            </dl>
            {account.notes && <p className="account-notes">{account.notes}</p>}
          </div>
        </section>
        <ContactsCard accountId={account.id} />
      </div>
    </div>
  );
}
