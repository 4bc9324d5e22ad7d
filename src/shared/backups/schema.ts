import { z } from 'zod';
import { OperationId } from '../ipc/long-operation';

/** Why a backup was written; shown beside it in Settings and part of its file name. */
export const BackupKind = z.enum(['automatic', 'manual', 'pre-migration', 'pre-restore']);
export type BackupKind = z.output<typeof BackupKind>;

/**
 * A backup file's name: `fieldbook-<ISO time with - for : and .>-<kind>.sqlite`. The page only
 * ever names a backup by this (never by a path): main looks it up in the backup folder.
 */
export const BackupName = z
  .string()
  .max(200)
  .regex(/^fieldbook-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-(automatic|manual|pre-migration-v\d+|pre-restore)\.sqlite$/, 'Not the name of a Fieldbook backup');

export const Backup = z.object({
  name: z.string(),
  kind: BackupKind,
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  /** The schema version inside it; null when the file can't be read. */
  schemaVersion: z.number().int().nullable(),
  /** Accounts in it (archived ones included); null when the file can't be read. */
  accounts: z.number().int().nullable(),
});
export type Backup = z.output<typeof Backup>;

export const BackupOverview = z.object({
  /** Where backups are written now. */
  folder: z.string(),
  /** True when the folder is the default one next to the data file. */
  isDefaultFolder: z.boolean(),
  /** Newest first. */
  backups: z.array(Backup),
  /** When the newest backup in the folder was written. */
  lastSuccessAt: z.string().nullable(),
  /** The last failed attempt since the app started, when it failed after the last success. */
  lastFailure: z.object({ at: z.string(), message: z.string() }).nullable(),
});
export type BackupOverview = z.output<typeof BackupOverview>;

export const CreateBackupInput = z.object({ operationId: OperationId.optional() }).strict();

export const RestoreBackupInput = z.object({ name: BackupName }).strict();
export const RestoreBackupResult = z.object({
  restoredFrom: z.string(),
  /** The backup of the data as it was just before the restore. */
  safetyCopy: z.string(),
});

/**
 * The last thorough check of the data file (SQLite's full `integrity_check`: every page, and every
 * index against its table), run while the app sat idle, after an unclean shutdown, or on request.
 */
export const DataCheck = z.object({
  /** When the check finished (ISO instant). */
  at: z.iso.datetime(),
  ok: z.boolean(),
  /** SQLite's first words about the damage; null when it found none. */
  detail: z.string().nullable(),
});
export type DataCheck = z.output<typeof DataCheck>;

/** `last` is null until the first thorough check of this data file has run. */
export const LastDataCheck = z.object({ last: DataCheck.nullable() });
export type LastDataCheck = z.output<typeof LastDataCheck>;

export const CheckDataFileInput = z.object({ operationId: OperationId.optional() }).strict();

export const ChooseBackupFolderResult = z.object({ folder: z.string().nullable() });

/** What the recovery screen can offer: the newest backup that passed its full check, if any. */
export const RecoveryOptions = z.object({ newestGoodBackup: Backup.nullable(), backupFolder: z.string() });
export type RecoveryOptions = z.output<typeof RecoveryOptions>;

/** After a recovery choice: where the refused file now is (never deleted), or that the user cancelled. */
export const RecoveryResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), refusedFileMovedTo: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);
