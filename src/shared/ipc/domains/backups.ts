import { z } from 'zod';
import { operation } from '../operation';
import {
  Backup,
  BackupOverview,
  ChooseBackupFolderResult,
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
