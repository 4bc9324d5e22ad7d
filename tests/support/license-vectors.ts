import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { canonicalJson } from '../../src/shared/licenses/canonical-json';
import type { LicensePayload } from '../../src/shared/licenses/file-format';
import { encodeLicenseFile } from '../../src/main/licenses/license-file';

/**
 * The published test vectors (docs/license-test-vectors/) are made from these fixed,
 * test-only seeds. Ed25519 signatures are deterministic, so the files can be regenerated
 * byte for byte. These keys sign nothing real.
 */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const seed = (label: string) => createHash('sha256').update(`fieldbook license test vector: ${label}`).digest();

export function vectorKey(label: string) {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed(label)]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const kid = createHash('sha256').update(raw).digest('hex').slice(0, 16);
  return { privateKey, publicKey, raw, kid, pem: publicKey.export({ format: 'pem', type: 'spki' }).toString() };
}

export function vectorPayload(kid: string): LicensePayload {
  return {
    formatVersion: 1,
    licenseId: '0b5c1f0e-7a51-4d0e-9f3b-2f9a4c6d8e10',
    account: 'Zürich Insurance',
    licensee: 'Zürich Insurance Group AG',
    modules: ['Data Product Builder', 'Marketplace'],
    kind: 'standard',
    issuedAt: '2025-12-15T09:30:00.000Z',
    validFrom: '2026-01-01',
    expiresAt: '2027-01-01',
    projectEnd: null,
    replaces: null,
    kid,
  };
}

export function signedVector(label: string, payloadKid?: string): string {
  const key = vectorKey(label);
  const payload = Buffer.from(canonicalJson(vectorPayload(payloadKid ?? key.kid)), 'utf8');
  return encodeLicenseFile(key.kid, payload, sign(null, payload, key.privateKey));
}

/** The expected verdicts, checked with the published public key at the given instants. */
export const VECTOR_EXPECTATIONS = [
  { file: 'valid.lic', at: '2026-06-01T12:00:00Z', verdict: 'valid' },
  { file: 'valid.lic', at: '2025-12-31T23:59:59Z', verdict: 'not-yet-valid' },
  { file: 'valid.lic', at: '2027-01-01T00:00:00Z', verdict: 'expired' },
  { file: 'tampered.lic', at: '2026-06-01T12:00:00Z', verdict: 'tampered' },
  { file: 'unknown-key.lic', at: '2026-06-01T12:00:00Z', verdict: 'unknown-key' },
  { file: 'malformed.lic', at: '2026-06-01T12:00:00Z', verdict: 'malformed' },
] as const;

/** Every file of the vector set, by name. */
export function vectorFiles(): Record<string, string> {
  const key = vectorKey('vendor key');
  const valid = signedVector('vendor key');
  // One character of the licensee inside the base64 payload changed: "Zürich" becomes "Zürici".
  const payloadLine = valid.split('\n')[3]!;
  const payloadJson = Buffer.from(payloadLine.slice('payload: '.length), 'base64').toString('utf8');
  const edited = Buffer.from(payloadJson.replace('"licensee":"Zürich', '"licensee":"Zürici'), 'utf8').toString('base64');
  const tampered = valid.replace(payloadLine, `payload: ${edited}`);
  return {
    'public-key.pem': key.pem,
    'public-key.b64': `${key.raw.toString('base64')}\n`,
    'valid.lic': valid,
    'tampered.lic': tampered,
    'unknown-key.lic': signedVector('some other vendor'),
    'malformed.lic': valid.replace('alg: Ed25519', 'alg: RS256'),
    'expected.json': `${JSON.stringify({ publicKeyId: key.kid, checks: VECTOR_EXPECTATIONS, license: vectorPayload(key.kid) }, null, 2)}\n`,
  };
}
