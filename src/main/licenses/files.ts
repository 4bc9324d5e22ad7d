import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LICENSE_FILE_EXTENSION } from '../../shared/licenses/file-format';
import type { PUBLIC_KEY_FORMATS } from '../../shared/licenses/keys-schema';
import type { License, SaveResult } from '../../shared/licenses/schema';
import { appendAudit } from '../audit/log';
import type { MainContext } from '../context';
import { AppError, notFound } from '../ipc/app-error';
import { publicKeyText } from './keys';
import { licenseFileText } from './repository';
import { getLicense } from './service';

/** Writes next to the target and renames, so a crash never leaves half a file under its name. */
export function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${randomBytes(4).toString('hex')}.partial`;
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppError('UNAVAILABLE', `The file could not be written there (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another folder.`);
  }
}

/** A file-name-safe form of a name: "Zürich Insurance" → "Zurich-Insurance". */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'license';
}

export function defaultLicenseFileName(license: License): string {
  return `${fileSlug(license.accountName)}-${license.kind}-license-until-${license.expiresAt}.${LICENSE_FILE_EXTENSION}`;
}

/** "Save license file…": main writes the signed file where the user chose, and records it. */
export async function saveLicenseFile(ctx: MainContext, id: string): Promise<SaveResult> {
  const license = getLicense(ctx.store, id, ctx.now());
  if (license.revokedAt) {
    throw new AppError('CONFLICT', `This license was revoked on ${license.revokedAt.slice(0, 10)}; issue a new one instead of sending it.`);
  }
  const path = await ctx.dialogs.chooseSavePath({
    title: 'Save license file',
    defaultName: defaultLicenseFileName(license),
    filters: [{ name: 'Fieldbook license', extensions: [LICENSE_FILE_EXTENSION] }],
  });
  if (!path) return { saved: false };
  const text = licenseFileText(ctx.store, id);
  if (text === undefined) throw notFound('That license');
  writeAtomically(path, text);
  appendAudit(
    ctx.store,
    { action: 'license.exported', subject: id, details: { licenseId: id, accountId: license.accountId, fileName: basename(path) } },
    ctx.now(),
  );
  return { saved: true, path };
}

/** Exports a public key for embedding in the product that checks licenses. */
export async function exportPublicKey(
  ctx: MainContext,
  id: string,
  format: (typeof PUBLIC_KEY_FORMATS)[number],
): Promise<SaveResult> {
  const key = publicKeyText(ctx.store, id);
  const [defaultName, text, filter] =
    format === 'pem'
      ? [`fieldbook-license-key-${id}.pem`, key.pem, { name: 'PEM public key', extensions: ['pem'] }]
      : [`fieldbook-license-key-${id}.txt`, `${key.rawBase64}\n`, { name: 'Base64 text', extensions: ['txt'] }];
  const path = await ctx.dialogs.chooseSavePath({ title: 'Export public key', defaultName, filters: [filter] });
  if (!path) return { saved: false };
  writeAtomically(path, text);
  appendAudit(ctx.store, { action: 'key.exported', subject: id, details: { keyId: id, format, fileName: basename(path) } }, ctx.now());
  return { saved: true, path };
}
