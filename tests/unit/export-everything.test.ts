import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { dataTableNames } from '../../src/main/everything/repository';
import { testRuntimeOptions, scriptedDialogs } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { accountFields, licenseFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
let dir: string;
let saveTo: string;
let openFrom: string | null;
const runtimes: Runtime[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-everything-'));
  saveTo = join(dir, 'everything.json');
  openFrom = saveTo;
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
      dialogs: { ...scriptedDialogs(), chooseSavePath: async () => saveTo, chooseOpenPath: async () => openFrom },
    }),
    keyStore: memoryKeyStore(),
  });
  runtimes.push(runtime);
  return runtime;
}

async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = (await runtime.invoke(channel, APP, input)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Every row of every table, FTS shadow tables left out (rebuilt, compared through search instead). */
function dump(runtime: Runtime): Record<string, unknown[]> {
  const store = runtime.store!;
  const out: Record<string, unknown[]> = {};
  for (const table of dataTableNames(store)) out[table] = store.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
  return out;
}

describe('Export everything', () => {
  it('round-trips a whole book into an empty one, every table row by row, and never the private key', async () => {
    const source = book('source');
    await call(source, 'app:loadSampleData', { accounts: 12 });
    const account = await call<{ id: string }>(source, 'accounts:create', accountFields({ name: 'Zürich Versicherung' }));
    await call(source, 'licenses:issue', { accountId: account.id, fields: licenseFields() });
    await call(source, 'settings:update', { csmName: 'Alex Rivera' });

    const result = await call<{ status: string; rows: number }>(source, 'everything:export', { operationId: crypto.randomUUID() });
    expect(result.status).toBe('saved');
    const text = readFileSync(saveTo, 'utf8');
    const file = JSON.parse(text) as { format: string; tables: { name: string; rows: Record<string, unknown>[] }[] };
    expect(file.format).toBe('fieldbook-export');
    expect(text).not.toMatch(/sealed_private_key/);
    const keys = file.tables.find((t) => t.name === 'signing_keys')!;
    expect(keys.rows).toHaveLength(1);
    expect(keys.rows[0]!.public_key).toEqual({ $base64: expect.any(String) });

    const target = book('target');
    const imported = await call<{ status: string; rows: number }>(target, 'everything:import', {});
    expect(imported).toEqual({ status: 'imported', rows: result.rows });

    const before = dump(source);
    const after = dump(target);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) {
      const strip = (rows: unknown[]) =>
        table === 'signing_keys' ? rows.map((r) => ({ ...(r as object), sealed_private_key: null })) : rows;
      expect(after[table], table).toEqual(strip(before[table]!));
    }
    // The search index was rebuilt: the same query finds the same things.
    const q = { text: 'Zürich' };
    expect(await call(target, 'search:query', q)).toEqual(await call(source, 'search:query', q));
    // The audit chain still verifies.
    expect(await call(target, 'audit:verify')).toEqual(await call(source, 'audit:verify'));
  });

  it('refuses a book that is not empty, a file that is not an export, and one of another schema, importing nothing', async () => {
    const source = book('source');
    await call(source, 'accounts:create', accountFields({ name: 'Only one' }));
    await call(source, 'everything:export', {});
    const busy = book('busy');
    await call(busy, 'accounts:create', accountFields({ name: 'Already here' }));
    const refused = (await busy.invoke('everything:import', APP, {})) as Envelope<unknown>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/needs an empty book/);

    const empty = book('empty');
    openFrom = join(dir, 'not-an-export.json');
    writeFileSync(openFrom, JSON.stringify({ hello: 'world' }));
    const wrong = (await empty.invoke('everything:import', APP, {})) as Envelope<unknown>;
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error.message).toMatch(/not a Fieldbook "Export everything" file/);

    const other = JSON.parse(readFileSync(saveTo, 'utf8')) as { schemaVersion: number };
    other.schemaVersion += 1;
    writeFileSync(openFrom, JSON.stringify(other));
    const newer = (await empty.invoke('everything:import', APP, {})) as Envelope<unknown>;
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.error.message).toMatch(/schema/);
    expect(await call<unknown[]>(empty, 'accounts:list', {})).toEqual([]);
  });
});
