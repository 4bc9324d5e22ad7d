import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface FreshKeyPair {
  /** The raw 32-byte public key. */
  publicKey: Buffer;
  /** PKCS#8 DER of the private key: handed straight to the KeyStore, never kept. */
  privatePkcs8: Buffer;
}

export function generateEd25519(): FreshKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: rawPublicKey(publicKey),
    privatePkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const spki = key.export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(ED25519_SPKI_PREFIX.length));
}

/** Key id: the first 16 hex digits of SHA-256 over the raw 32-byte public key. */
export function keyIdOf(rawPublic: Buffer): string {
  return createHash('sha256').update(rawPublic).digest('hex').slice(0, 16);
}

export function publicKeyObject(rawPublic: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, rawPublic]), format: 'der', type: 'spki' });
}

export function publicKeyPem(rawPublic: Buffer): string {
  return publicKeyObject(rawPublic).export({ format: 'pem', type: 'spki' }).toString();
}

export function privateKeyObject(pkcs8: Buffer): KeyObject {
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}
