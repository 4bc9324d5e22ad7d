import { localIsoDate } from '../../shared/dates/iso-date';
import type { ExportInboxInput, ExportResult } from '../../shared/feedback/schema';
import type { MainContext } from '../context';
import { writeFileAtomically } from '../files/atomic-write';
import { safeFileName } from '../files/safe-file-name';
import { isCancelled } from '../operations/long-operation';
import { countRequests, loadExportView, toCsv, toJson } from './export';

const WRITING = 'Writing the file';

/**
 * "Export CSV / JSON": asks where, then runs as a long operation (progress events, cancel
 * from the page). A cancel or a failure leaves no file where the user pointed.
 */
export async function exportInboxToFile(ctx: MainContext, { format, query, operationId }: ExportInboxInput): Promise<ExportResult> {
  const now = ctx.now();
  const path = await ctx.dialogs.chooseSavePath({
    title: 'Export feedback',
    defaultName: safeFileName(`feedback-${localIsoDate(now)}`, format),
    filters: [format === 'csv' ? { name: 'CSV (Excel)', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
  });
  if (!path) return { status: 'cancelled' };
  try {
    return await ctx.operations.run(operationId, async ({ signal, progress }) => {
      progress(0, null, 'Collecting the feedback');
      const view = loadExportView(ctx.store, query);
      signal.throwIfAborted();
      const text = format === 'csv' ? toCsv(view) : toJson(ctx.store, view, query, now);
      await writeFileAtomically(path, text, { signal, onProgress: (written, total) => progress(written, total, WRITING) });
      return { status: 'saved' as const, path, requestCount: countRequests(view) };
    });
  } catch (error) {
    if (isCancelled(error)) return { status: 'cancelled' };
    throw error;
  }
}
