import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unavailableKeyStore } from '../../src/main/edge-ports/key-store';
import { saveLicenseFile } from '../../src/main/licenses/files';
import { listKeys } from '../../src/main/licenses/keys';
import { listLicenses, moduleSuggestions } from '../../src/main/licenses/repository';
import { issueLicense, revokeLicense } from '../../src/main/licenses/service';
import { verifyLicenseText } from '../../src/main/licenses/verify';
import { listTasks } from '../../src/main/tasks/repository';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';
import { actingPerson } from '../../src/main/settings/actor';

const now = new Date('2026-11-25T10:00:00.000Z');
const keyStore = memoryKeyStore();
let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = makeAccount(t.store, now);
});
afterEach(() => t.close());

const licenseTasks = () => listTasks(t.store, { accountId, status: 'all' }).filter((x) => x.sourceKind === 'license');

describe('issuing licenses', () => {
  it('makes the first signing key on first use, then keeps using it', () => {
    expect(listKeys(t.store)).toEqual([]);
    const a = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const b = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    expect(listKeys(t.store)).toHaveLength(1);
    expect(a.keyId).toBe(b.keyId);
    expect(a.id).not.toBe(b.id);
  });

  it('lists an account’s history newest first, with status and days left', () => {
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-11-25' }) }, now, actingPerson(t.store));
    const later = new Date('2026-11-26T10:00:00.000Z');
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-03-01' }) }, later, actingPerson(t.store));
    const [newest, oldest] = listLicenses(t.store, accountId, now);
    expect(newest).toMatchObject({ expiresAt: '2027-03-01', status: 'expiring-soon', daysLeft: 96 });
    expect(oldest).toMatchObject({ expiresAt: '2027-11-25', status: 'valid', daysLeft: 365 });
  });

  it('gives a standard license its renewal kick-off six months ahead and an expiry reminder 30 days ahead', () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-11-25' }) }, now, actingPerson(t.store));
    const tasks = licenseTasks().sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
    expect(tasks).toMatchObject([
      { dueOn: '2027-05-25', sourceId: license.id, owner: 'Alex', title: expect.stringMatching(/^Renewal kick-off/) },
      { dueOn: '2027-10-26', sourceId: license.id, owner: 'Alex', title: expect.stringMatching(/^License for .* expires on 2027-11-25/) },
    ]);
    expect(license).toMatchObject({ reminderDays: 30, expiryReminderOn: '2027-10-26' });
  });

  it('reminds near the expiry of a standard license shorter than six months, not only on the day it is issued', () => {
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-02-01' }) }, now, actingPerson(t.store));
    expect(licenseTasks().map((x) => x.dueOn).sort()).toEqual(['2026-11-25', '2027-01-02']);
  });

  it('reminds a week before a temporary or MVP license expires, or as many days as chosen', () => {
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ kind: 'temporary', expiresAt: '2026-12-20' }) }, now, actingPerson(t.store));
    issueLicense(
      t.store,
      keyStore,
      { accountId, fields: licenseFields({ kind: 'mvp', expiresAt: '2027-03-31', projectStart: '2026-11-01', projectEnd: '2027-04-30' }) },
      now,
      actingPerson(t.store),
    );
    const chosen = issueLicense(
      t.store,
      keyStore,
      { accountId, fields: licenseFields({ kind: 'temporary', expiresAt: '2026-12-24', reminderDays: 3 }) },
      now,
      actingPerson(t.store),
    );
    const tasks = licenseTasks();
    expect(tasks.map((x) => x.dueOn).sort()).toEqual(['2026-12-13', '2026-12-21', '2027-03-24']);
    expect(tasks.map((x) => x.title).sort()[0]).toMatch(/^MVP license .*project ends 2027-04-30/);
    expect(chosen).toMatchObject({ reminderDays: 3, expiryReminderOn: '2026-12-21', remindOn: '2026-12-21' });
  });

  it('drops both open reminders of a revoked standard license', () => {
    const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    expect(licenseTasks()).toHaveLength(2);
    revokeLicense(t.store, license.id, 'Issued to the wrong entity', now, actingPerson(t.store));
    expect(licenseTasks()).toEqual([]);
  });

  it('links a renewal to the license it replaces and closes the old reminder', () => {
    const old = issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ expiresAt: '2027-02-01' }) }, now, actingPerson(t.store));
    const renewal = issueLicense(
      t.store,
      keyStore,
      { accountId, fields: licenseFields({ validFrom: '2027-02-01', expiresAt: '2028-02-01', replacesId: old.id }) },
      now, actingPerson(t.store),
    );
    const history = listLicenses(t.store, accountId, now);
    expect(history.find((l) => l.id === old.id)?.replacedById).toBe(renewal.id);
    expect(renewal.replacesId).toBe(old.id);
    expect(licenseTasks().find((x) => x.sourceId === old.id)?.doneAt).not.toBeNull();
  });

  it("refuses to replace another account's license", () => {
    const other = makeAccount(t.store, now, { name: 'Other' });
    const theirs = issueLicense(t.store, keyStore, { accountId: other, fields: licenseFields() }, now, actingPerson(t.store));
    expect(() =>
      issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ replacesId: theirs.id }) }, now, actingPerson(t.store)),
    ).toThrow(/must be one of this account’s licenses/);
  });

  it('keeps the project dates only on MVP licenses', () => {
    const l = issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ projectStart: '2026-01-01', projectEnd: '2030-01-01' }) }, now, actingPerson(t.store));
    expect(l).toMatchObject({ projectStart: null, projectEnd: null });
  });

  it('suggests modules from earlier licenses, most used first', () => {
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ modules: ['Marketplace', 'Governance'] }) }, now, actingPerson(t.store));
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ modules: ['Marketplace'] }) }, now, actingPerson(t.store));
    expect(moduleSuggestions(t.store)).toEqual(['Marketplace', 'Governance']);
  });
});

describe('when signing is not possible', () => {
  it('refuses with the key store’s explanation and writes nothing', () => {
    const reason = 'No keyring is running, so a signing key would be stored with no real protection.';
    expect(() => issueLicense(t.store, unavailableKeyStore(reason), { accountId, fields: licenseFields() }, now, actingPerson(t.store))).toThrow(reason);
    expect(listLicenses(t.store, accountId, now)).toEqual([]);
    expect(listKeys(t.store)).toEqual([]);
  });

  it('explains when the key was sealed on another computer', () => {
    issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    expect(() => issueLicense(t.store, memoryKeyStore(), { accountId, fields: licenseFields() }, now, actingPerson(t.store))).toThrow(
      /can't be unlocked on this computer/,
    );
  });
});

describe('revoking and saving', () => {
  it('keeps a revoked license in the history with who, when and why, and drops its reminder', () => {
    const l = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const revoked = revokeLicense(t.store, l.id, 'Customer cancelled the pilot', now, actingPerson(t.store));
    expect(revoked).toMatchObject({ status: 'revoked', revokedReason: 'Customer cancelled the pilot', revokedAt: now.toISOString() });
    expect(listLicenses(t.store, accountId, now)).toHaveLength(1);
    expect(licenseTasks()).toEqual([]);
    expect(() => revokeLicense(t.store, l.id, 'again', now, actingPerson(t.store))).toThrow(/already revoked/);
  });

  it('says a revoked license is revoked when its file is verified', () => {
    const l = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const file = t.store.sqlite.prepare<[string], { file_text: string }>('SELECT file_text FROM licenses WHERE id = ?').get(l.id)!;
    revokeLicense(t.store, l.id, 'Wrong modules', now, actingPerson(t.store));
    const result = verifyLicenseText(t.store, file.file_text, null, now);
    expect(result.revoked?.reason).toBe('Wrong modules');
    expect(result.message).toMatch(/revoked in Fieldbook on 2026-11-25: Wrong modules/);
  });

  it('saves the signed file where the user chose, under a sensible default name', async () => {
    const l = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const names: string[] = [];
    const ctx = testContext(
      t,
      now,
      scriptedDialogs({
        saveTo: (name) => {
          names.push(name);
          return join(t.dir, name);
        },
      }),
      keyStore,
    );
    const result = await saveLicenseFile(ctx, l.id);
    expect(names).toEqual(['Zurich-Insurance-standard-license-until-2027-11-25.lic']);
    if (!result.saved) throw new Error('not saved');
    expect(basename(result.path)).toBe(names[0]);
    expect(verifyLicenseText(t.store, readFileSync(result.path, 'utf8'), null, now).verdict).toBe('valid');
  });

  it('does nothing when the save dialog is cancelled, and refuses to save a revoked license', async () => {
    const l = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const ctx = testContext(t, now, scriptedDialogs(), keyStore);
    expect(await saveLicenseFile(ctx, l.id)).toEqual({ saved: false });
    revokeLicense(t.store, l.id, 'Superseded', now, actingPerson(t.store));
    await expect(saveLicenseFile(ctx, l.id)).rejects.toThrow(/was revoked/);
  });
});
