import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { KeyStore } from '../edge-ports/key-store';

/** Marks a blob sealed with a passphrase (format version 1). */
const MAGIC = Buffer.from('FBP1');
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** scrypt with N = 2^15, r = 8, p = 1: 32 MiB and roughly 0.1 s per derivation on a laptop. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const derive = (passphrase: Buffer, salt: Buffer) => scryptSync(passphrase, salt, 32, SCRYPT);

/**
 * The fallback where the OS offers no real key store (Linux with only `basic_text`): the
 * private key is sealed with AES-256-GCM under a key derived by scrypt from a passphrase the
 * CSM types in Settings. The passphrase is held in main's memory until locked or quit, never
 * written anywhere.
 */
export function passphraseKeyStore(whyNoOsKeyStore: string): KeyStore {
  let passphrase: Buffer | null = null;
  const locked = () =>
    new Error(`${whyNoOsKeyStore} Unlock signing with your passphrase in Settings → License signing keys.`);
  return {
    availability: () =>
      passphrase
        ? { available: true }
        : {
            available: false,
            reason: `${whyNoOsKeyStore} Fieldbook protects the signing key with a passphrase instead: enter it in Settings → License signing keys to sign.`,
          },
    seal(plain) {
      if (!passphrase) throw locked();
      const salt = randomBytes(SALT_BYTES);
      const iv = randomBytes(IV_BYTES);
      const key = derive(passphrase, salt);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(MAGIC);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      key.fill(0);
      return Buffer.concat([MAGIC, salt, iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      if (!passphrase) throw locked();
      if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('This key was not sealed with a passphrase.');
      let at = MAGIC.length;
      const take = (n: number) => sealed.subarray(at, (at += n));
      const [salt, iv, tag] = [take(SALT_BYTES), take(IV_BYTES), take(TAG_BYTES)];
      const key = derive(passphrase, salt);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(MAGIC);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(sealed.subarray(at)), decipher.final()]);
      } finally {
        key.fill(0);
      }
    },
    passphrase: {
      isUnlocked: () => passphrase !== null,
      unlock(value) {
        passphrase?.fill(0);
        passphrase = Buffer.from(value.normalize('NFC'), 'utf8');
      },
      lock() {
        passphrase?.fill(0);
        passphrase = null;
      },
    },
  };
}
