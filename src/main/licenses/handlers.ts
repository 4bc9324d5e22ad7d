import { basename } from 'node:path';
import { MAX_LICENSE_FILE_BYTES } from '../../shared/licenses/schema';
import type { VerifyResult } from '../../shared/licenses/file-format';
import { getAccount } from '../accounts/service';
import type { MainContext } from '../context';
import { readFileBounded, UnreadableFileError } from '../files/read-bounded';
import type { DomainHandlers } from '../ipc/handlers-type';
import { withHealthRefresh } from '../health/refresh';
import { saveLicenseFile } from './files';
import { listLicenses, moduleSuggestions } from './repository';
import { issueLicense, recordLicenseShare, revokeLicense } from './service';
import { saveLicenseCalendar } from './calendar';
import { decodeLicenseBytes, malformed, verifyLicenseText } from './verify';

/** Reads the chosen file (bounded in size, strict UTF-8) and verifies it. */
async function verifyPath(ctx: MainContext, path: string): Promise<VerifyResult> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFileBounded(path, MAX_LICENSE_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return malformed(error.reason.startsWith('it is larger') ? 'the file is far too large to be a license' : error.reason, name);
  }
  const text = decodeLicenseBytes(bytes);
  return text === null ? malformed('it is not UTF-8 text', name) : verifyLicenseText(ctx.store, text, name, ctx.now());
}

export const licenseHandlers: DomainHandlers<'licenses'> = {
  list: (ctx, { accountId }) => {
    getAccount(ctx.store, accountId);
    return listLicenses(ctx.store, accountId, ctx.now());
  },
  issue: (ctx, input) => withHealthRefresh(ctx, input.accountId, issueLicense(ctx.store, ctx.keyStore, input, ctx.now(), ctx.actor)),
  revoke: (ctx, { id, reason }) => {
    const license = revokeLicense(ctx.store, id, reason, ctx.now(), ctx.actor);
    return withHealthRefresh(ctx, license.accountId, license);
  },
  saveFile: (ctx, { id }) => saveLicenseFile(ctx, id),
  saveCalendar: (ctx, { id }) => saveLicenseCalendar(ctx, id),
  recordShare: (ctx, input) => recordLicenseShare(ctx.store, input, ctx.now(), ctx.actor),
  moduleSuggestions: (ctx) => moduleSuggestions(ctx.store),
  verifyFile: async (ctx) => {
    const path = await ctx.dialogs.chooseOpenPath({
      title: 'Verify a license file',
      filters: [
        { name: 'Fieldbook license', extensions: ['lic', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    return path ? { chosen: true, result: await verifyPath(ctx, path) } : { chosen: false };
  },
  verifyText: (ctx, { text, fileName }) => verifyLicenseText(ctx.store, text, fileName, ctx.now()),
};
