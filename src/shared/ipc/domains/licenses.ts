import { z } from 'zod';
import { operation } from '../operation';
import { AuditCheck, AuditEntry, ListAuditInput } from '../../licenses/audit-schema';
import { VerifyFileResult, VerifyResult } from '../../licenses/file-format';
import {
  ExportPublicKeyInput,
  KeyIdInput,
  KeyStoreStatus,
  PublicKeyText,
  SigningKey,
  UnlockSigningInput,
} from '../../licenses/keys-schema';
import {
  IssueLicenseInput,
  License,
  ListLicensesInput,
  LicenseIdInput,
  RecordShareInput,
  RevokeLicenseInput,
  SaveResult,
  VerifyTextInput,
} from '../../licenses/schema';

const NoInput = z.undefined();

export const licenses = {
  list: operation('licenses:list', ListLicensesInput, z.array(License)),
  issue: operation('licenses:issue', IssueLicenseInput, License),
  revoke: operation('licenses:revoke', RevokeLicenseInput, License),
  saveFile: operation('licenses:saveFile', LicenseIdInput, SaveResult),
  /** "Add to calendar": an .ics file of the expiry (and renewal kick-off) through the save dialog. */
  saveCalendar: operation('licenses:saveCalendar', LicenseIdInput, SaveResult),
  /** Records who the file was shared with and through which channel. */
  recordShare: operation('licenses:recordShare', RecordShareInput, License),
  moduleSuggestions: operation('licenses:moduleSuggestions', NoInput, z.array(z.string())),
  /** Opens a license file through the OS dialog; main reads it. */
  verifyFile: operation('licenses:verifyFile', NoInput, VerifyFileResult),
  /** Checks a dropped file's text (bounded in size). */
  verifyText: operation('licenses:verifyText', VerifyTextInput, VerifyResult),
};

/** Signing keys: only public material and metadata ever cross IPC. */
export const keys = {
  status: operation('keys:status', NoInput, KeyStoreStatus),
  list: operation('keys:list', NoInput, z.array(SigningKey)),
  rotate: operation('keys:rotate', NoInput, SigningKey),
  publicKey: operation('keys:publicKey', KeyIdInput, PublicKeyText),
  exportPublicKey: operation('keys:exportPublicKey', ExportPublicKeyInput, SaveResult),
  /** Only where no OS key store exists: the passphrase that protects the signing key. */
  unlock: operation('keys:unlock', UnlockSigningInput, KeyStoreStatus),
  lock: operation('keys:lock', NoInput, KeyStoreStatus),
};

export const audit = {
  list: operation('audit:list', ListAuditInput, z.array(AuditEntry)),
  verify: operation('audit:verify', NoInput, AuditCheck),
};
