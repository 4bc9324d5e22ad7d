import type { CheckinNote, NoteDraft, SaveNoteInput } from '../../../shared/checkins/schema';
import { ApiError } from '../api/client';

export type SaveState =
  | { kind: 'new' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string };

/** How long after the last keystroke a draft is saved: well under the second the issue allows. */
export const AUTOSAVE_DELAY_MS = 700;
const RETRY_DELAY_MS = 3000;

/**
 * Autosaves one note. Every change restarts a short timer; `flush()` saves at once (on blur,
 * tab or route change, page hide, quit). Saves never overlap: a change made while one is in
 * flight is saved right after it, based on the revision it returned, so the note's revision
 * only ever moves forward and a stale window can't overwrite newer text.
 */
export class DraftSaver {
  private draft: NoteDraft;
  private dirty = false;
  private revision: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private conflicted = false;
  private disposed = false;

  constructor(
    private readonly note: { id: string; accountId: string },
    initial: { draft: NoteDraft; revision: number },
    private readonly save: (input: SaveNoteInput) => Promise<CheckinNote>,
    private readonly onState: (state: SaveState) => void,
  ) {
    this.draft = initial.draft;
    this.revision = initial.revision;
  }

  get savedRevision(): number {
    return this.revision;
  }

  /** True when everything typed is stored: nothing pending, in flight, refused or in conflict. */
  get isSettled(): boolean {
    return !this.dirty && !this.conflicted && this.inFlight === null;
  }

  update(draft: NoteDraft): void {
    this.draft = draft;
    if (this.conflicted) return;
    this.dirty = true;
    this.onState({ kind: 'unsaved' });
    this.schedule(AUTOSAVE_DELAY_MS);
  }

  /** Saves what is typed now (if anything changed) and resolves when it is stored. */
  flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight.then(() => (this.dirty ? this.flush() : undefined));
    if (!this.dirty || this.conflicted) return Promise.resolve();
    this.dirty = false;
    const draft = this.draft;
    this.onState({ kind: 'saving' });
    this.inFlight = this.save({ id: this.note.id, accountId: this.note.accountId, baseRevision: this.revision, draft }).then(
      (saved) => {
        this.inFlight = null;
        this.revision = saved.revision;
        this.onState(this.dirty ? { kind: 'unsaved' } : { kind: 'saved', at: saved.updatedAt });
        if (this.dirty) this.schedule(AUTOSAVE_DELAY_MS);
      },
      (error: unknown) => {
        this.inFlight = null;
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          this.conflicted = true;
          this.onState({ kind: 'conflict', message: error.message });
          return;
        }
        // Kept dirty: nothing typed is dropped because a save failed. Input main refuses (e.g. a
        // note over the size limit) won't pass on a retry; the next change tries again.
        this.dirty = true;
        this.onState({ kind: 'error', message: (error as Error).message });
        if (!(error instanceof ApiError && error.code === 'INVALID_INPUT')) this.schedule(RETRY_DELAY_MS);
      },
    );
    return this.inFlight;
  }

  /** Makes sure the note exists in the book (e.g. before an action item is added to it). */
  ensureSaved(): Promise<void> {
    if (this.revision === 0 && !this.inFlight) this.dirty = true;
    return this.flush();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
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
