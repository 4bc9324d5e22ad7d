import type { MainContext } from '../context';
import { MIGRATIONS } from '../db/migrations';
import { AppError } from '../ipc/app-error';
import type { DomainHandlers } from '../ipc/handlers-type';
import { inspectBackup } from './inspect';
import { moveAside, refusedAsideName } from './recovery';
import { defaultBackupFolder, stageDataFile } from './service';

/** Recovery choices act only on a refused file: a book that opened is never moved aside from here. */
function requireRefused(ctx: MainContext): void {
  if (ctx.appStatus().state !== 'unavailable') {
    throw new AppError('CONFLICT', 'Your data file opened normally, so there is nothing to recover. Use Settings → Backups to restore a backup.');
  }
}

/** The newest backup in the default folder that passes the full check (the chosen folder is a setting inside the refused file). */
function newestGoodBackup(ctx: MainContext) {
  const folder = defaultBackupFolder(ctx.dataDir);
  for (const b of ctx.backups.overview(folder).backups) {
    if (b.schemaVersion === null) continue;
    try {
      return { backup: b, path: ctx.backups.verify(folder, b.name, MIGRATIONS.length) };
    } catch {
      // Damaged or newer: try the next older one.
    }
  }
  return null;
}

/** Moves the refused file aside and puts `source` (if any) in its place once the store is closed. */
function replaceRefused(ctx: MainContext, source: string | null) {
  const staged = source ? stageDataFile(ctx.databaseFile, source) : null;
  // The move runs in the reopen, after this reply; its name is decided now for the answer.
  const target = refusedAsideName(ctx.databaseFile, ctx.now());
  ctx.replaceData(() => {
    moveAside(ctx.databaseFile, target);
    staged?.apply();
  }, 'recovery');
  return target;
}

export const recoveryHandlers: DomainHandlers<'recovery'> = {
  options: (ctx) => {
    const found = newestGoodBackup(ctx);
    return { newestGoodBackup: found?.backup ?? null, backupFolder: defaultBackupFolder(ctx.dataDir) };
  },
  restoreNewestBackup: (ctx) => {
    requireRefused(ctx);
    const found = newestGoodBackup(ctx);
    if (!found) throw new AppError('NOT_FOUND', `There is no usable backup in ${defaultBackupFolder(ctx.dataDir)}. Open another file or start a new empty book.`);
    return { status: 'done', refusedFileMovedTo: replaceRefused(ctx, found.path) };
  },
  openAnotherFile: async (ctx) => {
    requireRefused(ctx);
    const chosen = await ctx.dialogs.chooseOpenPath({ title: 'Open a Fieldbook data file', filters: [{ name: 'Fieldbook data', extensions: ['sqlite', 'db'] }] });
    if (chosen === null) return { status: 'cancelled' };
    let facts;
    try {
      facts = inspectBackup(chosen, { thorough: true });
    } catch (error) {
      throw new AppError('INVALID_INPUT', `${chosen} can't be opened as Fieldbook data: ${(error as Error).message}. Nothing was changed.`);
    }
    if (facts.schemaVersion > MIGRATIONS.length) {
      throw new AppError('INVALID_INPUT', `${chosen} was written by a newer Fieldbook (schema ${facts.schemaVersion}). Nothing was changed.`);
    }
    return { status: 'done', refusedFileMovedTo: replaceRefused(ctx, chosen) };
  },
  startEmpty: (ctx) => {
    requireRefused(ctx);
    return { status: 'done', refusedFileMovedTo: replaceRefused(ctx, null) };
  },
};
