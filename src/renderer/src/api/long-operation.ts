import { useCallback, useRef, useState } from 'react';
import type { OperationProgress } from '../../../shared/ipc/long-operation';
import { api, call } from './client';
import { useMainEvent } from './events';

export interface LongOperationState {
  /** True while a call started by `run` is in flight. */
  running: boolean;
  /** The latest progress main reported for it (null before the first report). */
  progress: OperationProgress | null;
  /** Starts the call, handing it a fresh operation id to pass in its input. */
  run<T>(start: (operationId: string) => Promise<T>): Promise<T>;
  /** Asks main to stop; the call then settles as cancelled. */
  cancel(): void;
}

/**
 * The renderer's half of a long operation (main's half: src/main/operations/long-operation.ts):
 * makes up the operation id, follows the progress events for it, and cancels it.
 */
export function useLongOperation(): LongOperationState {
  const [progress, setProgress] = useState<OperationProgress | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);

  useMainEvent('operationProgress', (p) => {
    if (p.operationId === current.current) setProgress(p);
  });

  const run = useCallback(async <T,>(start: (operationId: string) => Promise<T>): Promise<T> => {
    const operationId = crypto.randomUUID();
    current.current = operationId;
    setProgress(null);
    setRunning(true);
    try {
      return await start(operationId);
    } finally {
      current.current = null;
      setRunning(false);
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => {
    const operationId = current.current;
    if (operationId) void call(api().operations.cancel({ operationId })).catch(() => {});
  }, []);

  return { running, progress, run, cancel };
}
