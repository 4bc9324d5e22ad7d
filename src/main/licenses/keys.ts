import { sign } from 'node:crypto';
import { newPassphraseProblem, type KeyStoreStatus, type PublicKeyText, type SigningKey } from '../../shared/licenses/keys-schema';
import { appendAudit } from '../audit/log';
import type { Actor } from '../settings/actor';
import type { Store } from '../db/store';
import type { KeyStore } from '../edge-ports/key-store';
import { AppError, fieldConflict, notFound } from '../ipc/app-error';
import { generateEd25519, keyIdOf, privateKeyObject, publicKeyPem } from './key-material';
import {
  eraseFreedBytes,
  findActiveKey,
  findActiveSealedKey,
  findPublicKey,
  findSigningKey,
  insertKey,
  listKeyRows,
  retireKey,
  truncateLog,
  type PublicKeyRow,
} from './keys-repository';

function toSigningKey(row: PublicKeyRow): SigningKey {
  return {
    id: row.id,
    createdAt: row.created_at,
    status: row.status,
    retiredAt: row.retired_at,
    publicKeyBase64: row.public_key.toString('base64'),
  };
}

function requireAvailable(keyStore: KeyStore): void {
  const a = keyStore.availability();
  if (!a.available) throw new AppError('UNAVAILABLE', a.reason);
}

export function keyStoreStatus(store: Store, keyStore: KeyStore): KeyStoreStatus {
  const a = keyStore.availability();
  const passphrase = keyStore.passphrase ? (keyStore.passphrase.isUnlocked() ? 'unlocked' : 'locked') : 'none';
  return { available: a.available, reason: a.available ? null : a.reason, activeKeyId: findActiveKey(store)?.id ?? null, passphrase };
}

/**
 * Takes the signing passphrase (only where no OS key store exists). It must open the active
 * key; with no key yet it becomes the new key's protection, so it must be long enough.
 */
export function unlockSigning(store: Store, keyStore: KeyStore, passphrase: string): KeyStoreStatus {
  const lock = keyStore.passphrase;
  if (!lock) throw new AppError('CONFLICT', "This computer's key store protects the signing key: no passphrase is needed.");
  const sealed = findActiveSealedKey(store);
  const problem = sealed ? null : newPassphraseProblem(passphrase);
  if (problem) throw fieldConflict('passphrase', problem);
  lock.unlock(passphrase);
  if (sealed) {
    try {
      keyStore.open(sealed).fill(0);
    } catch {
      lock.lock();
      throw fieldConflict('passphrase', 'That passphrase does not open the signing key. Check it and try again.');
    }
  }
  return keyStoreStatus(store, keyStore);
}

export function lockSigning(store: Store, keyStore: KeyStore): KeyStoreStatus {
  keyStore.passphrase?.lock();
  return keyStoreStatus(store, keyStore);
}

/** Every key ever made, newest first: retired keys stay so licenses they signed still verify. */
export function listKeys(store: Store): SigningKey[] {
  return listKeyRows(store).map(toSigningKey);
}

/**
 * Makes a new active key. The previous active key is retired: its public key stays for
 * verification and its sealed private key is erased from the database file's pages, so it can
 * never sign again. Its bytes leave the WAL here when no other connection is reading the file;
 * `rotateKeyAndErase` makes sure they do.
 */
export function rotateKey(store: Store, keyStore: KeyStore, now: Date, actor: Actor): SigningKey {
  requireAvailable(keyStore);
  const fresh = generateEd25519();
  let sealed: Buffer;
  try {
    sealed = keyStore.seal(fresh.privatePkcs8);
  } finally {
    fresh.privatePkcs8.fill(0);
  }
  const id = keyIdOf(fresh.publicKey);
  const at = now.toISOString();
  const key = eraseFreedBytes(store, () => store.tx(() => {
    const previous = findActiveKey(store);
    if (previous) retireKey(store, previous.id, at);
    insertKey(store, { id, public_key: fresh.publicKey, sealed_private_key: sealed, status: 'active', created_at: at, retired_at: null });
    const publicKey = fresh.publicKey.toString('base64');
    if (previous) {
      appendAudit(store, { action: 'key.rotated', subject: id, details: { keyId: id, publicKey, retiredKeyId: previous.id } }, now, actor);
    } else {
      appendAudit(store, { action: 'key.generated', subject: id, details: { keyId: id, publicKey } }, now, actor);
    }
    return toSigningKey({ id, created_at: at, status: 'active', retired_at: null, public_key: fresh.publicKey });
  }));
  // With nothing else reading the file (the usual case) the old bytes leave the WAL now too.
  truncateLog(store, { wait: false });
  return key;
}

/**
 * Key rotation as the window asks for it: answers only once the retired key's bytes are out of
 * the WAL too. The data check's worker holds a read snapshot of the file for its whole run (many
 * seconds at a large book), and the truncating checkpoint must wait for it: SQLite's busy wait
 * would freeze main's thread for its timeout and then give up unnoticed. So the checkpoint is
 * tried without waiting, and while a reader holds, `checksDone` (the data check ending, its
 * worker exited) is awaited off the thread before the next try.
 */
export async function rotateKeyAndErase(store: Store, keyStore: KeyStore, now: Date, actor: Actor, checksDone: () => Promise<void>): Promise<SigningKey> {
  const key = rotateKey(store, keyStore, now, actor);
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    if (truncateLog(store, { wait: false })) return key;
    await checksDone();
  }
  // A reader that is no check of ours: SQLite's own bounded busy wait, once.
  if (truncateLog(store, { wait: true })) return key;
  throw new AppError(
    'UNAVAILABLE',
    "The new signing key is in use and the old one can no longer sign, but the old key's erased bytes are still in the data file's log because another program is reading the file. They leave it when Fieldbook closes the data file.",
  );
}

/** The active key's id, making the first key on first use. */
export function ensureActiveKey(store: Store, keyStore: KeyStore, now: Date, actor: Actor): string {
  requireAvailable(keyStore);
  return findActiveKey(store)?.id ?? rotateKey(store, keyStore, now, actor).id;
}

/**
 * Signs `message` with the key `kid`. The private key is opened from its sealed form for this
 * one signature and its bytes are wiped right after; it never leaves this function.
 */
export function signWith(store: Store, keyStore: KeyStore, kid: string, message: Buffer): Buffer {
  requireAvailable(keyStore);
  const row = findSigningKey(store, kid);
  if (!row?.sealed_private_key || row.status !== 'active') {
    throw new AppError('CONFLICT', `Key ${kid} is retired and can no longer sign. Sign with the active key.`);
  }
  let pkcs8: Buffer;
  try {
    pkcs8 = keyStore.open(row.sealed_private_key);
  } catch {
    throw new AppError(
      'UNAVAILABLE',
      "The signing key can't be unlocked on this computer (it was protected by another computer's or user's key store). Rotate the key in Settings to make a new one; licenses signed earlier still verify.",
    );
  }
  try {
    return sign(null, message, privateKeyObject(pkcs8));
  } finally {
    pkcs8.fill(0);
  }
}

export function publicKeyText(store: Store, id: string): PublicKeyText {
  const raw = findPublicKey(store, id);
  if (!raw) throw notFound('That signing key');
  return { id, pem: publicKeyPem(raw), rawBase64: raw.toString('base64') };
}
