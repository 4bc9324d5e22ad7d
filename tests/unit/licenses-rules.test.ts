import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/licenses/canonical-json';
import { addMonths } from '../../src/shared/dates/months';
import { IssueLicenseInput, LicenseFields } from '../../src/shared/licenses/schema';
import { licenseStatus, reminderDate } from '../../src/shared/licenses/status';
import { licenseFields } from '../support/license-fixtures';

const issuesOf = (over: Parameters<typeof licenseFields>[0]) => {
  const r = LicenseFields.safeParse(licenseFields(over));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('license rules (seed 000)', () => {
  it('accepts a standard one-year license', () => {
    expect(issuesOf({})).toEqual([]);
  });

  it('needs the expiry after the start', () => {
    expect(issuesOf({ validFrom: '2026-11-25', expiresAt: '2026-11-25' })).toEqual([
      'expiresAt: The expiry date must be after the start date.',
    ]);
    expect(issuesOf({ validFrom: '2026-11-25', expiresAt: '2026-11-01' })).toHaveLength(1);
  });

  it('lets a temporary license last 30 days and no more', () => {
    expect(issuesOf({ kind: 'temporary', validFrom: '2026-05-01', expiresAt: '2026-05-31' })).toEqual([]);
    expect(issuesOf({ kind: 'temporary', validFrom: '2026-05-01', expiresAt: '2026-06-01' })).toEqual([
      'expiresAt: A temporary license lasts at most 30 days; this one lasts 31.',
    ]);
  });

  it('keeps an MVP license within the project, from its start to its end, and asks for both dates', () => {
    const mvp = { kind: 'mvp' as const, projectStart: '2026-11-01', validFrom: '2026-11-25' };
    expect(issuesOf({ ...mvp, projectEnd: '2027-03-31', expiresAt: '2027-03-31' })).toEqual([]);
    expect(issuesOf({ ...mvp, projectEnd: '2027-03-31', expiresAt: '2027-04-01' })).toEqual([
      "expiresAt: An MVP license can't outlast the project, which ends on 2027-03-31.",
    ]);
    expect(issuesOf({ ...mvp, projectEnd: null })).toEqual([
      "projectEnd: Enter the MVP project's end date: the license can't outlast it.",
    ]);
    expect(issuesOf({ ...mvp, projectStart: '2026-12-01', projectEnd: '2027-03-31', expiresAt: '2027-03-01' })).toEqual([
      "validFrom: An MVP license can't start before the project, which starts on 2026-12-01.",
    ]);
    expect(issuesOf({ ...mvp, projectStart: null, projectEnd: '2027-03-31', expiresAt: '2027-03-01' })).toEqual([
      "projectStart: Enter the MVP project's start date: the license can't start before it.",
    ]);
    expect(issuesOf({ ...mvp, projectEnd: '2026-10-01', expiresAt: '2027-03-01' })).toEqual(['projectEnd: The project must end after it starts.']);
  });

  it('takes an expiry reminder of 1 to 180 days, or the kind’s default', () => {
    expect(issuesOf({ reminderDays: 45 })).toEqual([]);
    expect(issuesOf({ reminderDays: 0 })).toEqual(['reminderDays: Remind at least 1 day before expiry']);
    expect(issuesOf({ reminderDays: 181 })).toEqual(['reminderDays: Remind at most 180 days before expiry']);
  });

  it('needs a licensee and at least one module, each listed once', () => {
    expect(issuesOf({ licensee: '  ' })[0]).toMatch(/^licensee: Enter the licensee/);
    expect(issuesOf({ modules: [] })).toEqual(['modules: List at least one licensed module']);
    expect(issuesOf({ modules: ['Marketplace', 'marketplace'] })).toEqual(['modules: Each module is listed only once']);
  });

  it('refuses unknown fields and bad dates at the IPC door', () => {
    const accountId = '7d9f8f0e-3c1a-4b8e-9c61-0d8f1e2a3b4c';
    expect(IssueLicenseInput.safeParse({ accountId, fields: licenseFields(), privateKey: 'x' }).success).toBe(false);
    expect(IssueLicenseInput.safeParse({ accountId, fields: { ...licenseFields(), validFrom: '2026-02-30' } }).success).toBe(false);
  });
});

describe('license status and reminders', () => {
  it('falls due six months ahead for a standard license and a week ahead for a short one', () => {
    expect(reminderDate('standard', '2027-08-31')).toBe('2027-02-28');
    expect(reminderDate('temporary', '2026-12-21')).toBe('2026-12-14');
    expect(reminderDate('mvp', '2027-01-03')).toBe('2026-12-27');
  });

  it('badges a license by where it stands today', () => {
    const l = { kind: 'standard' as const, validFrom: '2026-01-01', expiresAt: '2027-01-01', revokedAt: null };
    expect(licenseStatus(l, '2025-12-31')).toBe('not-yet-valid');
    expect(licenseStatus(l, '2026-06-30')).toBe('valid');
    expect(licenseStatus(l, '2026-07-01')).toBe('expiring-soon');
    expect(licenseStatus(l, '2027-01-01')).toBe('expired');
    expect(licenseStatus({ ...l, revokedAt: '2026-03-01T00:00:00.000Z' }, '2026-06-30')).toBe('revoked');
  });
});

describe('building blocks', () => {
  it('moves dates by calendar months, clamping to the month end', () => {
    expect(addMonths('2027-08-31', -6)).toBe('2027-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2027-01-15', -6)).toBe('2026-07-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('writes canonical JSON with sorted keys and no whitespace', () => {
    expect(canonicalJson({ b: [1, 'ü', null], a: { d: true, c: 'x y' } })).toBe('{"a":{"c":"x y","d":true},"b":[1,"ü",null]}');
    expect(() => canonicalJson({ a: 1.5 })).toThrow();
  });
});
