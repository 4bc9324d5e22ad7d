import type { AccountFields } from '../../src/shared/accounts/schema';
import type { ContactFields } from '../../src/shared/contacts/schema';

/** A valid account form, with whatever a test cares about overridden. */
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

/** A valid contact form for `name`. */
export const contactFields = (name: string, over: Partial<ContactFields> = {}): ContactFields => ({
  name,
  title: '',
  role: '',
  email: '',
  phone: '',
  salutation: '',
  isChampion: false,
  isDecisionMaker: false,
  isSponsor: false,
  isEconomicBuyer: false,
  leftOn: null,
  ...over,
});
