import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/licenses/canonical-json';
import { issueLicense } from '../../src/main/licenses/service';
import { licenseFileText } from '../../src/main/licenses/repository';
import { listKeys, rotateKey } from '../../src/main/licenses/keys';
import { encodeLicenseFile, parseLicenseFile } from '../../src/main/licenses/license-file';
import { decodeLicenseBytes, verifyLicenseText } from '../../src/main/licenses/verify';
import { createTestStore, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';
import { actingPerson } from '../../src/main/settings/actor';

const now = new Date('2026-11-25T10:00:00.000Z');
let t: TestStore;
const keyStore = memoryKeyStore();
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

function issue(over: Parameters<typeof licenseFields>[0] = {}, at = now): string {
  const accountId = makeAccount(t.store, at, { name: `Account ${Math.random()}` });
  const license = issueLicense(t.store, keyStore, { accountId, fields: licenseFields(over) }, at, actingPerson(t.store));
  const text = licenseFileText(t.store, license.id);
  if (!text) throw new Error('no file');
  return text;
}

describe('signing and verifying a license file', () => {
  it('verifies a freshly issued license and shows what it says', () => {
    const text = issue();
    const result = verifyLicenseText(t.store, text, 'zurich.lic', now);
    expect(result.verdict).toBe('valid');
    expect(result.license).toMatchObject({
      licensee: 'Zürich Insurance Group AG',
      modules: ['Data Product Builder', 'Marketplace'],
      validFrom: '2026-11-25',
      expiresAt: '2027-11-25',
      kind: 'standard',
    });
    expect(result.keyId).toBe(listKeys(t.store)[0]?.id);
    expect(result.message).toMatch(/genuine and valid until 2027-11-25/);
  });

  it('writes the documented six-line frame with the payload as canonical JSON', () => {
    const text = issue();
    const lines = text.split('\n');
    expect(lines[0]).toBe('-----BEGIN FIELDBOOK LICENSE-----');
    expect(lines[1]).toBe('alg: Ed25519');
    expect(lines[2]).toMatch(/^kid: [0-9a-f]{16}$/);
    expect(lines[5]).toBe('-----END FIELDBOOK LICENSE-----');
    const parsed = parseLicenseFile(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    const json = parsed.payload.toString('utf8');
    expect(canonicalJson(JSON.parse(json))).toBe(json);
  });

  it('rejects every one of 1,000 random single-byte changes to the file', () => {
    const bytes = Buffer.from(issue(), 'utf8');
    let seed = 20261125;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const verdicts = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const mutated = Buffer.from(bytes);
      const at = Math.floor(random() * mutated.length);
      const original = mutated[at]!;
      let replacement = Math.floor(random() * 256);
      if (replacement === original) replacement = (replacement + 1) % 256;
      mutated[at] = replacement;
      const text = decodeLicenseBytes(mutated);
      const verdict = text === null ? 'malformed' : verifyLicenseText(t.store, text, null, now).verdict;
      expect(verdict, `byte ${at}: ${original} → ${replacement}`).not.toBe('valid');
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
    }
    expect([...verdicts.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('calls a file signed by a stranger under one of our key ids tampered', () => {
    const parsed = parseLicenseFile(issue());
    if (!parsed.ok) throw new Error(parsed.reason);
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const forged = encodeLicenseFile(parsed.kid, parsed.payload, sign(null, parsed.payload, stranger));
    expect(verifyLicenseText(t.store, forged, null, now).verdict).toBe('tampered');
  });

  it("calls a license from another book's key unknown, and says which key it names", () => {
    const other = createTestStore();
    try {
      const accountId = makeAccount(other.store, now);
      const license = issueLicense(other.store, keyStore, { accountId, fields: licenseFields() }, now, actingPerson(other.store));
      const text = licenseFileText(other.store, license.id)!;
      issue();
      const result = verifyLicenseText(t.store, text, null, now);
      expect(result.verdict).toBe('unknown-key');
      expect(result.keyId).toBe(license.keyId);
      expect(result.license).toBeNull();
    } finally {
      other.close();
    }
  });

  it('knows an expired license and one not yet valid, and flips exactly at midnight UTC', () => {
    const text = issue({ validFrom: '2026-12-01', expiresAt: '2026-12-21', kind: 'temporary' });
    expect(verifyLicenseText(t.store, text, null, new Date('2026-11-30T23:59:59.999Z')).verdict).toBe('not-yet-valid');
    expect(verifyLicenseText(t.store, text, null, new Date('2026-12-01T00:00:00.000Z')).verdict).toBe('valid');
    expect(verifyLicenseText(t.store, text, null, new Date('2026-12-20T23:59:59.999Z')).verdict).toBe('valid');
    const expired = verifyLicenseText(t.store, text, null, new Date('2026-12-21T00:00:00.000Z'));
    expect(expired.verdict).toBe('expired');
    expect(expired.message).toMatch(/expired on 2026-12-21/);
  });

  it('still verifies licenses signed by a retired key after rotation, and signs new ones with the new key', () => {
    const before = issue();
    const oldKey = listKeys(t.store)[0]!;
    const newKey = rotateKey(t.store, keyStore, now, actingPerson(t.store));
    expect(newKey.id).not.toBe(oldKey.id);
    expect(listKeys(t.store).map((k) => [k.id, k.status])).toEqual(
      expect.arrayContaining([
        [oldKey.id, 'retired'],
        [newKey.id, 'active'],
      ]),
    );
    expect(verifyLicenseText(t.store, before, null, now).verdict).toBe('valid');
    const after = issue();
    expect(verifyLicenseText(t.store, after, null, now)).toMatchObject({ verdict: 'valid', keyId: newKey.id });
  });

  it('calls text that is not a license malformed, with the reason', () => {
    for (const text of ['', 'hello', '-----BEGIN FIELDBOOK LICENSE-----\n-----END FIELDBOOK LICENSE-----\n']) {
      const r = verifyLicenseText(t.store, text, null, now);
      expect(r.verdict).toBe('malformed');
      expect(r.message).toMatch(/^This is not a readable Fieldbook license file: .+\.$/);
    }
  });

  it('accepts a file whose line ends were turned into CRLF by a Windows tool', () => {
    const text = issue().replaceAll('\n', '\r\n');
    expect(verifyLicenseText(t.store, text, null, now).verdict).toBe('valid');
  });
});
