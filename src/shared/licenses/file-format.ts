import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { KeyId, LicenseKind } from './schema';

/** The framing lines of a license file (docs/license-format.md). */
export const LICENSE_BEGIN = '-----BEGIN FIELDBOOK LICENSE-----';
export const LICENSE_END = '-----END FIELDBOOK LICENSE-----';
export const LICENSE_ALG = 'Ed25519';
export const LICENSE_FORMAT_VERSION = 1;
export const LICENSE_FILE_EXTENSION = 'lic';

/**
 * What a license says, signed as canonical JSON. Every field is always present (null when it
 * does not apply) so the payload of a given license has exactly one byte form.
 */
export const LicensePayload = z
  .object({
    formatVersion: z.literal(LICENSE_FORMAT_VERSION),
    licenseId: z.string().min(1),
    account: z.string(),
    licensee: z.string(),
    modules: z.array(z.string()),
    kind: LicenseKind,
    issuedAt: IsoTimestamp,
    validFrom: IsoDate,
    expiresAt: IsoDate,
    projectEnd: IsoDate.nullable(),
    replaces: z.string().nullable(),
    kid: KeyId,
  })
  .strict();
export type LicensePayload = z.output<typeof LicensePayload>;

export const VERIFY_VERDICTS = ['valid', 'expired', 'not-yet-valid', 'unknown-key', 'tampered', 'malformed'] as const;
export const VerifyVerdict = z.enum(VERIFY_VERDICTS);
export type VerifyVerdict = z.output<typeof VerifyVerdict>;

export const VerifyResult = z.object({
  verdict: VerifyVerdict,
  /** One sentence a CSM can read out: what the verdict means for this file. */
  message: z.string(),
  fileName: z.string().nullable(),
  /** The key named in the file's header, when it could be read. */
  keyId: z.string().nullable(),
  /** What the license says; only when its signature checked out. */
  license: LicensePayload.nullable(),
  /** Set when this license is in the book and was revoked there. */
  revoked: z.object({ at: IsoTimestamp, reason: z.string() }).nullable(),
});
export type VerifyResult = z.output<typeof VerifyResult>;

export const VerifyFileResult = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(true), result: VerifyResult }),
  z.object({ chosen: z.literal(false) }),
]);
