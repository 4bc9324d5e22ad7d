import { z } from 'zod';
import { IsoTimestamp } from '../dates/iso-date';
import { KeyId } from './schema';

export const KEY_STATUSES = ['active', 'retired'] as const;

export const SigningKey = z.object({
  id: KeyId,
  createdAt: IsoTimestamp,
  status: z.enum(KEY_STATUSES),
  retiredAt: IsoTimestamp.nullable(),
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKeyBase64: z.string(),
});
export type SigningKey = z.output<typeof SigningKey>;

/** Whether this computer can protect a signing key, and if not, why (shown in Settings). */
export const KeyStoreStatus = z.object({
  available: z.boolean(),
  reason: z.string().nullable(),
  activeKeyId: KeyId.nullable(),
  /** `none`: the OS key store protects the key; otherwise whether the signing passphrase was entered. */
  passphrase: z.enum(['none', 'locked', 'unlocked']),
});
export type KeyStoreStatus = z.output<typeof KeyStoreStatus>;

/** A passphrase protecting a new signing key must be at least this long. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Spaces, line breaks and invisible format or control characters: none of them makes a passphrase harder to guess. */
const NOT_REAL = /[\s\p{C}]/gu;

/**
 * Why `passphrase` can't protect a new signing key, or null when it can. Twelve spaces are
 * twelve characters but guessable at once, so blanks at the ends don't count towards the
 * length and a passphrase of nothing but blanks is refused outright.
 */
export function newPassphraseProblem(passphrase: string): string | null {
  if (passphrase.replace(NOT_REAL, '').length === 0) {
    return 'A passphrase of only spaces or invisible characters protects nothing: use letters, digits or symbols.';
  }
  if (passphrase.trim().length < MIN_PASSPHRASE_LENGTH) {
    return `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters, not counting spaces at the start or end: it protects the new signing key.`;
  }
  return null;
}

export const UnlockSigningInput = z
  .object({ passphrase: z.string({ error: 'Enter your signing passphrase' }).min(1, 'Enter your signing passphrase').max(1024) })
  .strict();

export const KeyIdInput = z.object({ id: KeyId }).strict();

export const PUBLIC_KEY_FORMATS = ['pem', 'raw-base64'] as const;
export const ExportPublicKeyInput = z.object({ id: KeyId, format: z.enum(PUBLIC_KEY_FORMATS) }).strict();

export const PublicKeyText = z.object({ id: KeyId, pem: z.string(), rawBase64: z.string() });
export type PublicKeyText = z.output<typeof PublicKeyText>;
