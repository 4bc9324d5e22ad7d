import type { AccountFields } from '../../src/shared/accounts/schema';
import type { LicenseFields } from '../../src/shared/licenses/schema';
import { createAccount } from '../../src/main/accounts/service';
import type { Store } from '../../src/main/db/store';

export const accountFields = (over: Partial<AccountFields> = {}): AccountFields => ({
  name: 'Zürich Insurance',
  arr: 120_000,
  segmentOverride: null,
  stage: 'Onboarding',
  ownerCsm: 'Alex',
  contractStart: '2026-11-01',
  renewalDate: '2027-11-01',
  productVersion: '2.1.0',
  notes: '',
  ...over,
});

export const licenseFields = (over: Partial<LicenseFields> = {}): LicenseFields => ({
  licensee: 'Zürich Insurance Group AG',
  modules: ['Data Product Builder', 'Marketplace'],
  kind: 'standard',
  validFrom: '2026-11-25',
  expiresAt: '2027-11-25',
  projectEnd: null,
  replacesId: null,
  ...over,
});

export function makeAccount(store: Store, now: Date, over: Partial<AccountFields> = {}): string {
  return createAccount(store, accountFields(over), now).id;
}
