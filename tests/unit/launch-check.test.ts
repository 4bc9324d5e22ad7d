import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { checkIntegrityOffThread } from '../../src/main/db/integrity-check';
import { testRuntimeOptions } from '../support/test-store';
import { damageTail, heldCheck, settle, tracked } from '../support/held-check';
import { accountFields } from '../support/records';

const APP = 'app://fieldbook/';
let dir: string;
let dataDir: string;
let file: string;
const running: Runtime[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-launch-'));
  dataDir = join(dir, 'data');
  file = join(dataDir, 'fieldbook.sqlite');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function start(over: Parameters<typeof testRuntimeOptions>[1] = {}): Runtime {
  const runtime = startRuntime(testRuntimeOptions(dataDir, { automaticBackups: false, ...over }));
  running.push(runtime);
  return runtime;
}

async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await runtime.invoke(channel, APP, input)) as Envelope<T>;
}

async function value<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = await call<T>(runtime, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** A book with one account and enough other pages that damage to its tail leaves its header and schema readable. */
async function makeBook(): Promise<void> {
  const first = start();
  await value(first, 'accounts:create', accountFields({ name: 'Acme Launch GmbH' }));
  await first.close();
  running.splice(running.indexOf(first), 1);
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE filler (body BLOB)');
  db.exec('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(400) FROM n');
  db.close();
}

describe('opening a book fast: the integrity check runs after the window, writes wait for it', () => {
  it('shows the book before the check has answered, holds a write meanwhile, and lets it through on "ok"', async () => {
    await makeBook();
    const held = heldCheck();
    const runtime = start({ checkIntegrity: held.check });

    // The open returned with the check still held: the book is already readable.
    expect(runtime.status.state).toBe('ready');
    const names = (await value<{ name: string }[]>(runtime, 'accounts:list', {})).map((a) => a.name);
    expect(names).toContain('Acme Launch GmbH');

    const write = tracked(call<{ id: string }>(runtime, 'accounts:create', accountFields({ name: 'Made while checking' })));
    await settle();
    expect(write.settled).toBe(false);

    held.release();
    expect((await runtime.verified).state).toBe('ready');
    const envelope = await write.promise;
    expect(envelope.ok).toBe(true);
    const after = (await value<{ name: string }[]>(runtime, 'accounts:list', {})).map((a) => a.name);
    expect(after).toEqual(expect.arrayContaining(['Acme Launch GmbH', 'Made while checking']));
    // The last run closed cleanly: the quick check was enough.
    expect(held.asked).toEqual([{ thorough: false }]);
  });

  it('tells the page the book is being checked until the verdict, then that it passed', async () => {
    await makeBook();
    const held = heldCheck();
    const emitted: string[] = [];
    const runtime = start({ checkIntegrity: held.check, emit: (channel) => emitted.push(channel) });
    expect(await value(runtime, 'app:status')).toEqual({ state: 'ready', checking: true });

    held.release();
    await runtime.verified;
    expect(emitted).toContain('data:launchChecked');
    expect(await value(runtime, 'app:status')).toEqual({ state: 'ready' });
  });

  it('never writes a book the check finds damaged: the held write is refused and the recovery screen follows', async () => {
    await makeBook();
    damageTail(file);
    const before = sha(file);
    const held = heldCheck();
    const emitted: string[] = [];
    const runtime = start({ checkIntegrity: held.check, emit: (channel) => emitted.push(channel) });
    expect(runtime.status.state).toBe('ready');

    const write = tracked(call(runtime, 'accounts:create', accountFields({ name: 'Must not be written' })));
    await settle();
    expect(write.settled).toBe(false);

    held.release();
    const verdict = await runtime.verified;
    expect(verdict).toMatchObject({ state: 'unavailable', problem: 'damaged' });
    const refused = await write.promise;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('UNAVAILABLE');
      expect(refused.error.message).toMatch(/damaged/);
    }
    // The page is told, and the app's status is what the recovery screen shows.
    expect(emitted).toContain('data:replaced');
    expect(await value(runtime, 'app:status')).toMatchObject({ state: 'unavailable', problem: 'damaged' });

    await runtime.close();
    expect(sha(file)).toBe(before);
  });

  it('runs the full integrity check when the last run did not close the book', async () => {
    await makeBook();
    const crashed = start({ checkIntegrity: async () => ({ ok: true }) });
    await crashed.verified;
    // As a killed process leaves it: the connection gone, no clean close.
    crashed.store?.sqlite.close();
    running.splice(running.indexOf(crashed), 1);

    const asked: { thorough: boolean }[] = [];
    const next = start({ checkIntegrity: async (path, options) => (asked.push({ thorough: options.thorough }), checkIntegrityOffThread(path, options)) });
    expect((await next.verified).state).toBe('ready');
    expect(asked).toEqual([{ thorough: true }]);
    await next.close();
    running.splice(running.indexOf(next), 1);

    const afterClean: { thorough: boolean }[] = [];
    const third = start({ checkIntegrity: async (path, options) => (afterClean.push({ thorough: options.thorough }), { ok: true }) });
    await third.verified;
    expect(afterClean).toEqual([{ thorough: false }]);
  });

  it('refuses a data file that is a named pipe at once, without waiting for a writer', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', dataDir]);
    execFileSync('mkfifo', [file]);
    const runtime = start();
    expect(runtime.status).toMatchObject({ state: 'unavailable', problem: 'unreadable' });
    if (runtime.status.state === 'unavailable') expect(runtime.status.reason).toMatch(/not a regular file/);
  });
});
