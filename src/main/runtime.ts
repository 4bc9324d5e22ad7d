import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { accessOf } from '../shared/ipc/access';
import { listOperations, type Domain } from '../shared/ipc/contract';
import { fail, type Envelope } from '../shared/ipc/envelope';
import type { Operation } from '../shared/ipc/operation';
import type { AppStatus } from '../shared/settings/schema';
import { accountHandlers } from './accounts/handlers';
import { checklistHandlers } from './checklist/handlers';
import { contactHandlers } from './contacts/handlers';
import type { MainContext } from './context';
import { StoreUnavailableError } from './db/errors';
import { feedbackHandlers } from './feedback/handlers';
import { damagedMessage, DATABASE_FILE_NAME, openDatabase, openForLaunch } from './db/open';
import { checkIntegrityOffThread, type IntegrityChecker } from './db/integrity-check';
import { markClosedCleanly, markInUse } from './db/clean-shutdown';
import { closeWithoutCheckpoint, createDataChecker, refuseFurtherWrites, type DataCheckTimers } from './db/idle-check';
import { createStore, type Store } from './db/store';
import type { Dialogs } from './edge-ports/dialogs';
import { unavailableKeyStore, type KeyStore } from './edge-ports/key-store';
import { AppError } from './ipc/app-error';
import { handle, type Handler, type Invoke } from './ipc/handle';
import type { DomainHandlers } from './ipc/handlers-type';
import { createSenderCheck } from './ipc/sender';
import { appHandlers } from './settings/app-handlers';
import { settingsHandlers } from './settings/handlers';
import { taskHandlers } from './tasks/handlers';
import { checkinHandlers } from './checkins/handlers';
import { searchHandlers } from './search/handlers';
import { auditHandlers } from './audit/handlers';
import { keyHandlers } from './licenses/key-handlers';
import { licenseHandlers } from './licenses/handlers';
import { healthHandlers } from './health/handlers';
import { todayHandlers } from './today/handlers';
import { qbrHandlers } from './qbr/handlers';
import { evaluateBook } from './health/service';
import { announceAlerts } from './health/refresh';
import { createHealthScheduler } from './health/scheduler';
import { createEmit, type EmitSink } from './operations/emit';
import { operationHandlers } from './operations/handlers';
import { createOperations, isCancelled } from './operations/long-operation';
import { sessionHandlers } from './session/handlers';
import { lifecycleHandlers } from './lifecycle/handlers';
import { growthHandlers } from './growth/handlers';
import { actingPerson } from './settings/actor';
import { blockerHandlers } from './blockers/handlers';
import { handoverHandlers } from './handover/handlers';
import { createBackups, defaultBackupFolder } from './backups/service';
import { backupHandlers } from './backups/handlers';
import { recoveryHandlers } from './backups/recovery-handlers';
import { everythingHandlers } from './everything/handlers';
import { crmImportHandlers } from './crm-import/handlers';
import { bundleHandlers } from './bundles/handlers';
import { getSettings } from './settings/service';
import { events } from '../shared/ipc/contract';

export interface RuntimeOptions {
  dataDir: string;
  dialogs: Dialogs;
  reveal: (path: string) => void;
  /** URLs of the app's own page; IPC from anything else is refused. */
  appUrls: readonly string[];
  validateOutput: boolean;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
  /** Protects the license-signing key; without one, licenses verify but signing is refused. */
  keyStore?: KeyStore;
  /** Where `ctx.emit` sends events: the windows in Electron, the page in e2e; dropped without one. */
  emit?: EmitSink;
  /** Back up at start when the newest backup is a day old (default true; some unit tests turn it off). */
  automaticBackups?: boolean;
  /** The OS's locale with its region (Electron's `app.getSystemLocale()`); Node's default locale without one. */
  systemLocale?: () => string;
  /** Runs the data file's integrity check off main's thread (default: a worker thread); tests hold its answer. */
  checkIntegrity?: IntegrityChecker;
  /** The thorough check while idle (src/main/db/idle-check.ts): how long idle, how often, whose timers; tests shorten them. */
  dataCheck?: { idleMs?: number; everyMs?: number; timers?: DataCheckTimers };
}

export interface Runtime {
  readonly status: AppStatus;
  readonly channels: readonly string[];
  /** The store, when it opened (tests and benchmarks reach past IPC with it); a new one after `reopen`. */
  readonly store: Store | null;
  invoke(channel: string, senderUrl: string | null | undefined, input: unknown): Promise<Envelope<unknown>>;
  /**
   * Closes the store and opens the data file again (restore from a backup, recovery). Calls in
   * flight finish on the old store first; calls made meanwhile wait and then see the new one.
   * `whileClosed` runs with the file closed (to put a backup in its place). A handler must not
   * await this for itself: it would wait for its own call to finish.
   */
  reopen(whileClosed?: () => void | Promise<void>): Promise<AppStatus>;
  /**
   * Settles once the data file opened at launch has its integrity verdict: writable on "ok", the
   * recovery screen's status on damage. Until then reads are answered from a read-only
   * connection and every write waits, unstarted (see `gateWrite` in `startRuntime`).
   */
  readonly verified: Promise<AppStatus>;
  /** Waits for calls in flight, then closes the database. */
  close(): Promise<void>;
}

/**
 * Main's whole back end without Electron: opens the data file, builds every handler from the
 * contract and answers calls. The Electron edge and the end-to-end fixture both run this.
 */
export function startRuntime(options: RuntimeOptions): Runtime {
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME);
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message, error) => console.error(`[fieldbook] ${message}`, error));

  let sqlite: Database | null = null;
  let store: Store | null = null;
  let status: AppStatus = { state: 'ready' };
  const open = () => {
    sqlite = null;
    store = null;
    status = { state: 'ready' };
    try {
      sqlite = openDatabase(databaseFile, { now });
      store = createStore(sqlite);
    } catch (error) {
      const reason = error instanceof StoreUnavailableError ? error.message : `Fieldbook could not open its data file: ${(error as Error).message}`;
      status = { state: 'unavailable', reason, databaseFile, problem: error instanceof StoreUnavailableError ? error.kind : 'unreadable' };
      log('data file unavailable', error);
    }
  };
  const backups = createBackups({ dataDir: options.dataDir, databaseFile, now });
  // Work main does on its own (the start backup): a reopen or close waits for it like a call.
  const background = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    background.add(work);
    void work.finally(() => background.delete(work));
  };
  const backupFolder = (): string => {
    const chosen = store ? getSettings(store, () => {}).backupFolder : '';
    return chosen || defaultBackupFolder(options.dataDir);
  };
  const startedAt = now();
  const backUpAtStart = () => {
    if (!sqlite || options.automaticBackups === false) return;
    const db: Database = sqlite;
    track(backups.atStart(db, backupFolder(), startedAt).catch((error: unknown) => log('backup at start failed', error)));
  };
  // Launch: the integrity check of an existing book runs on a worker thread after the window
  // is up. Until its verdict the store is a read-only connection (reads answer at once, a write
  // can't reach the file) and every operation declared 'write' waits for the verdict before it
  // starts (`gateWrite`, with src/shared/ipc/access.ts).
  let awaitingCheck: Database | null = null;
  try {
    const launched = openForLaunch(databaseFile, { now });
    if (launched.kind === 'open') sqlite = launched.db;
    else sqlite = awaitingCheck = launched.readOnly;
    store = createStore(sqlite);
  } catch (error) {
    const reason = error instanceof StoreUnavailableError ? error.message : `Fieldbook could not open its data file: ${(error as Error).message}`;
    status = { state: 'unavailable', reason, databaseFile, problem: error instanceof StoreUnavailableError ? error.kind : 'unreadable' };
    log('data file unavailable', error);
  }
  // After the open, which made the data folder on a first start.
  const { uncleanBefore } = markInUse(databaseFile);
  if (!awaitingCheck) backUpAtStart();
  const currentStore = (): Store => {
    if (!store) throw new AppError('UNAVAILABLE', status.state === 'unavailable' ? status.reason : 'The data file is closed.');
    return store;
  };

  const emit = createEmit(options.emit ?? (() => {}), options.validateOutput);
  const operations = createOperations(emit);

  const ctx: MainContext = {
    // Getters: a handler always reaches the store that is open now (see `reopen`).
    get store(): Store {
      return currentStore();
    },
    get actor() {
      return actingPerson(currentStore());
    },
    now,
    systemLocale: options.systemLocale ?? (() => Intl.DateTimeFormat().resolvedOptions().locale),
    dialogs: options.dialogs,
    keyStore: options.keyStore ?? unavailableKeyStore('This copy of Fieldbook was started without a key store, so it cannot sign licenses. It can still verify them.'),
    dataDir: options.dataDir,
    databaseFile,
    reveal: options.reveal,
    emit,
    operations,
    backups,
    backupFolder,
    appStatus: () => status,
    dataCheck: {
      last: () => dataChecker.last(),
      runNow: (signal, phase) => dataChecker.runNow(signal, phase),
      whenIdle: () => dataChecker.whenIdle(),
    },
    replaceData: (whileClosed, reason) => {
      // Not awaited: the reopen waits for calls in flight, the caller's own among them.
      void reopen(whileClosed).then(
        () => emit(events.dataReplaced, { reason }),
        (error: unknown) => log('reopening the data file failed', error),
      );
    },
  };

  const handlers: { [D in Domain]: DomainHandlers<D> } = {
    // Until the launch check's verdict the page is told the book is being checked (its changes wait).
    app: appHandlers(() => (gateOpen || status.state !== 'ready' ? status : { ...status, checking: true })),
    settings: settingsHandlers,
    accounts: accountHandlers,
    contacts: contactHandlers,
    tasks: taskHandlers,
    checkins: checkinHandlers,
    search: searchHandlers,
    checklist: checklistHandlers,
    feedback: feedbackHandlers,
    licenses: licenseHandlers,
    keys: keyHandlers,
    audit: auditHandlers,
    health: healthHandlers,
    today: todayHandlers,
    qbr: qbrHandlers,
    operations: operationHandlers,
    session: sessionHandlers,
    blockers: blockerHandlers,
    handover: handoverHandlers,
    backups: backupHandlers,
    recovery: recoveryHandlers,
    everything: everythingHandlers,
    crmImport: crmImportHandlers,
    bundles: bundleHandlers,
    lifecycle: lifecycleHandlers,
    growth: growthHandlers,
  };

  // Settles when the launch check has answered and the store is writable (or unavailable).
  // `gateOpen` is the same fact as a boolean, so a write after the verdict (every write but the
  // first few seconds' worth) goes straight to its handler without an await.
  let gateOpen = false;
  let verdictIn: () => void = () => {};
  const verdictGate = new Promise<void>((resolve) => (verdictIn = resolve)).then(() => {
    gateOpen = true;
  });
  if (!awaitingCheck) {
    gateOpen = true;
    verdictIn();
  }
  const refusedUnverified = () =>
    new AppError(
      'UNAVAILABLE',
      status.state === 'unavailable' ? status.reason : 'Fieldbook could not finish checking its data file, so it is open for reading only. Restart Fieldbook to make changes.',
    );
  // After the verdict: the writable store, or none (damage). Still the read-only one only when
  // the check itself failed to run (logged), and then nothing may write.
  const writableAfterVerdict = () => store !== null && !store.sqlite.readonly;
  /** Settles on the verdict, or rejects with the signal's reason once it is aborted (a Cancel). */
  const verdictOrCancel = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const cancelled = () => reject(signal.reason as Error);
      signal.addEventListener('abort', cancelled, { once: true });
      void verdictGate.then(() => {
        signal.removeEventListener('abort', cancelled);
        resolve();
      });
    });
  /**
   * A `'write'` operation (src/shared/ipc/access.ts) waits for the launch check's verdict BEFORE
   * its handler starts: nothing it does — a dialog, a file written, a pack folder made — happens
   * on a book that may turn out damaged, and nothing is run twice. On damage it is refused with
   * the recovery screen's reason. A long operation (its input carries an `operationId`) waits as
   * that operation: its progress bar says why it waits, and its Cancel ends the wait, the call
   * answering as the operation does when cancelled (`{ status: 'cancelled' }`).
   */
  /** Long writes waiting at the gate, by operation id: a quit cancels them rather than letting them start. */
  const waitingAtGate = new Set<string>();
  const gateWrite = (op: Operation, handler: Handler<MainContext, Operation>): Handler<MainContext, Operation> => {
    const afterVerdict: Handler<MainContext, Operation> = (c, input) => {
      // A quit that began while it waited: no dialog with no window behind it, no write during shutdown.
      if (closed) throw new AppError('UNAVAILABLE', 'Fieldbook is shutting down.');
      if (!writableAfterVerdict()) throw refusedUnverified();
      return handler(c, input);
    };
    return (c, input) => {
      // After the verdict: straight to the handler — unless the check could not run, when the
      // store stayed read-only and a write is refused before it shows a dialog or writes a file.
      if (gateOpen) return writableAfterVerdict() || !store ? handler(c, input) : afterVerdict(c, input);
      const operationId = (input as { operationId?: unknown } | undefined)?.operationId;
      if (typeof operationId !== 'string') return verdictGate.then(() => afterVerdict(c, input));
      waitingAtGate.add(operationId);
      const waited = operations
        .run(operationId, async ({ signal, progress }) => {
          progress(0, null, 'Checking the data file first');
          await verdictOrCancel(signal);
        })
        .finally(() => waitingAtGate.delete(operationId));
      return waited.then(
        () => afterVerdict(c, input),
        (error: unknown) => {
          const cancelled = isCancelled(error) ? op.output.safeParse({ status: 'cancelled' }) : null;
          if (cancelled?.success) return cancelled.data;
          throw error;
        },
      );
    };
  };
  /**
   * A `'read'` runs at once, on the read-only connection while the check runs. The fallback for
   * a read that writes lazily — `checklist:open` lays out a checklist the first time one is
   * opened (or when its template grew) — is the retry: SQLite's "readonly database" refusal
   * means nothing reached the file, so the read waits for the verdict and runs again on the
   * writable store (or is refused on damage). Such a read has no side effect before its write.
   * After the verdict every store is writable, so a read goes straight to its handler.
   */
  const retryReadOnRefusal = (handler: Handler<MainContext, Operation>): Handler<MainContext, Operation> => {
    const retrying: Handler<MainContext, Operation> = async (c, input) => {
      const readOnlyAtStart = store?.sqlite.readonly === true;
      try {
        return await handler(c, input);
      } catch (error) {
        if (!readOnlyAtStart || (error as { code?: unknown }).code !== 'SQLITE_READONLY') throw error;
        await verdictGate;
        if (!writableAfterVerdict()) throw refusedUnverified();
        return handler(c, input);
      }
    };
    return (c, input) => (gateOpen ? handler(c, input) : retrying(c, input));
  };

  const isTrustedSender = createSenderCheck(options.appUrls);
  const invokers = new Map<string, Invoke>();
  for (const { domain, method, op } of listOperations()) {
    const handler = (handlers as unknown as Record<string, Record<string, Handler<MainContext, Operation>>>)[domain]?.[method];
    if (!handler) throw new Error(`No handler for ${op.channel}`);
    const access = accessOf(domain, method);
    if (!access) throw new Error(`No access declared for ${op.channel} (src/shared/ipc/access.ts)`);
    const held = access === 'write' ? gateWrite(op, handler) : retryReadOnRefusal(handler);
    invokers.set(op.channel, handle(op, () => ctx, held, { isTrustedSender, validateOutput: options.validateOutput, log }));
  }

  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  // The gate: while set, a reopen is under way and new calls wait for it before they start.
  let reopening: Promise<unknown> | null = null;

  // SLA breaches and date-based triggers come due while nobody writes: one timer for the next such moment.
  const scheduler = createHealthScheduler({ store: () => (closed ? null : store), now, announce: (raised) => announceAlerts(ctx, raised), log });
  // Writes that can open, answer or remove an escalation (or archive, import, replace an account) move the next due moment.
  const reschedulingDomains = new Set<string>(['lifecycle', 'health', 'accounts', 'bundles', 'crmImport', 'everything']);

  // Dates move while the app is closed (renewals come closer, overrides expire): every account's
  // health and triggers are evaluated once the store opens, after the current task so the window paints first.
  const evaluateSoon = () =>
    setTimeout(() => {
      if (closed || !store) return;
      try {
        announceAlerts(ctx, evaluateBook(store, now()).raised);
      } catch (error) {
        log('health evaluation at start failed', error);
      }
      scheduler.reschedule();
    }, 0);
  if (!awaitingCheck) evaluateSoon();

  const checkIntegrity = options.checkIntegrity ?? checkIntegrityOffThread;
  // The full check while the window sits idle, once a day; damage found takes the same path as at launch.
  const dataChecker = createDataChecker({
    ...options.dataCheck,
    databaseFile,
    check: checkIntegrity,
    now,
    log,
    recorded: (check) => emit(events.dataChecked, check),
    target: () => (!closed && !reopening && sqlite?.open && !sqlite.readonly ? sqlite : null),
    damaged: (checked, detail, trigger) => {
      if (sqlite !== checked) return;
      refuseFurtherWrites(checked);
      sqlite = null;
      store = null;
      const foundBy = trigger === 'idle' ? 'The daily full check of your data, run while Fieldbook sat idle, found damage.' : 'The check of your data file found damage.';
      status = { state: 'unavailable', reason: `${foundBy} ${damagedMessage(databaseFile, detail)}`, databaseFile, problem: 'damaged' };
      log(`data file damaged (${trigger} check)`, new Error(detail));
      track(Promise.allSettled([...inFlight]).then(() => closeWithoutCheckpoint(checked, databaseFile)));
      emit(events.dataReplaced, { reason: 'damaged' });
    },
  });
  /** The launch check's verdict: the writable store on "ok", the recovery screen on damage. */
  const verify = async (readOnly: Database): Promise<AppStatus> => {
    // After an unclean shutdown the full check (every index against its table), else the quick one.
    // A full check that found damage last time (the app was quit on the recovery screen) is run again.
    const thorough = uncleanBefore || dataChecker.last()?.ok === false;
    const verdict = await checkIntegrity(databaseFile, { thorough, released: (exited) => track(exited) });
    // A reopen (restore, recovery) only starts after this settles; a quit during the check lets it
    // finish, so the start backup a clean start makes is still made.
    // A connection closed behind the runtime's back (the e2e fixture's hard crash) ends it too.
    if (sqlite !== readOnly || !readOnly.open) {
      verdictIn();
      return status;
    }
    if (thorough) dataChecker.record(verdict);
    if (verdict.ok) {
      try {
        sqlite = openDatabase(databaseFile, { now, verified: true });
        store = createStore(sqlite);
      } catch (error) {
        sqlite = null;
        store = null;
        const reason = error instanceof StoreUnavailableError ? error.message : `Fieldbook could not open its data file: ${(error as Error).message}`;
        status = { state: 'unavailable', reason, databaseFile, problem: error instanceof StoreUnavailableError ? error.kind : 'unreadable' };
        log('data file unavailable', error);
      }
    } else {
      sqlite = null;
      store = null;
      status = { state: 'unavailable', reason: damagedMessage(databaseFile, verdict.detail), databaseFile, problem: 'damaged' };
      log('data file unavailable', new Error(verdict.detail));
    }
    verdictIn();
    // Calls that began on the read-only connection finish on it before it closes.
    track(Promise.allSettled([...inFlight]).then(() => readOnly.close()));
    if (store) {
      backUpAtStart();
      evaluateSoon();
      emit(events.launchChecked, {});
    } else {
      emit(events.dataReplaced, { reason: 'damaged' });
    }
    return status;
  };
  const verified: Promise<AppStatus> = awaitingCheck
    ? verify(awaitingCheck).catch((error: unknown) => {
        log('integrity check at start failed', error);
        verdictIn();
        // The page drops its "Checking…" line; a change is refused as read-only from here on.
        emit(events.launchChecked, {});
        return status;
      })
    : Promise.resolve(status);
  track(verified);

  function reopen(whileClosed?: () => void | Promise<void>): Promise<AppStatus> {
    // Other data takes the file's place: a check under way is ended (a call waiting on it with it), its record dropped.
    dataChecker.forget();
    // Its worker keeps the file open until SQLite's step returns: the file is replaced only after.
    track(dataChecker.whenIdle());
    const previous = reopening ?? Promise.resolve();
    const run = previous.then(async () => {
      await Promise.allSettled([...inFlight, ...background]);
      scheduler.pause();
      sqlite?.close();
      sqlite = null;
      store = null;
      try {
        await whileClosed?.();
      } finally {
        open();
        evaluateSoon();
      }
      return status;
    });
    const gate = run.catch(() => undefined);
    reopening = gate;
    void gate.then(() => {
      if (reopening === gate) reopening = null;
    });
    return run;
  }

  return {
    get status() {
      return status;
    },
    channels: [...invokers.keys()],
    get store() {
      return store;
    },
    invoke(channel, senderUrl, input) {
      const invoker = invokers.get(channel);
      if (!invoker) return Promise.resolve(fail({ code: 'INVALID_INPUT', message: `Unknown operation "${String(channel)}".` }));
      if (closed) return Promise.resolve(fail({ code: 'UNAVAILABLE', message: 'Fieldbook is shutting down.' }));
      dataChecker.touch();
      const start = () => {
        const call = invoker(senderUrl, input);
        inFlight.add(call);
        void call.finally(() => {
          inFlight.delete(call);
          if (reschedulingDomains.has(channel.slice(0, channel.indexOf(':')))) scheduler.reschedule();
        });
        return call;
      };
      // A call waiting at the gate is not in flight yet, so a reopen never waits for it.
      return reopening ? reopening.then(start) : start();
    },
    reopen,
    verified,
    async close() {
      closed = true;
      for (const operationId of waitingAtGate) operations.cancel(operationId);
      scheduler.stop();
      const checkRecorded = dataChecker.stop();
      // The check's worker thread lets go of the file (a quit is the same as a reopen for it).
      track(dataChecker.whenIdle());
      await reopening;
      // Until none is left: the launch check's verdict starts the start backup, tracked as well.
      while (inFlight.size > 0 || background.size > 0) await Promise.allSettled([...inFlight, ...background]);
      sqlite?.close();
      await checkRecorded;
      markClosedCleanly(databaseFile);
    },
  };
}

