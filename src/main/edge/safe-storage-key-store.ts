import { safeStorage } from 'electron';
import type { KeyStore, KeyStoreAvailability } from '../edge-ports/key-store';

/**
 * The OS key store through Electron's `safeStorage` (Keychain, DPAPI, libsecret / kwallet).
 * On Linux without a secret service, Electron falls back to `basic_text`, which encrypts with
 * a hard-coded password: that protects nothing, so signing is refused there.
 */
export function safeStorageKeyStore(platform: NodeJS.Platform = process.platform): KeyStore {
  const availability = (): KeyStoreAvailability => {
    if (!safeStorage.isEncryptionAvailable()) {
      return {
        available: false,
        reason:
          "This computer's key store is not available, so Fieldbook can't protect a license-signing key here. Sign in to your desktop session's keyring (Keychain, Windows credentials, GNOME Keyring or KWallet) and restart Fieldbook.",
      };
    }
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return {
        available: false,
        reason:
          'No keyring (GNOME Keyring or KWallet) is running, so a signing key would be stored with no real protection. Fieldbook refuses to sign here: start a keyring service and restart Fieldbook.',
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
