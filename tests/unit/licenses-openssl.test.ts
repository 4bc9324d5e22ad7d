import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { issueLicense } from '../../src/main/licenses/service';
import { licenseFileText } from '../../src/main/licenses/repository';
import { publicKeyText } from '../../src/main/licenses/keys';
import { createTestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';
import { actingPerson } from '../../src/main/settings/actor';

const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
const openssl = probe.status === 0 ? probe.stdout.trim() : null;
if (!openssl) {
  console.log(`[licenses-openssl] skipped: the openssl command is not on the PATH (${probe.error?.message ?? `exit ${probe.status}`}).`);
}

const work = mkdtempSync(join(tmpdir(), 'fieldbook-openssl-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Follows docs/license-format.md: decode the two base64 lines, then `openssl pkeyutl -verify -rawin`. */
function opensslVerify(licenseText: string, publicKeyPem: string, name: string) {
  const line = (field: string) => licenseText.split('\n').find((l) => l.startsWith(`${field}: `))!.slice(field.length + 2);
  const files = { pem: join(work, `${name}.pem`), payload: join(work, `${name}.json`), sig: join(work, `${name}.sig`) };
  writeFileSync(files.pem, publicKeyPem);
  writeFileSync(files.payload, Buffer.from(line('payload'), 'base64'));
  writeFileSync(files.sig, Buffer.from(line('signature'), 'base64'));
  return spawnSync(
    'openssl',
    ['pkeyutl', '-verify', '-pubin', '-inkey', files.pem, '-rawin', '-in', files.payload, '-sigfile', files.sig],
    { encoding: 'utf8' },
  );
}

describe.skipIf(!openssl)(`OpenSSL command line (${openssl ?? 'not installed'})`, () => {
  it('verifies a license Fieldbook issued, with the exported PEM public key', () => {
    const t = createTestStore();
    try {
      const now = new Date('2026-11-25T10:00:00.000Z');
      const license = issueLicense(t.store, memoryKeyStore(), { accountId: makeAccount(t.store, now), fields: licenseFields() }, now, actingPerson(t.store));
      const text = licenseFileText(t.store, license.id)!;
      const pem = publicKeyText(t.store, license.keyId).pem;
      const good = opensslVerify(text, pem, 'issued');
      expect(good.stdout + good.stderr).toMatch(/Signature Verified Successfully/);
      expect(good.status).toBe(0);

      const tampered = text.replace('payload: eyJ', 'payload: eyK');
      const bad = opensslVerify(tampered, pem, 'issued-tampered');
      expect(bad.status).not.toBe(0);
      expect(bad.stdout + bad.stderr).toMatch(/Signature Verification Failure/);
    } finally {
      t.close();
    }
  });

  it('verifies the published test vector and rejects the tampered one', () => {
    const vectors = resolve(__dirname, '../../docs/license-test-vectors');
    const pem = readFileSync(join(vectors, 'public-key.pem'), 'utf8');
    expect(opensslVerify(readFileSync(join(vectors, 'valid.lic'), 'utf8'), pem, 'vector').status).toBe(0);
    expect(opensslVerify(readFileSync(join(vectors, 'tampered.lic'), 'utf8'), pem, 'vector-tampered').status).not.toBe(0);
  });
});
