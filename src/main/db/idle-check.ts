import { readFileSync, rmSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { DataCheck } from '../../shared/backups/schema';
import { writeFileAtomically } from '../files/atomic-write';
import { AppError } from '../ipc/app-error';
import { CheckNotRunError, type IntegrityChecker, type IntegrityVerdict } from './integrity-check';

/** No call from the window for this long counts as idle (the CSM is away): default 5 minutes. */
export const IDLE_BEFORE_CHECK_MS = 5 * 60_000;
/** A thorough check is due when the last one finished this long ago (or never ran): default a day. */
export const THOROUGH_CHECK_EVERY_MS = 24 * 60 * 60_000;
/** A long wait is taken in steps: a timer set for hours ahead would miss the machine sleeping through it. */
const MAX_TIMER_MS = 60 * 60_000;

export type DataCheckTrigger = 'idle' | 'manual';
/** What "Check data file now" is doing: waiting for a cancelled check's worker to end, or checking. */
export type DataCheckPhase = 'finishing-previous' | 'checking';

/** Timers the checker sets (the globals by default; vitest's fake timers replace those). */
export interface DataCheckTimers {
  set(fire: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const globalTimers: DataCheckTimers = {
  set(fire, ms) {
    const handle = setTimeout(fire, ms);
    // A pending idle check never keeps a process (a test runner, a quitting app) alive.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DataCheckOptions {
  databaseFile: string;
  /** Runs the check; the checker is always asked for a worker thread and never to fall back to this one. */
  check: IntegrityChecker;
  /** Wall-clock time written as the check's date. */
  now: () => Date;
  /** The open, writable connection a check may look at, or null (launch check pending, reopen, closed, refused). */
  target: () => Database | null;
  /**
   * The check found damage in `checked`, which is still the open connection: take the file out
   * of use (the runtime's recovery path). A verdict about a file no longer open is dropped before this.
   */
  damaged: (checked: Database, detail: string, trigger: DataCheckTrigger) => void;
  /** A check's date and verdict were recorded (the runtime tells the page). */
  recorded?: (check: DataCheck) => void;
  log: (message: string, error: unknown) => void;
  idleMs?: number;
  everyMs?: number;
  /** Milliseconds since the epoch for the idle clock (default `Date.now`). */
  clock?: () => number;
  timers?: DataCheckTimers;
}

export interface DataChecker {
  /** A call arrived from the window: the idle clock starts again (a running check goes on). */
  touch(): void;
  /** The last thorough check of this data file, or null when none is known. */
  last(): DataCheck | null;
  /** A thorough check that ran elsewhere (the launch's full check after an unclean shutdown) counts too. */
  record(verdict: IntegrityVerdict): void;
  /**
   * "Check data file now": joins a check already running, else starts one. Cancel lets go of it
   * (its worker ends when SQLite's step returns). While the worker of a check let go of is still
   * running, the phase is 'finishing-previous' and the new check starts only once that worker exited.
   */
  runNow(signal?: AbortSignal, phase?: (phase: DataCheckPhase) => void): Promise<DataCheck>;
  /**
   * Resolves once no check is running and every worker thread of a check let go of has exited:
   * nothing of the checker then reads the data file (a reopen, a quit and the key rotation's
   * log truncation wait for it).
   */
  whenIdle(): Promise<void>;
  /** The data file is being replaced (restore, recovery): a running check ends, its verdict and the record are dropped. */
  forget(): void;
  /**
   * For good (quit): the timer is cleared and a running check let go of (its worker's exit is
   * `whenIdle`); resolves once a record already being written is on disk (a few hundred bytes).
   */
  stop(): Promise<void>;
}

/** Beside the data file, like the in-use marker: the check's record never writes the book itself. */
export const lastCheckFileOf = (databaseFile: string) => `${databaseFile}.last-check.json`;

/** The record beside the data file; a missing, unreadable or garbled one means "never checked". */
export function readLastCheck(databaseFile: string): DataCheck | null {
  try {
    const parsed = DataCheck.safeParse(JSON.parse(readFileSync(lastCheckFileOf(databaseFile), 'utf8')));
    return parsed.success && Number.isFinite(Date.parse(parsed.data.at)) ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Takes a connection to a damaged file out of use without writing a byte to the file. At once:
 * `query_only`, so a write still in flight fails instead of landing. Then `closeWithoutCheckpoint`:
 * a writable connection closing last would copy its write-ahead log into the damaged file, so a
 * read-only connection holds the file while it closes (the log stays beside the file, moved
 * aside with it by the recovery), and a read-only connection never checkpoints.
 */
export function refuseFurtherWrites(db: Database): void {
  if (db.open) db.pragma('query_only = ON');
}

export function closeWithoutCheckpoint(db: Database, databaseFile: string): void {
  if (!db.open) return;
  let guard: BetterSqlite3.Database | undefined;
  try {
    guard = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
    // A read takes the shared lock that keeps the closing connection from checkpointing.
    guard.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch {
    // The damage can stop even this read; the closing connection may then checkpoint, as any would.
  }
  db.close();
  guard?.close();
}

/**
 * The periodic thorough check. A quick check at launch doesn't compare indexes with their
 * tables; SQLite's full `integrity_check` does, but takes many seconds at a 400 MB book. So it
 * runs when the window has made no call for `idleMs` and the last one finished more than
 * `everyMs` ago, on a worker thread with its own read-only connection (a call arriving meanwhile
 * doesn't wait). It never runs on main's thread: a worker that can't start is logged and tried
 * again in the next idle period. Its date and verdict go to a small file beside the data file.
 */
export function createDataChecker(options: DataCheckOptions): DataChecker {
  const idleMs = options.idleMs ?? IDLE_BEFORE_CHECK_MS;
  const everyMs = options.everyMs ?? THOROUGH_CHECK_EVERY_MS;
  const clock = options.clock ?? Date.now;
  const timers = options.timers ?? globalTimers;
  const recordFile = lastCheckFileOf(options.databaseFile);

  let last = readLastCheck(options.databaseFile);
  let lastCallAt = clock();
  let timer: unknown = null;
  let stopped = false;
  // Set when the worker couldn't run: no retry until the window has been used and left idle again.
  let skipThisIdlePeriod = false;
  // Bumped when the data file is replaced: a check or a record write of the old file is dropped.
  let generation = 0;
  let running: { promise: Promise<DataCheck | null>; controller: AbortController; trigger: DataCheckTrigger } | null = null;
  let writes: Promise<void> = Promise.resolve();
  // Worker threads that still have the data file open: a check under way, or one let go of whose
  // SQLite step hasn't returned yet (terminate() can't interrupt it). No new check starts beside one.
  const workers = new Set<Promise<void>>();
  const holdWorker = (exited: Promise<void>) => {
    const gone = exited.then(
      () => undefined,
      () => undefined,
    );
    workers.add(gone);
    void gone.then(() => {
      workers.delete(gone);
      arm();
    });
  };
  const whenIdle = async (): Promise<void> => {
    while (running || workers.size > 0) await Promise.allSettled([running?.promise, ...workers]);
  };

  const clear = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
  };

  const dueAt = (): number => {
    if (!last) return -Infinity;
    const at = Date.parse(last.at);
    // A record from the future (the clock was set back) is no reason to wait for it.
    return at > clock() ? -Infinity : at + everyMs;
  };

  function arm(): void {
    clear();
    if (stopped || skipThisIdlePeriod || running || workers.size > 0) return;
    const at = Math.max(lastCallAt + idleMs, dueAt());
    timer = timers.set(fire, Math.min(Math.max(at - clock(), 0), MAX_TIMER_MS));
  }

  function fire(): void {
    timer = null;
    if (stopped || running || skipThisIdlePeriod || workers.size > 0) return;
    const nowMs = clock();
    if (nowMs < lastCallAt + idleMs || nowMs < dueAt()) return arm();
    if (!options.target()) {
      // Nothing checkable yet (the launch check is still out, a reopen is under way): look again later.
      timer = timers.set(fire, idleMs);
      return;
    }
    start('idle').catch((error: unknown) => {
      if (error instanceof CheckNotRunError) {
        skipThisIdlePeriod = true;
        clear();
        options.log('the idle data check was skipped: its worker thread could not run (tried again at the next idle period)', error);
      } else if (!stopped) {
        options.log('the idle data check failed', error);
      }
    });
  }

  function save(check: DataCheck): void {
    last = check;
    const at = generation;
    writes = writes
      .then(() => writeFileAtomically(recordFile, `${JSON.stringify(check)}\n`))
      .then(() => {
        // The file was replaced while this was written: the record is about the old one.
        if (at !== generation) rmSync(recordFile, { force: true });
      })
      .catch((error: unknown) => options.log('recording the data check failed (known until quit; after a restart it runs again)', error));
  }

  function recordVerdict(verdict: IntegrityVerdict): DataCheck {
    const check: DataCheck = { at: options.now().toISOString(), ok: verdict.ok, detail: verdict.ok ? null : verdict.detail };
    save(check);
    options.recorded?.(check);
    return check;
  }

  function start(trigger: DataCheckTrigger): Promise<DataCheck | null> {
    const checked = options.target();
    if (!checked) return Promise.resolve(null);
    const controller = new AbortController();
    const at = generation;
    clear();
    // Ending a check lets go of it at once, whether or not the checker heeds its signal.
    const abandoned = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
    // Called from a resolved promise: a checker that throws at once rejects like one that fails later.
    const checking = Promise.resolve().then(() => options.check(options.databaseFile, { thorough: true, fallbackHere: false, signal: controller.signal, released: holdWorker }));
    const promise = Promise.race([checking, abandoned]).then((verdict) => {
      // The verdict of a file no longer open changes nothing: it was closed, replaced or refused meanwhile.
      if (stopped || at !== generation || options.target() !== checked) return null;
      const check = recordVerdict(verdict);
      if (!verdict.ok) options.damaged(checked, verdict.detail, trigger);
      return check;
    });
    running = { promise, controller, trigger };
    const done = () => {
      if (running?.promise === promise) running = null;
      arm();
    };
    promise.then(done, done);
    return promise;
  }

  function endRunning(reason: string): void {
    running?.controller.abort(new AppError('CANCELLED', reason));
    running = null;
  }

  arm();

  return {
    touch() {
      lastCallAt = clock();
      skipThisIdlePeriod = false;
      // A timer already set fires early at worst and sets itself again: no clearing on every call.
      if (timer === null) arm();
    },
    last: () => last,
    record(verdict) {
      recordVerdict(verdict);
      arm();
    },
    async runNow(signal, phase) {
      if (stopped) throw new AppError('UNAVAILABLE', 'Fieldbook is shutting down.');
      let work: Promise<DataCheck | null> | null = null;
      const stopWaiting = new Promise<never>((_, reject) => {
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => {
          // Ends the worker only when this request started it; an idle check already running goes on.
          if (work && running?.promise === work && running.trigger === 'manual') running.controller.abort(signal.reason);
          reject(signal.reason);
        });
      });
      let check: DataCheck | null;
      try {
        // A check let go of (Cancel) still has its worker reading the file until SQLite's step
        // returns: waiting for it, rather than joining it, because its verdict is gone with the
        // terminated thread and a second full check beside it would halve both on two cores.
        if (!running && workers.size > 0) {
          phase?.('finishing-previous');
          await Promise.race([whenIdle(), stopWaiting]);
          if (stopped) throw new AppError('UNAVAILABLE', 'Fieldbook is shutting down.');
        }
        phase?.('checking');
        work = running?.promise ?? start('manual');
        check = await Promise.race([work, stopWaiting]);
      } catch (error) {
        if (error instanceof CheckNotRunError) {
          throw new AppError('UNAVAILABLE', `Fieldbook could not start the data check (${error.message}). Nothing was changed; try again later.`);
        }
        throw error;
      }
      if (!check) throw new AppError('UNAVAILABLE', 'The data file is not open, so it could not be checked.');
      return check;
    },
    whenIdle,
    forget() {
      generation += 1;
      endRunning('The data file was replaced while it was being checked.');
      last = null;
      rmSync(recordFile, { force: true });
      arm();
    },
    stop() {
      stopped = true;
      clear();
      endRunning('Fieldbook is shutting down.');
      return writes;
    },
  };
}
