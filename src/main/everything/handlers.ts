import { localIsoDate } from '../../shared/dates/iso-date';
import { readFileBounded, UnreadableFileError } from '../files/read-bounded';
import { safeFileName } from '../files/safe-file-name';
import { AppError } from '../ipc/app-error';
import type { DomainHandlers } from '../ipc/handlers-type';
import { isCancelled } from '../operations/long-operation';
import { importExport, writeExport } from './service';

/** An export of a large book (2,000 accounts, 100,000 notes) is a few hundred MB. */
const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export const everythingHandlers: DomainHandlers<'everything'> = {
  export: async (ctx, { operationId }) => {
    const now = ctx.now();
    const path = await ctx.dialogs.chooseSavePath({
      title: 'Export everything',
      defaultName: safeFileName(`fieldbook-everything-${localIsoDate(now)}`, 'json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
    if (!path) return { status: 'cancelled' };
    try {
      // The store must be open (not the recovery screen's refused file); the export reads the file on its own connection.
      void ctx.store;
      return await ctx.operations.run(operationId, async ({ signal, progress }) => {
        const rows = await writeExport(ctx.databaseFile, path, now, { signal, progress: (done, total) => progress(done, total, 'Exporting every record') });
        return { status: 'saved' as const, path, rows };
      });
    } catch (error) {
      if (isCancelled(error)) return { status: 'cancelled' };
      throw error;
    }
  },
  import: async (ctx, { operationId }) => {
    const path = await ctx.dialogs.chooseOpenPath({ title: 'Import everything', filters: [{ name: 'Fieldbook export', extensions: ['json'] }] });
    if (!path) return { status: 'cancelled' };
    return ctx.operations.run(operationId, async ({ progress }) => {
      progress(0, null, 'Reading the file');
      let json: unknown;
      try {
        json = JSON.parse((await readFileBounded(path, MAX_IMPORT_BYTES)).toString('utf8'));
      } catch (error) {
        if (error instanceof UnreadableFileError) throw new AppError('INVALID_INPUT', error.message);
        throw new AppError('INVALID_INPUT', `${path} is not a JSON file (${(error as Error).message}). Nothing was imported.`);
      }
      const rows = importExport(ctx.store, json, (done, total) => progress(done, total, 'Importing the records'));
      return { status: 'imported' as const, rows };
    });
  },
};
