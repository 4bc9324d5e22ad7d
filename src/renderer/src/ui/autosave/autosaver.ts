/**
 * What a save's failure means for the text waiting to be stored:
 * - `retry`: a passing problem (main busy, disk hiccup); tried again after a short wait.
 * - `wait-for-change`: main refused this text (e.g. over a size limit); the same text would be
 *   refused again, so the next change tries.
 * - `stop`: saving can't go on (someone else changed the record); nothing more is sent.
 */
export type FailureKind = 'retry' | 'wait-for-change' | 'stop';

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: unknown; failure: FailureKind };

export interface AutosaveTiming {
  /** Saved this long after typing pauses. */
  pauseMs: number;
  /** ...and never later than this after the oldest unsaved change, however steady the typing. */
  maxWaitMs: number;
  /** A save that failed for a passing reason is tried again after this long. */
  retryMs: number;
}

/**
 * Every keystroke is on disk within a second: a pause saves after half a second, and steady
 * typing (which keeps postponing the pause) is saved at the latest 800 ms after its oldest
 * unsaved change, which leaves room for the write itself inside that second. A crash, a killed
 * renderer or a power cut runs no unload handler, so only these timers protect the text.
 */
export const AUTOSAVE_TIMING: AutosaveTiming = { pauseMs: 500, maxWaitMs: 800, retryMs: 2000 };

export interface AutosaverOptions<T> {
  /** Stores `value`; resolves once it is stored, rejects with what went wrong. */
  save: (value: T) => Promise<void>;
  /** How a failure is handled; every failure is retried when omitted. */
  classify?: (error: unknown) => FailureKind;
  onState?: (state: AutosaveState) => void;
  timing?: AutosaveTiming;
}

/**
 * Autosaves one text (or any value) for the whole app: check-in notes, checklist notes and
 * evidence, and whatever autosaves next. `update()` on every change; the value is saved on a
 * pause and at least once per `maxWaitMs` while changes keep coming. `flush()` saves at once
 * (blur, route change, page hide, editor closing).
 *
 * Saves never overlap and always send the newest value: a change made while a save is in flight
 * is sent right after it, so an older value can never land after a newer one. A failed save
 * keeps the value pending; nothing typed is dropped because a save failed.
 */
export class Autosaver<T> {
  private value: T;
  private dirty = false;
  /** When the oldest change not yet sent was made (null when nothing is waiting). */
  private oldestUnsentAt: number | null = null;
  private lastChangeAt = 0;
  /** After a passing failure, no save before this time (typing must not hammer a failing store). */
  private notBefore = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private disposed = false;
  private readonly timing: AutosaveTiming;

  constructor(
    initial: T,
    private readonly options: AutosaverOptions<T>,
  ) {
    this.value = initial;
    this.timing = options.timing ?? AUTOSAVE_TIMING;
  }

  /** True when everything changed is stored: nothing pending, in flight or refused, and saving not stopped. */
  get isSettled(): boolean {
    return !this.dirty && !this.stopped && this.inFlight === null;
  }

  /** The latest value, saved or not. */
  get current(): T {
    return this.value;
  }

  update(value: T): void {
    this.value = value;
    if (this.stopped) return;
    this.markDirty(Date.now());
    this.options.onState?.({ kind: 'unsaved' });
    this.arm();
  }

  /** Marks the current value as needing a save even though it did not change (e.g. to create the record). */
  touch(): void {
    if (this.stopped || this.dirty || this.inFlight) return;
    this.markDirty(Date.now());
  }

  /** Saves the current value now (if anything changed) and resolves once it is stored or the save failed. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight.then(() => (this.dirty && !this.stopped ? this.flush() : undefined));
    if (!this.dirty || this.stopped) return Promise.resolve();
    const value = this.value;
    const oldest = this.oldestUnsentAt;
    this.dirty = false;
    this.oldestUnsentAt = null;
    this.options.onState?.({ kind: 'saving' });
    this.inFlight = this.options.save(value).then(
      () => {
        this.inFlight = null;
        this.notBefore = 0;
        this.options.onState?.(this.dirty ? { kind: 'unsaved' } : { kind: 'saved' });
        if (this.dirty) this.arm();
      },
      (error: unknown) => {
        this.inFlight = null;
        const failure = this.options.classify?.(error) ?? 'retry';
        if (failure === 'stop') {
          this.stopped = true;
          this.dirty = false;
          this.options.onState?.({ kind: 'failed', error, failure });
          return;
        }
        // Still waiting to be stored. A passing failure keeps its age and is tried again after
        // retryMs; refused text waits for the next change, timed from that change.
        this.dirty = true;
        this.options.onState?.({ kind: 'failed', error, failure });
        if (failure === 'retry') {
          this.oldestUnsentAt = Math.min(oldest ?? Date.now(), this.oldestUnsentAt ?? Infinity);
          this.notBefore = Date.now() + this.timing.retryMs;
          this.schedule(this.timing.retryMs);
        }
      },
    );
    return this.inFlight;
  }

  /** Stops the timers; call flush() first to keep what is pending. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private markDirty(at: number): void {
    this.dirty = true;
    this.lastChangeAt = at;
    this.oldestUnsentAt ??= at;
  }

  /** Sets the timer for the earlier of "typing paused" and "the oldest change has waited long enough". */
  private arm(): void {
    if (this.inFlight) return; // the save in flight re-arms when it ends
    const due = Math.min(this.lastChangeAt + this.timing.pauseMs, (this.oldestUnsentAt ?? this.lastChangeAt) + this.timing.maxWaitMs);
    this.schedule(Math.max(0, Math.max(due, this.notBefore) - Date.now()));
  }

  private schedule(ms: number): void {
    this.clearTimer();
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
