import { safeStorage } from 'electron';
import type { KeyStore, KeyStoreAvailability } from '../edge-ports/key-store';

/**
 * The OS key store through Electron's `safeStorage` (Keychain, DPAPI, libsecret / kwallet).
 * On Linux without a secret service, Electron falls back to `basic_text`, which encrypts with
 * a hard-coded password: that protects nothing, so this store reports itself unavailable there
 * (and main falls back to a passphrase, see licenses/passphrase-key-store.ts).
 */
export function safeStorageKeyStore(platform: NodeJS.Platform = process.platform): KeyStore {
  const availability = (): KeyStoreAvailability => {
    if (!safeStorage.isEncryptionAvailable()) {
      return {
        available: false,
        reason:
          "This computer's key store is not available, so it can't protect a license-signing key.",
      };
    }
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return {
        available: false,
        reason:
          'No keyring (GNOME Keyring or KWallet) is running, so the OS key store would keep a signing key with no real protection.',
      };
    }
    return { available: true };
  };
  const require = () => {
    const a = availability();
    if (!a.available) throw new Error(a.reason);
  };
  return {
    availability,
    // safeStorage seals strings, so the bytes travel as base64 inside the sealed blob.
    seal(plain) {
      require();
      return safeStorage.encryptString(plain.toString('base64'));
    },
    open(sealed) {
      require();
      return Buffer.from(safeStorage.decryptString(sealed), 'base64');
    },
  };
}
