import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { updateSettings } from '../../src/main/settings/service';
import type { Dialogs } from '../../src/main/edge-ports/dialogs';
import { memoryKeyStore } from '../support/memory-key-store';
import { testRuntimeOptions } from '../support/test-store';
import { Settings } from '../../src/shared/settings/schema';

const DEFAULT_SETTINGS = Settings.parse({});
import { accountFields, licenseFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
let dir: string;
let runtime: Runtime;
let answerOpen: (path: string) => void = () => {};
let opening: Promise<void> = Promise.resolve();
let dialogShown: () => void = () => {};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-reopen-'));
  opening = new Promise((resolve) => (dialogShown = resolve));
  const dialogs: Dialogs = {
    chooseSavePath: async ({ defaultName }) => join(dir, defaultName),
    chooseFolder: async () => dir,
    // The verify dialog stays open until the test answers it, so the call is in flight meanwhile.
    chooseOpenPath: () =>
      new Promise((resolve) => {
        answerOpen = resolve;
        dialogShown();
      }),
  };
  runtime = startRuntime({ ...testRuntimeOptions(join(dir, 'data'), { appUrls: [APP], dialogs }), keyStore: memoryKeyStore() });
});
afterEach(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(channel: string, input?: unknown): Promise<T> {
  const envelope = (await runtime.invoke(channel, APP, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Another book, to put in place of the open one: it has no signing keys and another CSM. */
function otherBook(): string {
  const file = join(dir, 'other.sqlite');
  const db = openDatabase(file);
  updateSettings(createStore(db), { csmName: 'Robin from the backup' });
  db.close();
  return file;
}

describe('reopening the store (restore from a backup, recovery)', () => {
  it('lets a call in flight finish on the old book, and shows calls made meanwhile the new one', async () => {
    await call('settings:update', { csmName: 'Alex before the restore' });
    const account = await call<{ id: string }>('accounts:create', accountFields());
    const license = await call<{ id: string }>('licenses:issue', { accountId: account.id, fields: licenseFields() });
    const saved = await call<{ path: string }>('licenses:saveFile', { id: license.id });
    const replacement = otherBook();

    const verifying = call<{ chosen: boolean; result?: { verdict: string } }>('licenses:verifyFile');
    await opening;
    const reopened = runtime.reopen(() => {
      copyFileSync(replacement, join(dir, 'data', 'fieldbook.sqlite'));
    });
    const settingsAfter = call<{ csmName: string }>('settings:get');

    // The file the old book signed is verified against the old book's key, though the reopen
    // was asked for while its dialog was open.
    answerOpen(saved.path);
    expect((await verifying).result?.verdict).toBe('valid');
    expect(await reopened).toEqual({ state: 'ready' });
    expect(await settingsAfter).toEqual({ ...DEFAULT_SETTINGS, csmName: 'Robin from the backup' });
    expect(await call('keys:list')).toEqual([]);
    expect(runtime.store!.first(runtime.store!.q.selectFrom('accounts').select('id'))).toBeUndefined();
  });

  it('reports a replacement that cannot be opened, and answers calls with that reason', async () => {
    const status = await runtime.reopen(() => {
      copyFileSync(join(__dirname, 'settings.test.ts'), join(dir, 'data', 'fieldbook.sqlite'));
    });
    expect(status.state).toBe('unavailable');
    const envelope = await runtime.invoke('settings:get', APP, undefined);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(runtime.store).toBeNull();
  });
});
