import { z } from 'zod';
import { IsoTimestamp } from '../dates/iso-date';

export const AUDIT_ACTIONS = [
  'key.generated',
  'key.rotated',
  'key.exported',
  'license.issued',
  'license.revoked',
  'license.exported',
  'license.shared',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.output<typeof AuditAction>;

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'key.generated': 'Signing key generated',
  'key.rotated': 'Signing key rotated',
  'key.exported': 'Public key exported',
  'license.issued': 'License issued',
  'license.revoked': 'License revoked',
  'license.exported': 'License file saved',
  'license.shared': 'License file shared',
};

/** Details are flat: strings, numbers, null or lists of strings. */
export const AuditDetails = z.record(z.string(), z.union([z.string(), z.number(), z.null(), z.array(z.string())]));
export type AuditDetails = z.output<typeof AuditDetails>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: IsoTimestamp,
  actor: z.string(),
  action: AuditAction,
  subject: z.string(),
  details: AuditDetails,
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.output<typeof AuditEntry>;

export const ListAuditInput = z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict();

export const AuditCheck = z.object({
  intact: z.boolean(),
  entries: z.number().int(),
  /** The first entry whose link in the chain does not hold, described for a person. */
  firstBroken: z.object({ seq: z.number().int(), problem: z.string() }).nullable(),
  message: z.string(),
});
export type AuditCheck = z.output<typeof AuditCheck>;
