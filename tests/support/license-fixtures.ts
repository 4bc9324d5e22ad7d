import type { AccountFields } from '../../src/shared/accounts/schema';
import type { LicenseFields } from '../../src/shared/licenses/schema';
import { createAccount } from '../../src/main/accounts/service';
import type { Store } from '../../src/main/db/store';
import { accountFields } from './records';

export { accountFields };

export const licenseFields = (over: Partial<LicenseFields> = {}): LicenseFields => ({
  licensee: 'Zürich Insurance Group AG',
  modules: ['Data Product Builder', 'Marketplace'],
  kind: 'standard',
  validFrom: '2026-11-25',
  expiresAt: '2027-11-25',
  projectStart: null,
  projectEnd: null,
  reminderDays: null,
  replacesId: null,
  ...over,
});

export function makeAccount(store: Store, now: Date, over: Partial<AccountFields> = {}): string {
  return createAccount(store, accountFields(over), now).id;
}
