import { z } from 'zod';
import { operation } from '../operation';
import {
  Backup,
  BackupOverview,
  CheckDataFileInput,
  DataCheck,
  LastDataCheck,
  ChooseBackupFolderResult,
  RecoveryOptions,
  RecoveryResult,
  CreateBackupInput,
  RestoreBackupInput,
  RestoreBackupResult,
} from '../../backups/schema';

const NoInput = z.undefined();

export const backups = {
  list: operation('backups:list', NoInput, BackupOverview),
  /** "Back up now": a long operation (progress, cancel). */
  create: operation('backups:create', CreateBackupInput, Backup),
  /** Replaces the data with a backup (the current data is backed up first); the store reopens after the reply. */
  restore: operation('backups:restore', RestoreBackupInput, RestoreBackupResult),
  /** Asks for a new backup folder (the path comes from the OS dialog, never from the page). */
  chooseFolder: operation('backups:chooseFolder', NoInput, ChooseBackupFolderResult),
  /** Back to the default folder next to the data file. */
  useDefaultFolder: operation('backups:useDefaultFolder', NoInput, BackupOverview),
  /** When the data file last had its full check and what it found (kept beside the file, not in it). */
  lastDataCheck: operation('backups:lastDataCheck', NoInput, LastDataCheck),
  /**
   * "Check data file now": the full integrity check on a worker thread, a long operation (cancel
   * ends the worker). Reads the book only; damage found takes the file out of use (recovery screen).
   */
  checkDataFile: operation('backups:checkDataFile', CheckDataFileInput, DataCheck),
};

/**
 * The recovery screen's choices, answered only while the data file is refused. Each moves the
 * refused file aside under a dated name (never deleted or written to), then opens other data.
 */
export const recovery = {
  options: operation('recovery:options', NoInput, RecoveryOptions),
  restoreNewestBackup: operation('recovery:restoreNewestBackup', NoInput, RecoveryResult),
  openAnotherFile: operation('recovery:openAnotherFile', NoInput, RecoveryResult),
  startEmpty: operation('recovery:startEmpty', NoInput, RecoveryResult),
};
