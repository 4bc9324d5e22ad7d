import { createPrivateKey } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../src/shared/ipc/contract';
import type { Envelope } from '../../src/shared/ipc/envelope';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import type { Dialogs } from '../../src/main/edge-ports/dialogs';
import { memoryKeyStore } from '../support/memory-key-store';
import { testRuntimeOptions } from '../support/test-store';
import { accountFields, licenseFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
const keyStore = memoryKeyStore();
const dir = mkdtempSync(join(tmpdir(), 'fieldbook-secrets-'));
const outDir = mkdtempSync(join(tmpdir(), 'fieldbook-secrets-out-'));
let openAnswer: string | null = null;
const dialogs: Dialogs = {
  chooseSavePath: async ({ defaultName }) => join(outDir, defaultName),
  chooseOpenPath: async () => openAnswer,
  chooseFolder: async () => outDir,
};

const logLines: string[] = [];
const responses: string[] = [];
const called = new Set<string>();
let runtime: Runtime;

/** Every private key this book has held, captured while it was still sealed in the database. */
const privateKeys: Buffer[] = [];
function captureActivePrivateKey(): void {
  const row = runtime.store!.sqlite
    .prepare<[], { sealed_private_key: Buffer }>("SELECT sealed_private_key FROM signing_keys WHERE status = 'active'")
    .get();
  if (row) privateKeys.push(keyStore.open(row.sealed_private_key));
}

async function call<T>(channel: string, input?: unknown): Promise<T> {
  called.add(channel);
  const envelope = (await runtime.invoke(channel, APP, input)) as Envelope<T>;
  responses.push(JSON.stringify(envelope));
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/** Every form the private key's bytes could take in text or binary. */
function secretForms(pkcs8: Buffer): { text: string[]; bytes: Buffer[] } {
  const seed = pkcs8.subarray(pkcs8.length - 32);
  const pem = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  const text = [seed, pkcs8].flatMap((b) => [
    b.toString('base64'),
    b.toString('base64url'),
    b.toString('hex'),
    b.toString('hex').toUpperCase(),
  ]);
  text.push(pem.split('\n')[1]!, pem);
  return { text, bytes: [seed, pkcs8] };
}

beforeAll(async () => {
  const spies = (['log', 'error', 'warn', 'info', 'debug'] as const).map((level) =>
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logLines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    }),
  );
  runtime = startRuntime({
    ...testRuntimeOptions(dir, { appUrls: [APP], dialogs }),
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    log: (message, error) => logLines.push(`${message} ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}`),
    keyStore,
  });

  await call('settings:update', { csmName: 'Alex Moreau' });
  const account = await call<{ id: string }>('accounts:create', accountFields());
  await call('keys:status');
  await call('keys:list');
  const first = await call<{ id: string; keyId: string }>('licenses:issue', { accountId: account.id, fields: licenseFields() });
  captureActivePrivateKey();
  await call('keys:publicKey', { id: first.keyId });
  await call('keys:exportPublicKey', { id: first.keyId, format: 'pem' });
  await call('keys:exportPublicKey', { id: first.keyId, format: 'raw-base64' });
  const saved = await call<{ saved: boolean; path?: string }>('licenses:saveFile', { id: first.id });
  openAnswer = saved.path ?? null;
  await call('licenses:saveCalendar', { id: first.id });
  await call('licenses:recordShare', { id: first.id, recipient: 'it-ops@zurich.example', channel: 'encrypted-email' });
  await call('licenses:verifyFile');
  await call('licenses:verifyText', { text: readFileSync(saved.path!, 'utf8'), fileName: 'x.lic' });
  await call('keys:rotate');
  captureActivePrivateKey();
  const second = await call<{ id: string }>('licenses:issue', {
    accountId: account.id,
    fields: licenseFields({ kind: 'temporary', expiresAt: '2026-12-20' }),
  });
  await call('licenses:list', { accountId: account.id });
  await call('licenses:moduleSuggestions');
  await call('licenses:revoke', { id: second.id, reason: 'Issued by mistake' });
  // With the OS key store there is no passphrase: unlock is refused, lock answers the status.
  called.add('keys:unlock');
  responses.push(JSON.stringify(await runtime.invoke('keys:unlock', APP, { passphrase: 'a passphrase of some length' })));
  await call('keys:lock');
  await call('audit:list', {});
  await call('audit:verify');
  // A failure path too: an unreadable file and a bad input are answered, and logged if at all, without the key.
  writeFileSync(join(outDir, 'binary.lic'), Buffer.from([0xff, 0xfe, 0x00]));
  openAnswer = join(outDir, 'binary.lic');
  await call('licenses:verifyFile');
  await runtime.invoke('licenses:issue', APP, { accountId: account.id, fields: { ...licenseFields(), privateKey: 'x' } });
  spies.forEach((s) => s.mockRestore());
});

afterAll(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('the private signing key never leaves main in any form', () => {
  it('captured both keys the book has held (the test itself works)', () => {
    expect(privateKeys).toHaveLength(2);
    expect(privateKeys.every((k) => k.length === 48)).toBe(true);
  });

  it('called every licenses, keys and audit operation over IPC', () => {
    const all = [contract.licenses, contract.keys, contract.audit].flatMap((d) => Object.values(d).map((op) => op.channel));
    expect(all.filter((c) => !called.has(c))).toEqual([]);
  });

  it('appears in no IPC response', () => {
    for (const key of privateKeys) {
      const { text, bytes } = secretForms(key);
      for (const response of responses) {
        for (const form of text) expect(response.includes(form)).toBe(false);
        for (const b of bytes) expect(Buffer.from(response, 'latin1').includes(b)).toBe(false);
      }
    }
    expect(responses.length).toBeGreaterThan(15);
  });

  it('appears in no log line', () => {
    for (const key of privateKeys) {
      for (const form of secretForms(key).text) expect(logLines.some((l) => l.includes(form))).toBe(false);
    }
  });

  it('appears in no database row of any table, nor in the file on disk', () => {
    const sqlite = runtime.store!.sqlite;
    const tables = sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(tables.map((x) => x.name)).toEqual(expect.arrayContaining(['signing_keys', 'licenses', 'audit_log']));
    let values = 0;
    for (const { name } of tables) {
      for (const row of sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        for (const value of Object.values(row)) {
          values++;
          for (const key of privateKeys) {
            const { text, bytes } = secretForms(key);
            if (Buffer.isBuffer(value)) for (const b of bytes) expect(value.includes(b)).toBe(false);
            if (typeof value === 'string') for (const form of text) expect(value.includes(form)).toBe(false);
          }
        }
      }
    }
    expect(values).toBeGreaterThan(50);
    for (const file of ['fieldbook.sqlite', 'fieldbook.sqlite-wal']) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      const disk = readFileSync(path);
      for (const key of privateKeys) for (const b of secretForms(key).bytes) expect(disk.includes(b)).toBe(false);
    }
  });
});
