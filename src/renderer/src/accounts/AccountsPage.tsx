import { useCallback, useState } from 'react';
import type { Account } from '../../../shared/accounts/schema';
import { SEGMENTS, STAGES } from '../../../shared/accounts/segments';
import { TIER_FILTERS } from '../../../shared/accounts/schema';
import { TIER_LABELS } from '../../../shared/health/models';
import { parseVersion } from '../../../shared/growth/version';
import { useApiMutation } from '../api/use-api';
import { useRoute } from '../shell/route';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { ImportAccountsButton } from '../crm-import/ImportAccountsButton';
import { CheckboxField, SelectField, TextField } from '../ui/Field';
import { formatMoney } from '../ui/format';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { toast } from '../ui/toasts';
import { AccountForm } from './AccountForm';
import { AccountsTable } from './AccountsTable';
import { emptyAccount } from './account-form-values';
import { useAccountFilters } from './accounts-store';
import { ACCOUNTS_PAGE_SIZE, useAccountPages, type RowRange } from './queries';

const SAMPLE_SIZE = 40;

export function AccountsPage() {
  const { filters, setFilters } = useAccountFilters();
  // The rows the table has on screen: only their pages are asked for.
  const [range, setRange] = useState<RowRange>({ first: 0, last: ACCOUNTS_PAGE_SIZE - 1 });
  const list = useAccountPages(filters, range);
  const { total, loaded } = list;
  const error = list.error?.message;
  const go = useRoute((s) => s.go);
  const { csmName } = useSettings();
  const [creating, setCreating] = useState(false);
  const sample = useApiMutation('app.loadSampleData', {
    onSuccess: (result) => toast.info(`Added ${result.accounts} sample accounts with ${result.contacts} contacts.`),
    onError: (e) => toast.error(e.message),
  });
  const loadingSample = sample.isPending;

  const openNew = useCallback(() => setCreating(true), []);
  useHotkey('mod+n', openNew, !creating);

  const filtered = Boolean(filters.query || filters.segment || filters.stage || filters.tier || filters.olderThan);

  const loadSample = () => sample.mutate({ accounts: SAMPLE_SIZE });

  const onSaved = (account: Account) => {
    setCreating(false);
    toast.info(`Created ${account.name}.`);
    go({ page: 'account', accountId: account.id });
  };

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Accounts</h1>
          {loaded && total > 0 && (
            <p className="subtitle">
              {total.toLocaleString()} {total === 1 ? 'account' : 'accounts'} · {formatMoney(list.totalArr)} ARR
            </p>
          )}
        </div>
        <div className="row">
          <ImportAccountsButton />
          <Button variant="primary" shortcut={shortcutLabel('mod+n')} onClick={openNew}>
            New account
          </Button>
        </div>
      </header>

      {(total > 0 || filtered || filters.includeArchived) && (
        <div className="toolbar" role="search">
          <TextField
            label="Filter"
            type="search"
            placeholder="Name or owner"
            value={filters.query ?? ''}
            onChange={(e) => setFilters({ query: e.target.value })}
          />
          <SelectField
            label="Segment"
            value={filters.segment ?? ''}
            onChange={(e) => setFilters({ segment: (e.target.value || undefined) as typeof filters.segment })}
            options={[{ value: '', label: 'All segments' }, ...SEGMENTS.map((s) => ({ value: s, label: s }))]}
          />
          <SelectField
            label="Stage"
            value={filters.stage ?? ''}
            onChange={(e) => setFilters({ stage: (e.target.value || undefined) as typeof filters.stage })}
            options={[{ value: '', label: 'All stages' }, ...STAGES.map((s) => ({ value: s, label: s }))]}
          />
          <SelectField
            label="Health"
            value={filters.tier ?? ''}
            onChange={(e) => setFilters({ tier: (e.target.value || undefined) as typeof filters.tier })}
            options={[{ value: '', label: 'All tiers' }, ...TIER_FILTERS.map((t) => ({ value: t, label: t === 'unscored' ? 'Not scored' : TIER_LABELS[t] }))]}
          />
          <TextField
            label="Older than version"
            placeholder="e.g. 2.10.0"
            value={filters.olderThan ?? ''}
            error={filters.olderThan && !parseVersion(filters.olderThan) ? 'Write a version like 2.10.0' : undefined}
            onChange={(e) => setFilters({ olderThan: e.target.value || undefined })}
          />
          <CheckboxField
            label="Show archived"
            checked={Boolean(filters.includeArchived)}
            onChange={(e) => setFilters({ includeArchived: e.target.checked })}
          />
        </div>
      )}

      {error && <p className="form-error" role="alert">{error}</p>}

      {loaded && total === 0 && !filtered && (
        <EmptyState
          title="Your book of accounts is empty"
          actions={
            <>
              <Button variant="primary" onClick={openNew}>
                New account
              </Button>
              <Button onClick={loadSample} disabled={loadingSample}>
                {loadingSample ? 'Loading sample data…' : 'Load sample data'}
              </Button>
            </>
          }
        >
          Add the accounts you look after, with their ARR, stage and renewal date. Or load a sample book to look around
          first.
        </EmptyState>
      )}

      {loaded && total === 0 && filtered && (
        <EmptyState
          title="No accounts match"
          actions={<Button onClick={() => setFilters({ query: '', segment: undefined, stage: undefined, tier: undefined, olderThan: undefined })}>Clear filters</Button>}
        >
          Nothing in your book matches these filters.
        </EmptyState>
      )}

      {total > 0 && (
        <AccountsTable
          total={total}
          rowAt={list.rowAt}
          resetKey={list.key}
          onRangeChange={setRange}
          sort={filters.sort}
          direction={filters.direction}
          onSort={(key) =>
            setFilters({ sort: key, direction: filters.sort === key && filters.direction === 'asc' ? 'desc' : 'asc' })
          }
          onOpen={(row) => go({ page: 'account', accountId: row.id })}
        />
      )}

      {creating && <AccountForm initial={emptyAccount(csmName)} onClose={() => setCreating(false)} onSaved={onSaved} />}
    </div>
  );
}
