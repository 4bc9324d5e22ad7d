import { basename } from 'node:path';
import { LICENSE_FILE_EXTENSION } from '../../shared/licenses/file-format';
import type { PUBLIC_KEY_FORMATS } from '../../shared/licenses/keys-schema';
import type { License, SaveResult } from '../../shared/licenses/schema';
import { appendAudit } from '../audit/log';
import type { MainContext } from '../context';
import { writeFileAtomically } from '../files/atomic-write';
import { safeFileName } from '../files/safe-file-name';
import { AppError, notFound } from '../ipc/app-error';
import { publicKeyText } from './keys';
import { licenseFileText } from './repository';
import { getLicense } from './service';

/**
 * An ASCII slug of a name: "Zürich Insurance" → "Zurich-Insurance". License files travel to
 * customers' systems and mail filters, so their names stay plain ASCII.
 */
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
  return safeFileName(`${fileSlug(license.accountName)}-${license.kind}-license-until-${license.expiresAt}`, LICENSE_FILE_EXTENSION);
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
  await writeFileAtomically(path, text);
  appendAudit(
    ctx.store,
    { action: 'license.exported', subject: id, details: { licenseId: id, accountId: license.accountId, fileName: basename(path) } },
    ctx.now(),
    ctx.actor,
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
      ? [safeFileName(`fieldbook-license-key-${id}`, 'pem'), key.pem, { name: 'PEM public key', extensions: ['pem'] }]
      : [safeFileName(`fieldbook-license-key-${id}`, 'txt'), `${key.rawBase64}\n`, { name: 'Base64 text', extensions: ['txt'] }];
  const path = await ctx.dialogs.chooseSavePath({ title: 'Export public key', defaultName, filters: [filter] });
  if (!path) return { saved: false };
  await writeFileAtomically(path, text);
  appendAudit(ctx.store, { action: 'key.exported', subject: id, details: { keyId: id, format, fileName: basename(path) } }, ctx.now(), ctx.actor);
  return { saved: true, path };
}
