import { localIsoDate } from '../../../shared/dates/iso-date';
import { addMonths } from '../../../shared/dates/months';
import type { License, LicenseFieldsInput } from '../../../shared/licenses/schema';

/** A new one-year standard license for the account, starting today. */
export function newLicense(licensee: string, today = localIsoDate(new Date())): LicenseFieldsInput {
  return {
    licensee,
    modules: [],
    kind: 'standard',
    validFrom: today,
    expiresAt: addMonths(today, 12),
    projectStart: null,
    projectEnd: null,
    reminderDays: null,
    replacesId: null,
  };
}

/** A renewal: same licensee and modules, starting when the old one expires, linked to it. */
export function renewalOf(license: License): LicenseFieldsInput {
  return {
    licensee: license.licensee,
    modules: license.modules,
    kind: 'standard',
    validFrom: license.expiresAt,
    expiresAt: addMonths(license.expiresAt, 12),
    projectStart: null,
    projectEnd: null,
    reminderDays: null,
    replacesId: license.id,
  };
}
