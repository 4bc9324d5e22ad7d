import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { startRuntime, type Runtime, type RuntimeOptions } from '../../src/main/runtime';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { testRuntimeOptions } from './test-store';

/** The app's own page: the sender every handler trusts. */
export const APP_URL = 'app://fieldbook/index.html';

export interface TestRuntime {
  /** The runtime of the running test (a new one each test). */
  readonly runtime: Runtime;
  /** Its data folder, removed after the test. */
  readonly dir: string;
  /** Calls a channel as the app's page would, through the one validated IPC door; the raw envelope. */
  call(channel: string, input?: unknown): Promise<Envelope<unknown>>;
}

/**
 * A real runtime over a fresh temp data folder for each test of the calling file (or `describe`), closed and
 * removed after it, so handler tests go through validation and the sender check exactly like the app.
 */
export function useTestRuntime(name: string, over: Partial<RuntimeOptions> = {}): TestRuntime {
  let dir = '';
  let runtime: Runtime | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `fieldbook-${name}-`));
    runtime = startRuntime(testRuntimeOptions(dir, { appUrls: [APP_URL], ...over }));
  });
  afterEach(async () => {
    await runtime?.close();
    runtime = null;
    rmSync(dir, { recursive: true, force: true });
  });
  const current = (): Runtime => {
    if (!runtime) throw new Error('useTestRuntime: the runtime exists only while a test runs.');
    return runtime;
  };
  return {
    get runtime() {
      return current();
    },
    get dir() {
      return dir;
    },
    call: (channel, input) => current().invoke(channel, APP_URL, input),
  };
}

/** The value of an accepted call; a refused one fails the test with its code and message. */
export function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** The error of a refused call; an accepted one fails the test. */
export function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a failure');
  return envelope.error;
}
