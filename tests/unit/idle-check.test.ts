import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DataCheck } from '../../src/shared/backups/schema';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { CheckNotRunError, type IntegrityCheckOptions, type IntegrityChecker, type IntegrityVerdict } from '../../src/main/db/integrity-check';
import { lastCheckFileOf } from '../../src/main/db/idle-check';
import { testRuntimeOptions } from '../support/test-store';
import { accountFields } from '../support/records';
import { memoryKeyStore } from '../support/memory-key-store';
import { tracked } from '../support/held-check';

const APP = 'app://fieldbook/';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const OPERATION = '7b1d3c52-4a8e-4f57-9b0e-2f6c1a9d8e41';

let dir: string;
let dataDir: string;
let file: string;
const running: Runtime[] = [];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-30T09:00:00Z') });
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-idle-'));
  dataDir = join(dir, 'data');
  file = join(dataDir, 'fieldbook.sqlite');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A checker that records what it was asked and answers `verdict` (the real one runs SQLite on a worker thread). */
function answering(verdict: IntegrityVerdict | (() => Promise<IntegrityVerdict>)) {
  const asked: IntegrityCheckOptions[] = [];
  const check: IntegrityChecker = async (_path, options) => {
    asked.push(options);
    return typeof verdict === 'function' ? verdict() : verdict;
  };
  return { check, asked, thorough: () => asked.filter((o) => o.thorough) };
}

/** A checker that holds its answer until the test releases it, and notes when it was told to stop. */
function holding() {
  let release: (verdict: IntegrityVerdict) => void = () => {};
  const answer = new Promise<IntegrityVerdict>((resolve) => (release = resolve));
  const asked: IntegrityCheckOptions[] = [];
  let aborted = false;
  const check: IntegrityChecker = (_path, options) => {
    asked.push(options);
    options.signal?.addEventListener('abort', () => (aborted = true));
    return answer;
  };
  return { check, asked, release: (v: IntegrityVerdict) => release(v), wasAborted: () => aborted };
}

function start(over: Parameters<typeof testRuntimeOptions>[1] = {}): Runtime {
  const runtime = startRuntime(testRuntimeOptions(dataDir, { automaticBackups: false, ...over }));
  running.push(runtime);
  return runtime;
}

async function stop(runtime: Runtime): Promise<void> {
  running.splice(running.indexOf(runtime), 1);
  await runtime.close();
}

async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await runtime.invoke(channel, APP, input)) as Envelope<T>;
}

async function value<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = await call<T>(runtime, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Lets pending promises and file I/O (the record beside the data file) finish while the clock stands still. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

async function idleFor(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
}

/** A book with one account, closed cleanly, so the next start opens it with the quick launch check. */
async function makeBook(): Promise<void> {
  const first = start({ checkIntegrity: answering({ ok: true }).check });
  await value(first, 'accounts:create', accountFields({ name: 'Acme Idle GmbH' }));
  await stop(first);
}

/** An index whose entries don't match its table's rows: `quick_check` passes it, the full `integrity_check` doesn't. */
function mismatchAnIndex(): void {
  const db = new BetterSqlite3(file);
  db.exec("CREATE TABLE probe (a TEXT, b TEXT); CREATE INDEX probe_a ON probe (a); INSERT INTO probe VALUES ('north', 'south')");
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX probe_a ON probe (b)' WHERE name = 'probe_a'").run();
  db.pragma('writable_schema = OFF');
  db.close();
}

/** Real time passing (the worker thread's answer), while the app's timers stay faked. */
function realPause(): Promise<void> {
  return new Promise((resolve) => {
    const handle = setInterval(() => {
      clearInterval(handle);
      resolve();
    }, 20);
  });
}

describe('the thorough data check while the app sits idle', () => {
  it('finds, on a real worker thread, index damage the quick launch check let through', async () => {
    await makeBook();
    mismatchAnIndex();
    const runtime = start();
    expect((await runtime.verified).state).toBe('ready');
    const before = sha(file);

    await idleFor(5 * MINUTE + 1_000);
    for (let i = 0; i < 500 && runtime.status.state === 'ready'; i += 1) await realPause();
    expect(runtime.status).toMatchObject({ state: 'unavailable', problem: 'damaged' });
    if (runtime.status.state === 'unavailable') expect(runtime.status.reason).toMatch(/row 1 missing from index probe_a/);
    await stop(runtime);
    expect(sha(file)).toBe(before);
  });

  it('runs once after five idle minutes, on a worker thread only, and not again within a day', async () => {
    const checker = answering({ ok: true });
    const emitted: { channel: string; payload: unknown }[] = [];
    const runtime = start({ checkIntegrity: checker.check, emit: (channel, payload) => emitted.push({ channel, payload }) });

    await idleFor(5 * MINUTE - 1_000);
    expect(checker.thorough()).toHaveLength(0);

    await idleFor(2_000);
    expect(checker.asked).toEqual([expect.objectContaining({ thorough: true, fallbackHere: false })]);
    // An open Settings page hears of it and shows the new date.
    expect(emitted).toEqual([{ channel: 'data:checked', payload: { at: '2026-11-30T09:05:00.000Z', ok: true, detail: null } }]);

    await idleFor(23 * HOUR);
    expect(checker.thorough()).toHaveLength(1);

    // A day after the first finished, still idle: the next one.
    await idleFor(HOUR);
    expect(checker.thorough()).toHaveLength(2);

    // Closing leaves no timer behind.
    await stop(runtime);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits while the CSM works: every call starts the idle minutes again', async () => {
    const checker = answering({ ok: true });
    const runtime = start({ checkIntegrity: checker.check });
    for (let i = 0; i < 3; i += 1) {
      await idleFor(4 * MINUTE);
      await value(runtime, 'accounts:list', {});
    }
    await idleFor(4 * MINUTE);
    expect(checker.thorough()).toHaveLength(0);
    await idleFor(MINUTE + 1_000);
    expect(checker.thorough()).toHaveLength(1);
  });

  it('answers a call at once while the check runs', async () => {
    await makeBook();
    const held = holding();
    const runtime = start({ checkIntegrity: async (path, o) => (o.thorough ? held.check(path, o) : { ok: true }) });
    await runtime.verified;
    await idleFor(5 * MINUTE + 1_000);
    expect(held.asked).toHaveLength(1);

    const names = (await value<{ name: string }[]>(runtime, 'accounts:list', {})).map((a) => a.name);
    expect(names).toContain('Acme Idle GmbH');
    expect((await call(runtime, 'accounts:create', accountFields({ name: 'Written during the check' }))).ok).toBe(true);
    held.release({ ok: true });
    await settle();
    expect(runtime.status.state).toBe('ready');
  });

  it('takes a damaged file out of use: the recovery screen, no write reaches the file, the page told', async () => {
    await makeBook();
    const emitted: { channel: string; payload: unknown }[] = [];
    const runtime = start({
      checkIntegrity: async (_path, o) => (o.thorough ? { ok: false, detail: 'row 3 missing from index accounts_by_name' } : { ok: true }),
      emit: (channel, payload) => emitted.push({ channel, payload }),
    });
    await runtime.verified;
    // A write just before: it sits in the write-ahead log, which closing must not copy into the file.
    await value(runtime, 'accounts:create', accountFields({ name: 'Last acknowledged' }));
    const before = sha(file);

    await idleFor(5 * MINUTE + 1_000);
    expect(runtime.status).toMatchObject({ state: 'unavailable', problem: 'damaged' });
    if (runtime.status.state === 'unavailable') {
      expect(runtime.status.reason).toMatch(/daily full check .* found damage/);
      expect(runtime.status.reason).toMatch(/row 3 missing from index accounts_by_name/);
    }
    expect(emitted).toContainEqual({ channel: 'data:replaced', payload: { reason: 'damaged' } });
    expect(await value(runtime, 'app:status')).toMatchObject({ state: 'unavailable', problem: 'damaged' });

    const refused = await call(runtime, 'accounts:create', accountFields({ name: 'Must not be written' }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('UNAVAILABLE');

    await stop(runtime);
    expect(sha(file)).toBe(before);
    // The write-ahead log is kept beside the file (the recovery moves it aside with it): nothing acknowledged is lost.
    expect(existsSync(`${file}-wal`)).toBe(true);
    // The verdict is kept: the next launch runs the full check again instead of trusting the quick one.
    const next = answering({ ok: false, detail: 'row 3 missing from index accounts_by_name' });
    const again = start({ checkIntegrity: next.check });
    expect((await again.verified).state).toBe('unavailable');
    expect(next.asked).toEqual([expect.objectContaining({ thorough: true })]);
  });

  it('lets a quit during the check return without waiting, and drops the verdict of the closed file', async () => {
    await makeBook();
    const held = holding();
    const runtime = start({ checkIntegrity: async (path, o) => (o.thorough ? held.check(path, o) : { ok: true }) });
    await runtime.verified;
    await idleFor(5 * MINUTE + 1_000);
    expect(held.asked).toHaveLength(1);

    // close() resolves with the check still unanswered: its worker was told to end.
    await stop(runtime);
    expect(held.wasAborted()).toBe(true);
    held.release({ ok: false, detail: 'found after the file was closed' });
    await settle();
    expect(runtime.status.state).toBe('ready');
    expect(existsSync(lastCheckFileOf(file))).toBe(false);
  });

  it('drops the verdict when a restore replaced the file during the check', async () => {
    await makeBook();
    const held = holding();
    const emitted: string[] = [];
    const runtime = start({
      checkIntegrity: async (path, o) => (o.thorough ? held.check(path, o) : { ok: true }),
      emit: (channel) => emitted.push(channel),
    });
    await runtime.verified;
    await idleFor(5 * MINUTE + 1_000);
    expect(held.asked).toHaveLength(1);

    expect((await runtime.reopen()).state).toBe('ready');
    expect(held.wasAborted()).toBe(true);
    held.release({ ok: false, detail: 'about the file that was replaced' });
    await settle();
    expect(runtime.status.state).toBe('ready');
    expect(emitted).not.toContain('data:replaced');
    expect((await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last).toBeNull();
  });

  it("skips when the worker thread can't run (never checking on main's thread) and tries again at the next idle period", async () => {
    let workerRuns = false;
    const checker = answering(async () => {
      if (!workerRuns) throw new CheckNotRunError("The check's worker thread failed: out of memory.");
      return { ok: true };
    });
    const logged: string[] = [];
    const runtime = start({ checkIntegrity: checker.check, log: (message) => logged.push(message) });

    await idleFor(5 * MINUTE + 1_000);
    expect(checker.asked).toEqual([expect.objectContaining({ thorough: true, fallbackHere: false })]);
    expect(logged.some((m) => /skipped/.test(m))).toBe(true);
    expect(existsSync(lastCheckFileOf(file))).toBe(false);

    // Still the same idle period: no second attempt, however long it lasts.
    await idleFor(3 * HOUR);
    expect(checker.asked).toHaveLength(1);

    // The CSM comes back and leaves again: the next idle period tries again.
    workerRuns = true;
    await value(runtime, 'accounts:list', {});
    await idleFor(5 * MINUTE + 1_000);
    expect(checker.asked).toHaveLength(2);
    expect((await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last).toMatchObject({ ok: true });
  });

  it('remembers the last check across a restart, beside the data file', async () => {
    const first = answering({ ok: true });
    const runtime = start({ checkIntegrity: first.check });
    await idleFor(5 * MINUTE + 1_000);
    expect(first.thorough()).toHaveLength(1);
    const recorded = (await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last;
    // Five idle minutes after the start, when the check finished.
    expect(recorded).toEqual({ at: '2026-11-30T09:05:00.000Z', ok: true, detail: null });
    await stop(runtime);

    const second = answering({ ok: true });
    const next = start({ checkIntegrity: second.check });
    await next.verified;
    expect((await value<{ last: DataCheck | null }>(next, 'backups:lastDataCheck')).last).toEqual(recorded);
    await idleFor(6 * MINUTE);
    expect(second.thorough()).toHaveLength(0);
  });

  it('treats a garbled record as never checked', async () => {
    await makeBook();
    writeFileSync(lastCheckFileOf(file), '{"at": "yesterday", "ok": "probably"');
    const checker = answering({ ok: true });
    const runtime = start({ checkIntegrity: checker.check });
    expect((await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last).toBeNull();
    await idleFor(5 * MINUTE + 1_000);
    expect(checker.thorough()).toHaveLength(1);
  });

  it("counts the launch's full check after an unclean shutdown as the day's thorough check", async () => {
    await makeBook();
    // As a crash leaves it: the in-use marker still beside the file.
    writeFileSync(`${file}.in-use`, '4242\n');
    const checker = answering({ ok: true });
    const runtime = start({ checkIntegrity: checker.check });
    await runtime.verified;
    await settle();
    expect(checker.asked).toEqual([expect.objectContaining({ thorough: true })]);
    expect((await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last).toMatchObject({ ok: true });
    await idleFor(6 * MINUTE);
    expect(checker.asked).toHaveLength(1);
  });

  it('"Check data file now" pressed during the launch check waits for its verdict, then runs', async () => {
    await makeBook();
    const launch = holding();
    const thorough: IntegrityCheckOptions[] = [];
    const runtime = start({ checkIntegrity: async (path, o) => (o.thorough ? (thorough.push(o), { ok: true }) : launch.check(path, o)) });
    let answered = false;
    const pending = call<DataCheck>(runtime, 'backups:checkDataFile', { operationId: OPERATION }).finally(() => (answered = true));
    await settle();
    expect(answered).toBe(false);
    expect(thorough).toHaveLength(0);

    launch.release({ ok: true });
    const result = await pending;
    expect(result.ok && result.value).toMatchObject({ ok: true, detail: null });
    expect(thorough).toHaveLength(1);
  });

  it('"Check data file now" runs the full check as a long operation and reports what it found', async () => {
    const checker = answering({ ok: true });
    const runtime = start({ checkIntegrity: checker.check });
    const result = await value<DataCheck>(runtime, 'backups:checkDataFile', { operationId: OPERATION });
    expect(result).toMatchObject({ ok: true, detail: null });
    expect(checker.asked).toEqual([expect.objectContaining({ thorough: true, fallbackHere: false })]);
    expect((await value<{ last: DataCheck | null }>(runtime, 'backups:lastDataCheck')).last).toEqual(result);

    // Cancelled: the worker is told to end and the call answers at once.
    await stop(runtime);
    const held = holding();
    const cancelling = start({ checkIntegrity: async (path, o) => (o.thorough ? held.check(path, o) : { ok: true }) });
    await cancelling.verified;
    const pending = call(cancelling, 'backups:checkDataFile', { operationId: OPERATION });
    await settle();
    expect(held.asked).toHaveLength(1);
    expect(await value(cancelling, 'operations:cancel', { operationId: OPERATION })).toEqual({ cancelled: true });
    const cancelled = await pending;
    expect(cancelled.ok).toBe(false);
    if (!cancelled.ok) expect(cancelled.error.code).toBe('CANCELLED');
    expect(held.wasAborted()).toBe(true);
    expect((await value<{ last: DataCheck | null }>(cancelling, 'backups:lastDataCheck')).last).toEqual(result);

    await stop(cancelling);
    const failing = start({
      checkIntegrity: async (_path, o) => (o.thorough ? Promise.reject(new CheckNotRunError("The check's worker thread ended without a verdict.")) : { ok: true }),
    });
    await failing.verified;
    const refused = await call(failing, 'backups:checkDataFile', { operationId: OPERATION });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/could not start the data check/);
  });
});

/**
 * A checker like the real one: once let go of (Cancel, quit, restore) the check answers nothing,
 * but its worker thread goes on reading the file until SQLite's step returns, here until the test
 * says so. With `snapshot` each check holds a real read transaction on the file, as the worker does.
 */
function lingering({ snapshot = false } = {}) {
  const events: string[] = [];
  const workers: { exit: () => void; answer: (verdict: IntegrityVerdict) => void }[] = [];
  const check: IntegrityChecker = (path, options) => {
    const reader = snapshot ? new BetterSqlite3(path, { readonly: true, fileMustExist: true }) : null;
    reader?.exec('BEGIN');
    reader?.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    let exit: () => void = () => {};
    options.released?.(
      new Promise<void>((resolve) => {
        exit = () => {
          if (reader?.open) {
            reader.exec('COMMIT');
            reader.close();
          }
          events.push('worker exited');
          resolve();
        };
      }),
    );
    return new Promise<IntegrityVerdict>((resolve, reject) => {
      workers.push({ exit, answer: (verdict) => (resolve(verdict), exit()) });
      options.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true });
    });
  };
  return { check, events, workers };
}

const SECOND_OPERATION = '7b1d3c52-4a8e-4f57-9b0e-2f6c1a9d8e42';

describe("a check let go of whose worker thread hasn't ended yet", () => {
  it('"Check data file now" after Cancel waits for the cancelled check\'s worker, then runs one check', async () => {
    await makeBook();
    const worker = lingering();
    const progress: string[] = [];
    const runtime = start({
      checkIntegrity: async (path, o) => (o.thorough ? worker.check(path, o) : { ok: true }),
      emit: (channel, payload) => {
        if (channel === 'operations:progress') progress.push((payload as { phase: string }).phase);
      },
    });
    await runtime.verified;
    const first = call(runtime, 'backups:checkDataFile', { operationId: OPERATION });
    await settle();
    expect(worker.workers).toHaveLength(1);
    expect(await value(runtime, 'operations:cancel', { operationId: OPERATION })).toEqual({ cancelled: true });
    const cancelled = await first;
    expect(!cancelled.ok && cancelled.error.code).toBe('CANCELLED');

    // Idle minutes pass: no daily check starts beside the worker still reading the file.
    await idleFor(6 * MINUTE);
    expect(worker.workers).toHaveLength(1);

    const second = tracked(call<DataCheck>(runtime, 'backups:checkDataFile', { operationId: SECOND_OPERATION }));
    await settle();
    expect(worker.workers).toHaveLength(1);
    expect(second.settled).toBe(false);
    expect(progress.at(-1)).toBe('Finishing the previous check');

    worker.workers[0]!.exit();
    await settle();
    expect(worker.workers).toHaveLength(2);
    expect(progress.at(-1)).toBe('Checking every table and index');
    worker.workers[1]!.answer({ ok: true });
    const result = await second.promise;
    expect(result.ok && result.value).toMatchObject({ ok: true, detail: null });
  });

  it('a restore replaces the file only after the check\'s worker has let go of it', async () => {
    await makeBook();
    const worker = lingering();
    const runtime = start({ checkIntegrity: async (path, o) => (o.thorough ? worker.check(path, o) : { ok: true }) });
    await runtime.verified;
    await idleFor(5 * MINUTE + 1_000);
    expect(worker.workers).toHaveLength(1);

    const reopening = tracked(runtime.reopen(() => void worker.events.push('file replaced')));
    await settle();
    expect(reopening.settled).toBe(false);
    expect(worker.events).toEqual([]);
    worker.workers[0]!.exit();
    expect((await reopening.promise).state).toBe('ready');
    expect(worker.events).toEqual(['worker exited', 'file replaced']);
  });

  it("a quit closes the data file only after the check's worker has let go of it", async () => {
    await makeBook();
    const worker = lingering();
    const runtime = start({ checkIntegrity: async (path, o) => (o.thorough ? worker.check(path, o) : { ok: true }) });
    await runtime.verified;
    await idleFor(5 * MINUTE + 1_000);
    expect(worker.workers).toHaveLength(1);

    const closing = tracked(stop(runtime).then(() => void worker.events.push('closed')));
    await settle();
    expect(closing.settled).toBe(false);
    worker.workers[0]!.exit();
    await closing.promise;
    expect(worker.events).toEqual(['worker exited', 'closed']);
  });

  it("key rotation during a check erases the retired key from the WAL once the check's snapshot is let go, and only then answers", async () => {
    await makeBook();
    const worker = lingering({ snapshot: true });
    const runtime = start({ keyStore: memoryKeyStore(), checkIntegrity: async (path, o) => (o.thorough ? worker.check(path, o) : { ok: true }) });
    await runtime.verified;
    const first = await value<{ id: string }>(runtime, 'keys:rotate');
    const sqlite = runtime.store!.sqlite;
    const sealed = sqlite.prepare<[string], { sealed_private_key: Buffer }>('SELECT sealed_private_key FROM signing_keys WHERE id = ?').get(first.id)!.sealed_private_key;
    // The key reached the file, as it does in real use long before a rotation.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const onDisk = () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f));
    expect(onDisk().some((bytes) => bytes.includes(sealed))).toBe(true);

    const checking = call<DataCheck>(runtime, 'backups:checkDataFile', { operationId: OPERATION });
    await settle();
    expect(worker.workers).toHaveLength(1);
    const rotating = tracked(call<{ id: string }>(runtime, 'keys:rotate').then((answer) => (worker.events.push('rotation answered'), answer)));
    await settle();
    // The old key can't sign any more, but its bytes are still in the log the check's snapshot holds.
    expect(rotating.settled).toBe(false);
    expect(onDisk().some((bytes) => bytes.includes(sealed))).toBe(true);

    worker.workers[0]!.answer({ ok: true });
    const rotated = await rotating.promise;
    expect(rotated.ok).toBe(true);
    expect(worker.events).toEqual(['worker exited', 'rotation answered']);
    for (const bytes of onDisk()) expect(bytes.includes(sealed)).toBe(false);
    expect((await checking).ok).toBe(true);
  });
});
