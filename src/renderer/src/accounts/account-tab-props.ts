import type { Account } from '../../../shared/accounts/schema';

/**
 * What every account tab is given. Kept apart from the list of tabs (account-tabs.tsx), which
 * imports every tab: a tab importing this file imports no other tab, so there is no cycle.
 * A tab reads anything else it shows through queries; changes refresh the account (and this
 * prop) through the accounts domain's invalidation.
 */
export interface AccountTabProps {
  account: Account;
}
