import { detectDateOrder } from '../../shared/crm-import/values';
import { suggestMapping } from '../../shared/crm-import/fields';
import { announceAlerts } from '../health/refresh';
import { AppError } from '../ipc/app-error';
import type { DomainHandlers } from '../ipc/handlers-type';
import { isCancelled } from '../operations/long-operation';
import { chosenCrmFile, forgetCrmFile, rememberCrmFile, type PendingCrmFile } from './pending';
import { planImport } from './plan';
import { readCrmFile } from './read';
import { writeImport } from './service';

const fileFor = (importId: string): PendingCrmFile => {
  const file = chosenCrmFile(importId);
  if (!file) throw new AppError('NOT_FOUND', 'That import is no longer open: choose the file again.');
  return file;
};

/** The slash dates of the columns the suggestion maps to dates. */
function dateOrderOf(file: PendingCrmFile, mapping: readonly string[]) {
  const columns = file.headers.filter((_, i) => mapping[i] === 'account.contractStart' || mapping[i] === 'account.renewalDate');
  const all = file.headers.length > 0 ? file.rows.flatMap((r) => columns.map((c) => r[c] ?? '')) : [];
  return detectDateOrder(all);
}

/** Import accounts from a CRM's CSV export: choose, map and preview, then import on confirmation. */
export const crmImportHandlers: DomainHandlers<'crmImport'> = {
  choose: async (ctx) => {
    const path = await ctx.dialogs.chooseOpenPath({
      title: 'Import accounts',
      filters: [
        { name: 'CSV', extensions: ['csv', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    if (!path) return { status: 'cancelled' };
    const file = await readCrmFile(path);
    const mapping = suggestMapping(file.headers);
    const samples = file.headers.map((h) => file.rows.find((r) => (r[h] ?? '').trim() !== '')?.[h]?.trim().slice(0, 80) ?? '');
    return {
      status: 'chosen',
      importId: rememberCrmFile(file),
      fileName: file.fileName,
      headers: file.headers,
      mapping,
      samples,
      rows: file.rows.length,
      dateOrder: dateOrderOf(file, mapping),
    };
  },
  preview: (ctx, { importId, ...settings }) => planImport(ctx.store, fileFor(importId), settings).preview,
  run: async (ctx, { importId, operationId, ...settings }) => {
    const file = fileFor(importId);
    try {
      return await ctx.operations.run(operationId, async ({ signal, progress }) => {
        progress(0, null, 'Checking the rows');
        const plan = planImport(ctx.store, file, settings);
        if (plan.preview.problem) throw new AppError('INVALID_INPUT', `${plan.preview.problem} Nothing was imported.`);
        if (plan.accounts.length === 0) {
          throw new AppError(
            'INVALID_INPUT',
            plan.preview.rowsWithErrors === plan.preview.rows
              ? `Every row of ${file.fileName} has an error, so there is nothing to import. Nothing was imported.`
              : `Every account in ${file.fileName} is already in your book and duplicates are skipped. Nothing was imported.`,
          );
        }
        // Let a Cancel pressed while the rows were checked arrive before anything is written.
        await new Promise((resolve) => setImmediate(resolve));
        signal.throwIfAborted();
        const counts = writeImport(ctx.store, plan, ctx.now(), (done, total) => progress(done, total, 'Importing accounts'), () => signal.throwIfAborted());
        forgetCrmFile(importId);
        announceAlerts(ctx, counts.raised);
        return {
          status: 'imported' as const,
          accountsCreated: counts.accountsCreated,
          accountsUpdated: counts.accountsUpdated,
          contactsCreated: counts.contactsCreated,
          contactsUpdated: counts.contactsUpdated,
          rowsSkipped: plan.rowsSkipped,
          rowsWithErrors: plan.preview.rowsWithErrors,
        };
      });
    } catch (error) {
      if (isCancelled(error)) return { status: 'cancelled' };
      throw error;
    }
  },
};
