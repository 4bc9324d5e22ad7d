import { localIsoDate } from '../../shared/dates/iso-date';
import { writeFileAtomically } from '../files/atomic-write';
import { readFileBounded, UnreadableFileError } from '../files/read-bounded';
import { safeFileName } from '../files/safe-file-name';
import { AppError } from '../ipc/app-error';
import type { DomainHandlers } from '../ipc/handlers-type';
import { isCancelled } from '../operations/long-operation';
import { buildBundle, importBundle } from './service';

/** A bundle of one account with years of notes is a few MB; 200 MB leaves room for many. */
const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

/** Account bundles: accounts with everything attached, to a file a colleague imports into their book. */
export const bundleHandlers: DomainHandlers<'bundles'> = {
  export: async (ctx, { accountIds, operationId }) => {
    const now = ctx.now();
    const bundle = buildBundle(ctx.store, accountIds, now);
    const first = bundle.accounts[0]!.name;
    const path = await ctx.dialogs.chooseSavePath({
      title: 'Export account bundle',
      defaultName: safeFileName(`${bundle.accounts.length === 1 ? first : `${bundle.accounts.length} accounts`} ${localIsoDate(now)}.fieldbook-bundle`, 'json'),
      filters: [{ name: 'Fieldbook account bundle', extensions: ['json'] }],
    });
    if (!path) return { status: 'cancelled' };
    try {
      return await ctx.operations.run(operationId, async ({ signal, progress }) => {
        await writeFileAtomically(path, JSON.stringify(bundle, null, 1), { signal, onProgress: (done, total) => progress(done, total, 'Writing the bundle') });
        return { status: 'saved' as const, path, rows: bundle.tables.reduce((n, t) => n + t.rows.length, 0) };
      });
    } catch (error) {
      if (isCancelled(error)) return { status: 'cancelled' };
      throw error;
    }
  },
  import: async (ctx, { operationId }) => {
    const path = await ctx.dialogs.chooseOpenPath({ title: 'Import account bundle', filters: [{ name: 'Fieldbook account bundle', extensions: ['json'] }] });
    if (!path) return { status: 'cancelled' };
    return ctx.operations.run(operationId, async ({ progress }) => {
      progress(0, null, 'Reading the bundle');
      let json: unknown;
      try {
        json = JSON.parse((await readFileBounded(path, MAX_BUNDLE_BYTES)).toString('utf8'));
      } catch (error) {
        if (error instanceof UnreadableFileError) throw new AppError('INVALID_INPUT', `Fieldbook did not read ${path}: ${error.message}. Nothing was imported.`);
        throw new AppError('INVALID_INPUT', `${path} is not a JSON file (${(error as Error).message}). Nothing was imported.`);
      }
      progress(0, null, 'Merging the records');
      const result = importBundle(ctx.store, json, ctx.now());
      return { status: 'imported' as const, ...result };
    });
  },
  saveConflicts: async (ctx, { conflicts }) => {
    const path = await ctx.dialogs.chooseSavePath({
      title: 'Save the versions not kept',
      defaultName: safeFileName(`Bundle import, versions not kept ${localIsoDate(ctx.now())}`, 'json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (!path) return { status: 'cancelled' };
    await writeFileAtomically(path, JSON.stringify({ savedAt: ctx.now().toISOString(), conflicts }, null, 1));
    return { status: 'saved', path };
  },
};
