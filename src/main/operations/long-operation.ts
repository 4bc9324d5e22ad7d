import { events } from '../../shared/ipc/contract';
import { AppError } from '../ipc/app-error';
import type { Emit } from './emit';

/** What a long operation's work gets: a signal to stop at, and a way to say how far it is. */
export interface LongOperation {
  /** Aborted when the renderer cancels; its reason is a CANCELLED AppError. */
  readonly signal: AbortSignal;
  /** Reports progress; sent as an `operationProgress` event (thinned so a tight loop doesn't flood IPC). */
  progress(done: number, total: number | null, phase: string): void;
}

export interface Operations {
  /**
   * Runs `work` as the long operation `operationId` (made up by the renderer and passed with
   * the call). Without an id the work still gets a signal but reports nothing and can't be
   * cancelled. Work that stops on the signal must leave nothing behind (the files module's
   * atomic writer removes its temp file).
   */
  run<T>(operationId: string | undefined, work: (op: LongOperation) => Promise<T>): Promise<T>;
  /** Cancels a running operation; false when none runs under that id. */
  cancel(operationId: string): boolean;
}

export const cancelledError = () => new AppError('CANCELLED', 'Cancelled. Nothing was saved.');

export const isCancelled = (error: unknown): boolean => error instanceof AppError && error.code === 'CANCELLED';

/** Reports at most about a hundred steps per phase, plus every phase change and the last step. */
function thinned(report: (done: number, total: number | null, phase: string) => void): LongOperation['progress'] {
  let last: { done: number; phase: string } | null = null;
  return (done, total, phase) => {
    const step = total ? Math.max(1, Math.floor(total / 100)) : 1;
    if (last && last.phase === phase && done !== total && done - last.done < step) return;
    last = { done, phase };
    report(done, total, phase);
  };
}

export function createOperations(emit: Emit): Operations {
  const running = new Map<string, AbortController>();
  return {
    async run(operationId, work) {
      const controller = new AbortController();
      if (operationId !== undefined) {
        if (running.has(operationId)) throw new AppError('CONFLICT', 'An operation with this id is already running.');
        running.set(operationId, controller);
      }
      const progress = thinned((done, total, phase) => {
        if (operationId !== undefined) emit(events.operationProgress, { operationId, done, total, phase });
      });
      try {
        return await work({ signal: controller.signal, progress });
      } catch (error) {
        // Whatever the work threw after a cancel (an fs error from a half-closed file, say),
        // the caller hears "cancelled", which is what the user did.
        if (controller.signal.aborted) throw cancelledError();
        throw error;
      } finally {
        if (operationId !== undefined) running.delete(operationId);
      }
    },
    cancel(operationId) {
      const controller = running.get(operationId);
      if (!controller) return false;
      controller.abort(cancelledError());
      return true;
    },
  };
}
