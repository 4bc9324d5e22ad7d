import { actingPerson } from '../../src/main/settings/actor';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/main/audit/log';
import { saveLicenseCalendar } from '../../src/main/licenses/calendar';
import { issueLicense, recordLicenseShare, revokeLicense } from '../../src/main/licenses/service';
import { updateSettings } from '../../src/main/settings/service';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';

const now = new Date('2026-11-25T10:00:00.000Z');
const keyStore = memoryKeyStore();
let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = makeAccount(t.store, now);
  updateSettings(t.store, { csmName: 'Alex Rivera' });
});
afterEach(() => t.close());

describe('sharing a license file', () => {
  it('records who received it and through which channel, oldest first, in the audit log too', () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    recordLicenseShare(t.store, { id: license.id, recipient: 'it-ops@zurich.example', channel: 'encrypted-email' }, now, actingPerson(t.store));
    const later = new Date('2026-11-26T08:00:00.000Z');
    const shared = recordLicenseShare(t.store, { id: license.id, recipient: 'Marco Bianchi', channel: 'in-person' }, later, actingPerson(t.store));
    expect(shared.shares).toEqual([
      { recipient: 'it-ops@zurich.example', channel: 'encrypted-email', sharedAt: now.toISOString(), sharedBy: 'Alex Rivera' },
      { recipient: 'Marco Bianchi', channel: 'in-person', sharedAt: later.toISOString(), sharedBy: 'Alex Rivera' },
    ]);
    const entries = listAudit(t.store).filter((e) => e.action === 'license.shared');
    expect(entries.map((e) => e.details)).toEqual(
      expect.arrayContaining([expect.objectContaining({ recipient: 'Marco Bianchi', channel: 'in-person', licenseId: license.id })]),
    );
  });

  it('refuses to record sharing a revoked license', () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    revokeLicense(t.store, license.id, 'Wrong modules', now, actingPerson(t.store));
    expect(() => recordLicenseShare(t.store, { id: license.id, recipient: 'Marco', channel: 'encrypted-email' }, now, actingPerson(t.store))).toThrow(/revoked/);
  });
});

describe('"Add to calendar"', () => {
  it('saves an .ics file with the expiry, its reminder ahead, and the renewal kick-off of a standard license', async () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-11-25', reminderDays: 45 }) }, now, actingPerson(t.store));
    const ctx = testContext(t, now, scriptedDialogs({ saveTo: (name) => join(t.dir, name) }));
    const result = await saveLicenseCalendar(ctx, license.id);
    expect(result).toEqual({ saved: true, path: join(t.dir, 'Zurich-Insurance-license-expiry-2027-11-25.ics') });
    const ics = readFileSync(join(t.dir, 'Zurich-Insurance-license-expiry-2027-11-25.ics'), 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`UID:${license.id}-expiry@fieldbook`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20271125');
    expect(ics).toContain('SUMMARY:License expires: Zürich Insurance Group AG (Zürich Insurance)');
    expect(ics).toContain('TRIGGER:-P45D');
    expect(ics).toContain(`UID:${license.id}-renewal-kickoff@fieldbook`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270525');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ kind: 'temporary', expiresAt: '2026-12-20' }) }, now, actingPerson(t.store));
    expect(await saveLicenseCalendar(testContext(t, now, scriptedDialogs({ saveTo: () => null })), license.id)).toEqual({ saved: false });
  });
});
