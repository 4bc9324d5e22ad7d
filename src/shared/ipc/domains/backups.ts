import { z } from 'zod';
import { operation } from '../operation';
import {
  Backup,
  BackupOverview,
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
