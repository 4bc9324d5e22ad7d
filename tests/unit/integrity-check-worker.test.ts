import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Worker threads that fail as they would when one can't be started (out of memory, a broken driver),
 * or (`hang`) that run on like one inside SQLite's step: terminate() doesn't end them, `exit` does.
 */
const workers = vi.hoisted(() => [] as { terminated: boolean; failWith: Error | null; exit: () => void }[]);
const mode = vi.hoisted(() => ({ hang: false }));
vi.mock('node:worker_threads', async () => {
  const { EventEmitter } = await import('node:events');
  class FailingWorker extends EventEmitter {
    readonly state = {
      terminated: false,
      failWith: mode.hang ? null : (new Error('Cannot allocate a new thread') as Error | null),
      exit: () => void this.emit('exit', 1),
    };
    constructor() {
      super();
      workers.push(this.state);
      setImmediate(() => {
        if (this.state.failWith && !this.state.terminated) this.emit('error', this.state.failWith);
      });
    }
    terminate() {
      this.state.terminated = true;
      return Promise.resolve(1);
    }
  }
  return { Worker: FailingWorker };
});

const { checkIntegrityOffThread, CheckNotRunError } = await import('../../src/main/db/integrity-check');

let dir: string;
let file: string;
beforeEach(() => {
  workers.length = 0;
  mode.hang = false;
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-worker-'));
  file = join(dir, 'book.sqlite');
  const db = new BetterSqlite3(file);
  db.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x); INSERT INTO t VALUES (\'a\')');
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the integrity check when its worker thread can't run", () => {
  it('answers from this thread at launch, where a verdict is needed', async () => {
    await expect(checkIntegrityOffThread(file, { thorough: false })).resolves.toEqual({ ok: true });
  });

  it('gives no verdict instead of running here when told not to fall back (the idle check)', async () => {
    await expect(checkIntegrityOffThread(file, { thorough: true, fallbackHere: false })).rejects.toBeInstanceOf(CheckNotRunError);
  });

  it('ends the worker when the caller stops waiting (quit, restore)', async () => {
    const controller = new AbortController();
    const checking = checkIntegrityOffThread(file, { thorough: true, fallbackHere: false, signal: controller.signal });
    controller.abort(new Error('shutting down'));
    await expect(checking).rejects.toThrow('shutting down');
    expect(workers[0]?.terminated).toBe(true);
  });

  it("tells when an ended check's worker has really let go of the file: at its exit, not at the abort", async () => {
    mode.hang = true;
    const controller = new AbortController();
    const events: string[] = [];
    const checking = checkIntegrityOffThread(file, {
      thorough: true,
      fallbackHere: false,
      signal: controller.signal,
      released: (exited) => void exited.then(() => events.push('exited')),
    });
    controller.abort(new Error('cancelled'));
    await expect(checking).rejects.toThrow('cancelled');
    await new Promise((resolve) => setImmediate(resolve));
    expect(workers[0]?.terminated).toBe(true);
    expect(events).toEqual([]);
    workers[0]!.exit();
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['exited']);
  });
});
