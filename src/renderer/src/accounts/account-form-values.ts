import type { Account, AccountFieldsInput } from '../../../shared/accounts/schema';

export function emptyAccount(ownerCsm: string): AccountFieldsInput {
  return {
    name: '',
    arr: 0,
    segmentOverride: null,
    stage: 'Onboarding',
    ownerCsm,
    contractStart: null,
    renewalDate: null,
    productVersion: '',
    notes: '',
  };
}

export function accountToForm(a: Account): AccountFieldsInput {
  return {
    name: a.name,
    arr: a.arr,
    segmentOverride: a.segmentOverride,
    stage: a.stage,
    ownerCsm: a.ownerCsm,
    contractStart: a.contractStart,
    renewalDate: a.renewalDate,
    productVersion: a.productVersion,
    notes: a.notes,
  };
}

/** Form inputs give strings; empty ones mean "not set". */
export const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
/** A number input left empty or holding text becomes NaN, which the schema reports clearly. */
export const toNumber = (value: unknown) => (value === '' || value === null ? Number.NaN : Number(value));
