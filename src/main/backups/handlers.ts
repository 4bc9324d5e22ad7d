import { MIGRATIONS } from '../db/migrations';
import type { DomainHandlers } from '../ipc/handlers-type';
import { setBackupFolder } from '../settings/service';
import { stageDataFile } from './service';

export const backupHandlers: DomainHandlers<'backups'> = {
  list: (ctx) => ctx.backups.overview(ctx.backupFolder()),
  create: (ctx, { operationId }) =>
    ctx.operations.run(operationId, ({ signal, progress }) =>
      ctx.backups.create(ctx.store.sqlite, ctx.backupFolder(), 'manual', {
        signal,
        progress: (done, total) => progress(done, total, 'Copying your data'),
      }),
    ),
  restore: async (ctx, { name }) => {
    const folder = ctx.backupFolder();
    const source = ctx.backups.verify(folder, name, MIGRATIONS.length);
    // Staged first: the safety copy's pruning can't take the source away, and a failed copy changes nothing.
    const staged = stageDataFile(ctx.databaseFile, source);
    let safety;
    try {
      safety = await ctx.backups.create(ctx.store.sqlite, folder, 'pre-restore');
    } catch (error) {
      staged.discard();
      throw error;
    }
    ctx.replaceData(staged.apply, 'restore');
    return { restoredFrom: name, safetyCopy: safety.name };
  },
  chooseFolder: async (ctx) => {
    const folder = await ctx.dialogs.chooseFolder({ title: 'Choose a folder for backups' });
    if (folder === null) return { folder: null };
    setBackupFolder(ctx.store, folder);
    return { folder };
  },
  useDefaultFolder: (ctx) => {
    setBackupFolder(ctx.store, '');
    return ctx.backups.overview(ctx.backupFolder());
  },
  lastDataCheck: (ctx) => ({ last: ctx.dataCheck.last() }),
  checkDataFile: (ctx, { operationId }) =>
    ctx.operations.run(operationId, ({ signal, progress }) => {
      // SQLite's check reports nothing until it is done: the bar shows work under way, not a share.
      // A cancelled check's worker still reading the file is waited for first (see runNow).
      return ctx.dataCheck.runNow(signal, (phase) =>
        progress(0, null, phase === 'finishing-previous' ? 'Finishing the previous check' : 'Checking every table and index'),
      );
    }),
};
