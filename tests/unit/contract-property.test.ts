import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations } from '../../src/shared/ipc/contract';
import { ERROR_CODES, type Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';

/**
 * Every channel of the contract (read from the contract, so a new channel is covered without
 * editing this test) gets random and near-valid inputs and forged senders. Whatever arrives,
 * the door answers an envelope (0 crashes), and a refused call leaves every table exactly as it
 * was (a checksum of every row of every table, FTS shadow tables included).
 */
const APP = 'app://fieldbook/';
const CHANNELS = listOperations().map((o) => o.op.channel);
let dir: string;
let runtime: Runtime;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-contract-'));
  runtime = startRuntime({ ...testRuntimeOptions(dir, { automaticBackups: false }), keyStore: memoryKeyStore() });
  const seeded = await runtime.invoke('app:loadSampleData', APP, { accounts: 5 });
  expect(seeded.ok).toBe(true);
});
afterAll(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

function checksum(): string {
  const db = runtime.store!.sqlite;
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  }
  return hash.digest('hex');
}

/** Objects shaped like real inputs: field names the contract uses, values of the wrong kinds or at the edges. */
const nearValid = fc.dictionary(
  fc.constantFrom('id', 'accountId', 'name', 'query', 'text', 'operationId', 'format', 'fields', 'status', 'done', 'until', 'limit', 'accounts', 'csmName', 'location', 'kind', 'body', 'revision'),
  fc.oneof(
    fc.string(),
    fc.uuid(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant('2026-02-30'),
    fc.constant('x'.repeat(100_000)),
    fc.constant('../../etc/passwd'),
    fc.array(fc.string(), { maxLength: 3 }),
  ),
  { maxKeys: 4 },
);

describe('every channel of the contract (property)', () => {
  it('covers the whole contract', () => {
    expect(CHANNELS.length).toBeGreaterThan(40);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it('refuses forged senders on every channel and changes nothing', async () => {
    const before = checksum();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.oneof(fc.webUrl(), fc.constantFrom(null, undefined, '', 'app://evil/', 'file:///etc/passwd', 'devtools://devtools/')),
        fc.oneof(fc.anything(), nearValid),
        async (channel, sender, input) => {
          const result = await runtime.invoke(channel, sender, input);
          return !result.ok && result.error.code === 'FORBIDDEN';
        },
      ),
      { numRuns: 300 },
    );
    expect(checksum()).toBe(before);
  }, 120_000);

  it('answers random and near-valid inputs with an envelope, and a refused call changes no row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), fc.oneof(fc.anything(), nearValid), async (channel, input) => {
        const before = checksum();
        const result = (await runtime.invoke(channel, APP, input)) as Envelope<unknown>;
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('INTERNAL');
          expect(checksum(), `${channel} was refused but changed data`).toBe(before);
        }
        return true;
      }),
      { numRuns: 250 },
    );
  }, 300_000);
});
