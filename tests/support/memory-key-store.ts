import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyStore } from '../../src/main/edge-ports/key-store';

/**
 * A key store that really encrypts (AES-256-GCM under a key held in memory), so a test that
 * searches the database for the private key's bytes would catch a clear-text slip. Pass the
 * same `masterKey` to reopen what an earlier instance sealed (an app restart in e2e).
 */
export function memoryKeyStore(masterKey: Buffer = randomBytes(32)): KeyStore & { masterKey: Buffer } {
  return {
    masterKey,
    availability: () => ({ available: true }),
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', masterKey, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}
