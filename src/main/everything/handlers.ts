import { localIsoDate } from '../../shared/dates/iso-date';
import { writeFileAtomically } from '../files/atomic-write';
import { readFileBounded, UnreadableFileError } from '../files/read-bounded';
import { safeFileName } from '../files/safe-file-name';
import { AppError } from '../ipc/app-error';
import type { DomainHandlers } from '../ipc/handlers-type';
import { isCancelled } from '../operations/long-operation';
import { buildExport, importExport } from './service';

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
      return await ctx.operations.run(operationId, async ({ signal, progress }) => {
        const file = buildExport(ctx.store, now, (done, total) => progress(done, total, 'Reading every record'));
        signal.throwIfAborted();
        const text = JSON.stringify(file, null, 1);
        await writeFileAtomically(path, text, { signal, onProgress: (written, total) => progress(written, total, 'Writing the file') });
        return { status: 'saved' as const, path, rows: file.tables.reduce((n, t) => n + t.rows.length, 0) };
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
