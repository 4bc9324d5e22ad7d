import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../src/main/audit/log';
import { rotateKey } from '../../src/main/licenses/keys';
import { issueLicense, revokeLicense } from '../../src/main/licenses/service';
import { saveLicenseFile } from '../../src/main/licenses/files';
import { updateSettings } from '../../src/main/settings/service';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';
import { join } from 'node:path';
import { actingPerson } from '../../src/main/settings/actor';

const now = new Date('2026-11-25T10:00:00.000Z');
const keyStore = memoryKeyStore();
let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

/** Key generated, license issued, file saved, key rotated, license revoked: five entries. */
async function writeHistory(): Promise<void> {
  updateSettings(t.store, { csmName: 'Alex Moreau' });
  const accountId = makeAccount(t.store, now);
  const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(t.store));
  const ctx = testContext(t, now, scriptedDialogs({ saveTo: (name) => join(t.dir, name) }), keyStore);
  await saveLicenseFile(ctx, license.id);
  rotateKey(t.store, keyStore, now, actingPerson(t.store));
  revokeLicense(t.store, license.id, 'Sent to the wrong contact', now, actingPerson(t.store));
}

/** Tests play the attacker: with the triggers gone, rows can be edited behind the app's back. */
function withoutGuards(sql: string, ...params: unknown[]): void {
  t.store.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  t.store.sqlite.prepare(sql).run(...params);
}

describe('audit log', () => {
  it('records who did what, in order, each entry linked to the one before', async () => {
    await writeHistory();
    const entries = listAudit(t.store).reverse();
    expect(entries.map((e) => e.action)).toEqual([
      'key.generated',
      'license.issued',
      'license.exported',
      'key.rotated',
      'license.revoked',
    ]);
    expect(entries.every((e) => e.actor === 'Alex Moreau')).toBe(true);
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(entries[4]!.details).toMatchObject({ reason: 'Sent to the wrong contact' });
    expect(verifyAuditChain(t.store)).toMatchObject({ intact: true, entries: 5, firstBroken: null });
  });

  it('refuses UPDATE and DELETE in SQL itself', async () => {
    await writeHistory();
    expect(() => t.store.sqlite.prepare("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => t.store.sqlite.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    await writeHistory();
    withoutGuards("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2");
    const check = verifyAuditChain(t.store);
    expect(check.intact).toBe(false);
    expect(check.firstBroken?.seq).toBe(2);
    expect(check.message).toMatch(/entry #2 \(License issued, 2026-11-25\) was changed/);
  });

  it('names an edited entry even when the editor recomputed its hash', async () => {
    await writeHistory();
    withoutGuards("UPDATE audit_log SET details = '{}', hash = 'f' || substr(hash, 2) WHERE seq = 3");
    expect(verifyAuditChain(t.store).firstBroken?.seq).toBe(3);
  });

  it('names a deleted entry', async () => {
    await writeHistory();
    withoutGuards('DELETE FROM audit_log WHERE seq = 3');
    const check = verifyAuditChain(t.store);
    expect(check.firstBroken?.seq).toBe(3);
    expect(check.message).toMatch(/entry #3 is missing/);
  });

  it('names reordered entries', async () => {
    await writeHistory();
    withoutGuards('UPDATE audit_log SET seq = 100 WHERE seq = 2');
    t.store.sqlite.prepare('UPDATE audit_log SET seq = 2 WHERE seq = 3').run();
    t.store.sqlite.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 100').run();
    expect(verifyAuditChain(t.store).firstBroken?.seq).toBe(2);
  });

  it('names an entry deleted and the rest renumbered', async () => {
    await writeHistory();
    withoutGuards('DELETE FROM audit_log WHERE seq = 2');
    t.store.sqlite.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 2').run();
    const check = verifyAuditChain(t.store);
    expect(check.intact).toBe(false);
    expect(check.firstBroken?.seq).toBe(2);
  });
});
