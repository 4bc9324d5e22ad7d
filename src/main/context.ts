import type { Store } from './db/store';
import type { Dialogs } from './edge-ports/dialogs';
import type { KeyStore } from './edge-ports/key-store';
import type { Emit } from './operations/emit';
import type { Operations } from './operations/long-operation';
import type { Actor } from './settings/actor';
import type { Backups } from './backups/service';
import type { AppStatus } from '../shared/settings/schema';
import type { DataChecker } from './db/idle-check';

/** What a handler gets besides its validated input. Edge services are injected so tests pass fakes. */
export interface MainContext {
  store: Store;
  /** Who is acting, from Settings: recorded on audit entries, licenses and checklist changes. */
  readonly actor: Actor;
  now: () => Date;
  /**
   * The OS locale with its region ("en-GB", "en-DE"), which decides the QBR PDF's paper (A4 or
   * Letter). Optional so test contexts need not give one; Node's default locale stands in.
   */
  systemLocale?: () => string;
  dialogs: Dialogs;
  /** Protects the license-signing key at rest (safeStorage in the app, a fake in tests). */
  keyStore: KeyStore;
  dataDir: string;
  databaseFile: string;
  /** Shows a file in the OS file manager. */
  reveal: (path: string) => void;
  /** Sends a contract event to the app's windows (payload checked when outputs are). */
  emit: Emit;
  /** Long operations: progress events and cancel (src/main/operations/long-operation.ts). */
  operations: Operations;
  /** Whether the data file opened (recovery choices are answered only while it is refused). */
  appStatus: () => AppStatus;
  /** Writing, listing and checking backups (src/main/backups). */
  backups: Backups;
  /** Where backups go now: the folder chosen in Settings, or `backups/` next to the data file. */
  backupFolder: () => string;
  /** The data file's thorough check: its last date and verdict, and "Check data file now" (src/main/db/idle-check.ts). */
  dataCheck: Pick<DataChecker, 'last' | 'runNow' | 'whenIdle'>;
  /**
   * Closes the data file, runs `whileClosed` (put other data in its place), opens it again and
   * tells the page (`dataReplaced`). Starts after the calling handler has answered: a handler
   * can't wait for a reopen, which waits for the calls in flight, its own included.
   */
  replaceData: (whileClosed: () => void | Promise<void>, reason: 'restore' | 'recovery') => void;
}
