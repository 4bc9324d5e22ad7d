import { verify } from 'node:crypto';
import { LicensePayload, type VerifyResult } from '../../shared/licenses/file-format';
import type { Store } from '../db/store';
import { findPublicKey } from './keys-repository';
import { findRevocation } from './repository';
import { publicKeyObject } from './key-material';
import { parseLicenseFile } from './license-file';

const MALFORMED_PREFIX = 'This is not a readable Fieldbook license file:';

/** A UTF-8 decoder that refuses invalid bytes rather than replacing them. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeLicenseBytes(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function malformed(reason: string, fileName: string | null): VerifyResult {
  return { verdict: 'malformed', message: `${MALFORMED_PREFIX} ${reason}.`, fileName, keyId: null, license: null, revoked: null };
}

function signatureHolds(payload: Buffer, publicKey: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, payload, publicKeyObject(publicKey), signature);
  } catch {
    return false;
  }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Checks a license file against this book's public keys (active and retired), in the order a
 * customer's product would: the frame, the key, the signature over the payload bytes, then the
 * dates. Details are returned only once the signature holds, so nothing from a forged file is
 * shown as if it were true.
 */
export function verifyLicenseText(store: Store, text: string, fileName: string | null, now: Date): VerifyResult {
  const parsed = parseLicenseFile(text);
  if (!parsed.ok) return malformed(parsed.reason, fileName);
  const base = { fileName, keyId: parsed.kid, license: null, revoked: null };

  const publicKey = findPublicKey(store, parsed.kid);
  if (!publicKey) {
    return {
      ...base,
      verdict: 'unknown-key',
      message: `This license names signing key ${parsed.kid}, which is not one of this book's keys: it was signed elsewhere, or its key line was altered.`,
    };
  }

  if (!signatureHolds(parsed.payload, publicKey, parsed.signature)) {
    return {
      ...base,
      verdict: 'tampered',
      message: 'This license file was altered after it was signed: its signature does not match its contents. Do not use it.',
    };
  }

  const payload = LicensePayload.safeParse(parseJson(decodeLicenseBytes(parsed.payload)));
  if (!payload.success) return malformed('its signed payload is not a format this version of Fieldbook reads', fileName);
  const license = payload.data;
  if (license.kid !== parsed.kid) {
    return { ...base, verdict: 'tampered', message: 'The key named in the header does not match the key inside the signed license.' };
  }

  const row = findRevocation(store, license.licenseId);
  const revoked = row?.revoked_at ? { at: row.revoked_at, reason: row.revoked_reason ?? '' } : null;
  const revokedNote = revoked ? ` It was revoked in Fieldbook on ${revoked.at.slice(0, 10)}: ${revoked.reason}` : '';
  const result = { ...base, license, revoked };

  const t = now.getTime();
  if (t < Date.parse(`${license.validFrom}T00:00:00Z`)) {
    return { ...result, verdict: 'not-yet-valid', message: `This license is genuine but only becomes valid on ${license.validFrom}.${revokedNote}` };
  }
  if (t >= Date.parse(`${license.expiresAt}T00:00:00Z`)) {
    return { ...result, verdict: 'expired', message: `This license is genuine but expired on ${license.expiresAt}.${revokedNote}` };
  }
  return { ...result, verdict: 'valid', message: `This license is genuine and valid until ${license.expiresAt}.${revokedNote}` };
}
