import { mkdtempSync, rmSync } from 'node:fs';
import { createBackups, defaultBackupFolder } from '../../src/main/backups/service';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/main/db/open';
import { createStore, type Store } from '../../src/main/db/store';
import type { MainContext } from '../../src/main/context';
import type { Dialogs } from '../../src/main/edge-ports/dialogs';
import type { RuntimeOptions } from '../../src/main/runtime';
import type { KeyStore } from '../../src/main/edge-ports/key-store';
import { memoryKeyStore } from './memory-key-store';
import { createEmit, type EmitSink } from '../../src/main/operations/emit';
import { createOperations } from '../../src/main/operations/long-operation';
import { actingPerson } from '../../src/main/settings/actor';

export interface TestStore {
  store: Store;
  dir: string;
  file: string;
  close(): void;
}

/** A real, migrated database in a fresh temp folder (removed by `close()`). */
export function createTestStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-test-'));
  const file = join(dir, 'fieldbook.sqlite');
  const sqlite = openDatabase(file);
  return {
    store: createStore(sqlite),
    dir,
    file,
    close() {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Dialogs that answer from a script: `saveTo` for save dialogs, `open` for open dialogs, `folder` for folder dialogs. */
export function scriptedDialogs(
  answers: { saveTo?: (defaultName: string) => string | null; open?: string | null; folder?: string | null } = {},
): Dialogs {
  return {
    chooseSavePath: async ({ defaultName }) => (answers.saveTo ? answers.saveTo(defaultName) : null),
    chooseOpenPath: async () => answers.open ?? null,
    chooseFolder: async () => answers.folder ?? null,
  };
}

/** A handler context over a test store with a fixed clock; events go to `sink` (validated, as in development). */
export function testContext(
  t: TestStore,
  now = new Date('2026-11-25T10:00:00.000Z'),
  dialogs = scriptedDialogs(),
  keyStore: KeyStore = memoryKeyStore(),
  sink: EmitSink = () => {},
): MainContext {
  const emit = createEmit(sink, true);
  return {
    store: t.store,
    get actor() {
      return actingPerson(t.store);
    },
    now: () => now,
    dialogs,
    keyStore,
    dataDir: t.dir,
    databaseFile: t.file,
    reveal: () => {},
    emit,
    operations: createOperations(emit),
    appStatus: () => ({ state: 'ready' }),
    backups: createBackups({ dataDir: t.dir, databaseFile: t.file, now: () => now }),
    backupFolder: () => defaultBackupFolder(t.dir),
    dataCheck: {
      last: () => null,
      runNow: () => Promise.reject(new Error('testContext has no data checker; use startRuntime for the data check.')),
      // No data checker, so nothing of it reads the file.
      whenIdle: () => Promise.resolve(),
    },
    replaceData: () => {
      throw new Error('testContext cannot reopen its store; use startRuntime for restore and recovery.');
    },
  };
}

/** Runtime options for a test: the app's own URL as the trusted sender, scripted dialogs, silent log. */
export function testRuntimeOptions(dataDir: string, over: Partial<RuntimeOptions> = {}): RuntimeOptions {
  return {
    dataDir,
    dialogs: scriptedDialogs(),
    reveal: () => {},
    appUrls: ['app://fieldbook/'],
    validateOutput: true,
    log: () => {},
    ...over,
  };
}
