import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { events } from '../../src/shared/ipc/contract';
import type { OperationProgress } from '../../src/shared/ipc/long-operation';
import { feedbackHandlers } from '../../src/main/feedback/handlers';
import { createRequest } from '../../src/main/feedback/requests';
import { createEmit } from '../../src/main/operations/emit';
import { createOperations } from '../../src/main/operations/long-operation';
import { startRuntime } from '../../src/main/runtime';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';
import { createTestStore, scriptedDialogs, testContext, testRuntimeOptions, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';

const OP = '0b8f4d0e-5c1a-4e7b-9a3d-2f6e8c1b7a40';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

function seedRequests(n: number, store = t.store) {
  const acme = account(store, 'Acme', 100_000);
  for (let i = 0; i < n; i++) createRequest(store, acme.id, pdfRequest({ request: `Request ${i}: ${'long words '.repeat(40)}` }), NOW);
}

describe('emitting an event', () => {
  it('sends a payload that keeps to its declared schema on the declared channel', () => {
    const sent: [string, unknown][] = [];
    const emit = createEmit((channel, payload) => sent.push([channel, payload]), true);
    emit(events.operationProgress, { operationId: OP, done: 1, total: 2, phase: 'Writing the file' });
    expect(sent).toEqual([['operations:progress', { operationId: OP, done: 1, total: 2, phase: 'Writing the file' }]]);
  });

  it('refuses, in development and tests, a payload outside the contract, and sends nothing', () => {
    const sent: unknown[] = [];
    const emit = createEmit((_c, payload) => sent.push(payload), true);
    const bad = { operationId: 'not-a-uuid', done: -1, total: 2, phase: '' };
    expect(() => emit(events.operationProgress, bad)).toThrow(/operations:progress payload is outside its contract/);
    expect(sent).toEqual([]);
  });
});

describe('a long operation', () => {
  it('reports progress under its id and stops being cancellable once finished', async () => {
    const sent: OperationProgress[] = [];
    const operations = createOperations(createEmit((_c, p) => sent.push(p as OperationProgress), true));
    const result = await operations.run(OP, async ({ progress }) => {
      for (let i = 0; i <= 1000; i++) progress(i, 1000, 'Counting');
      return 'finished';
    });
    expect(result).toBe('finished');
    // Thinned to about a hundred reports, always including the first and the last.
    expect(sent.length).toBeLessThanOrEqual(102);
    expect(sent[0]).toEqual({ operationId: OP, done: 0, total: 1000, phase: 'Counting' });
    expect(sent.at(-1)).toEqual({ operationId: OP, done: 1000, total: 1000, phase: 'Counting' });
    expect(operations.cancel(OP)).toBe(false);
  });

  it('is stopped by a cancel: the work sees its signal aborted and the caller hears CANCELLED', async () => {
    const operations = createOperations(createEmit(() => {}, true));
    let sawAbort = false;
    const running = operations.run(OP, async ({ signal }) => {
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      sawAbort = signal.aborted;
      signal.throwIfAborted();
    });
    expect(operations.cancel(OP)).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(sawAbort).toBe(true);
  });

  it('refuses a second operation under an id that is still running', async () => {
    const operations = createOperations(createEmit(() => {}, true));
    let release = () => {};
    const first = operations.run(OP, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(operations.run(OP, async () => {})).rejects.toMatchObject({ code: 'CONFLICT' });
    release();
    await first;
  });
});

describe('the feedback export as a long operation', () => {
  it('sends its progress to the page through the runtime, ending with the whole file written', async () => {
    const dataDir = join(t.dir, 'app');
    mkdirSync(dataDir);
    const sent: [string, OperationProgress][] = [];
    const runtime = startRuntime(
      testRuntimeOptions(dataDir, {
        dialogs: scriptedDialogs({ saveTo: (name) => join(t.dir, name) }),
        emit: (channel, payload) => sent.push([channel, payload as OperationProgress]),
        keyStore: memoryKeyStore(),
      }),
    );
    seedRequests(5, runtime.store!);
    const result = await runtime.invoke('feedback:exportInbox', 'app://fieldbook/', { format: 'json', query: {}, operationId: OP });
    await runtime.close();
    expect(result).toMatchObject({ ok: true, value: { status: 'saved', requestCount: 5 } });
    expect(sent.every(([channel, p]) => channel === 'operations:progress' && p.operationId === OP)).toBe(true);
    expect(sent.map(([, p]) => p.phase)).toContain('Collecting the feedback');
    const last = sent.at(-1)![1];
    expect(last.phase).toBe('Writing the file');
    expect(last.done).toBe(last.total);
  });

  /** Exports into an empty folder; `cancelWhen` sees each progress report and says when the user presses Cancel. */
  async function exportCancelledWhen(format: 'csv' | 'json', cancelWhen: (p: OperationProgress) => boolean) {
    const out = join(t.dir, 'out');
    mkdirSync(out);
    let cancelledAt: OperationProgress | null = null;
    const ctx = testContext(t, NOW, scriptedDialogs({ saveTo: (name) => join(out, name) }), memoryKeyStore(), (_c, p) => {
      const progress = p as OperationProgress;
      if (!cancelledAt && cancelWhen(progress)) {
        cancelledAt = progress;
        ctx.operations.cancel(OP);
      }
    });
    const result = await feedbackHandlers.exportInbox(ctx, { format, query: {}, operationId: OP });
    return { result, cancelledAt, files: readdirSync(out) };
  }

  it('cancelled while it collects the feedback, leaves no file (and no temp file) in the folder', async () => {
    seedRequests(30);
    const { result, cancelledAt, files } = await exportCancelledWhen('csv', () => true);
    expect(cancelledAt).toMatchObject({ phase: 'Collecting the feedback' });
    expect(result).toEqual({ status: 'cancelled' });
    expect(files).toEqual([]);
  });

  it('cancelled in the middle of writing, leaves no file either', async () => {
    // Enough to take several chunks to write.
    seedRequests(250);
    const { result, cancelledAt, files } = await exportCancelledWhen(
      'json',
      (p) => p.phase === 'Writing the file' && p.done > 0 && p.done < (p.total ?? 0),
    );
    expect(cancelledAt).not.toBeNull();
    expect(result).toEqual({ status: 'cancelled' });
    expect(files).toEqual([]);
  });

  it('failing to write, says so and leaves no file or temp file behind', async () => {
    seedRequests(3);
    const out = join(t.dir, 'out');
    mkdirSync(out);
    // The chosen name is taken by a folder: the final rename fails.
    mkdirSync(join(out, 'feedback-2026-11-25.csv'));
    const ctx = testContext(t, NOW, scriptedDialogs({ saveTo: (name) => join(out, name) }));
    await expect(feedbackHandlers.exportInbox(ctx, { format: 'csv', query: {}, operationId: OP })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('Nothing was saved'),
    });
    expect(readdirSync(out)).toEqual(['feedback-2026-11-25.csv']);
    expect(readdirSync(join(out, 'feedback-2026-11-25.csv'))).toEqual([]);
  });

  it('answers a cancel for an operation that is not running with cancelled: false', async () => {
    const ctx = testContext(t);
    mkdirSync(join(t.dir, 'rt'));
    const runtime = startRuntime(testRuntimeOptions(join(t.dir, 'rt')));
    expect(await runtime.invoke('operations:cancel', 'app://fieldbook/', { operationId: OP })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await runtime.invoke('operations:cancel', 'app://fieldbook/', { operationId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(ctx.operations.cancel(OP)).toBe(false);
    await runtime.close();
  });
});
