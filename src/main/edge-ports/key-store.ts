/**
 * Protects the license-signing private key at rest. Main's licensing services see only this
 * interface; Electron's `safeStorage` implementation lives at the edge and tests pass an
 * in-memory one. Only the sealed bytes ever reach the database.
 */
export type KeyStoreAvailability = { available: true } | { available: false; reason: string };

export interface KeyStore {
  /** Whether keys can be protected here; when not, a sentence saying why and what to do. */
  availability(): KeyStoreAvailability;
  /** Seals secret bytes; throws when unavailable. */
  seal(plain: Buffer): Buffer;
  /** Opens bytes sealed by `seal` on this computer; throws when they can't be opened. */
  open(sealed: Buffer): Buffer;
  /** Present when keys are protected by a passphrase the user types (no usable OS key store). */
  passphrase?: PassphraseLock;
}

export interface PassphraseLock {
  isUnlocked(): boolean;
  unlock(passphrase: string): void;
  lock(): void;
}

/** The key store of a runtime that was given none: signing is refused, verifying still works. */
export const unavailableKeyStore = (reason: string): KeyStore => ({
  availability: () => ({ available: false, reason }),
  seal: () => {
    throw new Error(reason);
  },
  open: () => {
    throw new Error(reason);
  },
});

/**
 * Chooses the real store on first use rather than at start-up: the OS key store is asked only
 * when a key is actually needed.
 */
export function deferredKeyStore(choose: () => KeyStore): KeyStore {
  let chosen: KeyStore | null = null;
  const store = () => (chosen ??= choose());
  return {
    availability: () => store().availability(),
    seal: (plain) => store().seal(plain),
    open: (sealed) => store().open(sealed),
    get passphrase() {
      return store().passphrase;
    },
  };
}
