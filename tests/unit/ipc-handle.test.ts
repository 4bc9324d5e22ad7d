import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APP = 'app://fieldbook/';
let dir: string;
let runtime: Runtime;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-ipc-'));
  runtime = startRuntime(testRuntimeOptions(dir, { keyStore: memoryKeyStore() }));
});
afterEach(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

const validAccount = {
  name: 'Northwind',
  arr: 48_000,
  segmentOverride: null,
  stage: 'Adoption',
  ownerCsm: 'Alex',
  contractStart: '2026-01-01',
  renewalDate: '2027-01-01',
  productVersion: '2.0.1',
  notes: '',
};

const rowCount = () => {
  const db = runtime.store!.sqlite;
  return ['accounts', 'contacts', 'tasks', 'settings'].reduce(
    (n, table) => n + (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    0,
  );
};

describe('the IPC door', () => {
  it('accepts a valid call from the app page and returns the value in an envelope', async () => {
    const result = await runtime.invoke('accounts:create', `${APP}index.html`, validAccount);
    expect(result).toMatchObject({ ok: true, value: { name: 'Northwind', segment: 'Mid-Market' } });
  });

  it.each([
    ['junk', 'not an object'],
    ['a missing field', { ...validAccount, name: undefined }],
    ['an extra field', { ...validAccount, isAdmin: true }],
    ['a wrong type', { ...validAccount, arr: '48000' }],
    ['a bad date', { ...validAccount, renewalDate: '2027-02-30' }],
    ['renewal before start', { ...validAccount, renewalDate: '2025-01-01' }],
  ])('rejects %s with a specific message and changes nothing', async (_label, input) => {
    const before = rowCount();
    const result = await runtime.invoke('accounts:create', APP, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(rowCount()).toBe(before);
  });

  it('names the field at fault so the form can show it there', async () => {
    const result = await runtime.invoke('accounts:create', APP, { ...validAccount, renewalDate: '2025-01-01' });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['renewalDate'], message: "The renewal date can't be before the contract start" }] },
    });
  });

  it.each([
    null,
    undefined,
    '',
    'app://evil/',
    'app://fieldbook.evil.com/',
    'app://user:pw@fieldbook/',
    'https://fieldbook/',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'devtools://devtools/',
  ])('refuses a call from a forged sender (%s) and changes nothing', async (sender) => {
    const before = rowCount();
    const result = await runtime.invoke('accounts:create', sender, validAccount);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(rowCount()).toBe(before);
  });

  it('refuses an unknown channel', async () => {
    expect(await runtime.invoke('accounts:drop', APP, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('accepts the app page at any path and refuses any other host (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webPath(), async (path) => {
        const result = await runtime.invoke('settings:get', `app://fieldbook${path.startsWith('/') ? '' : '/'}${path}`, undefined);
        return result.ok;
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.webUrl(), async (url) => {
        const result = await runtime.invoke('settings:get', url, undefined);
        return !result.ok && result.error.code === 'FORBIDDEN';
      }),
      { numRuns: 100 },
    );
  });

  it('never throws and never half-writes, whatever a page sends (property)', async () => {
    const channels = runtime.channels.filter((c) => !c.endsWith(':loadSampleData') && !c.endsWith(':revealDataFile'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, input) => {
        const before = rowCount();
        const result = await runtime.invoke(channel, APP, input);
        if (!result.ok) {
          expect(['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT']).toContain(result.error.code);
          expect(rowCount()).toBe(before);
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('repeats only a few of 10,000 unknown keys, says how many more, and changes nothing', async () => {
    const junk = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`junk_key_${i}_${'x'.repeat(30)}`, i]));
    const before = rowCount();
    const result = await runtime.invoke('accounts:create', APP, { ...validAccount, ...junk });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Unknown fields: "junk_key_0_x+…", .* and 9,995 more$/) },
    });
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
    expect(rowCount()).toBe(before);
  });

  it('bounds how many issues a rejection lists and how long each is', async () => {
    const many = Array.from({ length: 5_000 }, () => 42);
    const result = await runtime.invoke('checkins:save', APP, { id: 1, accountId: 2, baseRevision: 'x', draft: { kind: 'x', heldAt: 3, body: 4, attendees: many } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result).length).toBeLessThan(8_000);
  });

  it('keeps a field conflict from main at its field (duplicate name)', async () => {
    await runtime.invoke('accounts:create', APP, validAccount);
    const again = await runtime.invoke('accounts:create', APP, { ...validAccount, name: 'NORTHWIND' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: ['name'] }] } });
  });
});
