import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions, scriptedDialogs } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { accountFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
let dir: string;
let saveTo: string;
const runtimes: Runtime[] = [];
type Progress = { operationId: string; done: number; total: number | null; phase: string };
let progress: Progress[];
let onProgress: (p: Progress) => void;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-everything-stream-'));
  saveTo = join(dir, 'everything.json');
  progress = [];
  onProgress = () => {};
});
afterEach(async () => {
  for (const r of runtimes.splice(0)) await r.close();
  rmSync(dir, { recursive: true, force: true });
});

function book(name: string): Runtime {
  const runtime = startRuntime({
    ...testRuntimeOptions(join(dir, name), {
      appUrls: [APP],
      automaticBackups: false,
      dialogs: { ...scriptedDialogs(), chooseSavePath: async () => saveTo, chooseOpenPath: async () => saveTo },
    }),
    keyStore: memoryKeyStore(),
    emit: (channel, payload) => {
      if (channel !== 'operations:progress') return;
      progress.push(payload as Progress);
      onProgress(payload as Progress);
    },
  });
  runtimes.push(runtime);
  return runtime;
}

async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = (await runtime.invoke(channel, APP, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Resolves at the export's first progress past its start: it has written some records and has more to go. */
function partWay(operationId: string): Promise<Progress> {
  return new Promise((resolve) => {
    onProgress = (p) => {
      if (p.operationId === operationId && p.done > 0 && p.total !== null && p.done < p.total) resolve(p);
    };
  });
}

/** A book of several thousand records, so an export takes many steps. */
async function largeBook(): Promise<Runtime> {
  const source = book('source');
  await call(source, 'app:loadSampleData', { accounts: 400 });
  return source;
}

type ExportedFile = { schemaVersion: number; tables: { name: string; rows: Record<string, unknown>[] }[] };

describe('Export everything of a large book', () => {
  it('answers the window while it runs, and writes the book as it was when it started', async () => {
    const source = await largeBook();
    const operationId = crypto.randomUUID();
    const reached = partWay(operationId);
    let finished = false;
    const exporting = call<{ status: string; rows: number }>(source, 'everything:export', { operationId }).finally(() => (finished = true));

    const step = await reached;
    const added = await call<{ id: string }>(source, 'accounts:create', accountFields({ name: 'Created during the export' }));
    // The call was answered while the export still had records to read and write.
    expect(finished).toBe(false);
    expect(progress.at(-1)!.done).toBeLessThan(step.total!);

    const result = await exporting;
    expect(result.status).toBe('saved');
    expect(result.rows).toBe(step.total);
    expect(readdirSync(dir).sort()).toEqual(['everything.json', 'source']);
    // Progress counted records, up to all of them.
    const mine = progress.filter((p) => p.operationId === operationId);
    expect(mine.at(-1)).toMatchObject({ done: step.total, total: step.total, phase: 'Exporting every record' });
    expect(mine.map((p) => p.done)).toEqual([...mine.map((p) => p.done)].sort((a, b) => a - b));

    const file = JSON.parse(readFileSync(saveTo, 'utf8')) as ExportedFile;
    expect(file.tables.reduce((n, t) => n + t.rows.length, 0)).toBe(result.rows);
    const accounts = file.tables.find((t) => t.name === 'accounts')!.rows;
    expect(accounts).toHaveLength(400);
    expect(accounts.some((a) => a.id === added.id)).toBe(false);
    // The account is in the book, only not in the snapshot the export read.
    expect((await call<{ id: string }[]>(source, 'accounts:list', {})).some((a) => a.id === added.id)).toBe(true);

    const target = book('target');
    expect(await call(target, 'everything:import', {})).toEqual({ status: 'imported', rows: result.rows });
    const imported = await call<{ id: string }[]>(target, 'accounts:list', {});
    expect(imported).toHaveLength(400);
    expect(imported.some((a) => a.id === added.id)).toBe(false);
  });

  it('cancelled part-way, leaves no file and no temp file, and an older export untouched', async () => {
    const source = await largeBook();
    writeFileSync(saveTo, 'the export of last week');
    const operationId = crypto.randomUUID();
    const reached = partWay(operationId);
    const exporting = call<{ status: string }>(source, 'everything:export', { operationId });
    await reached;
    expect(await call(source, 'operations:cancel', { operationId })).toEqual({ cancelled: true });
    expect(await exporting).toEqual({ status: 'cancelled' });
    expect(readdirSync(dir).sort()).toEqual(['everything.json', 'source']);
    expect(readFileSync(saveTo, 'utf8')).toBe('the export of last week');
    // The book goes on as before: another export runs to the end.
    expect(await call(source, 'everything:export', {})).toMatchObject({ status: 'saved' });
  });

  it('into a folder that is a file, fails saying which file and leaves nothing', async () => {
    const source = book('source');
    await call(source, 'accounts:create', accountFields({ name: 'Only one' }));
    writeFileSync(join(dir, 'not-a-folder'), 'a file');
    saveTo = join(dir, 'not-a-folder', 'everything.json');
    const envelope = (await source.invoke('everything:export', APP, {})) as Envelope<unknown>;
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('everything.json') });
    expect(readdirSync(dir).sort()).toEqual(['not-a-folder', 'source']);
    expect(readFileSync(join(dir, 'not-a-folder'), 'utf8')).toBe('a file');
  });
});
