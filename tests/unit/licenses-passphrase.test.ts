import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { KeyStoreStatus } from '../../src/shared/licenses/keys-schema';
import { passphraseKeyStore } from '../../src/main/licenses/passphrase-key-store';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';
import { accountFields, licenseFields } from '../support/license-fixtures';

const APP = 'app://fieldbook/';
const WHY = 'No keyring is running.';
const PASSPHRASE = 'correct horse battery staple';

describe('the passphrase key store (no usable OS key store)', () => {
  it('seals with a passphrase and opens only with the same one', () => {
    const a = passphraseKeyStore(WHY);
    a.passphrase!.unlock(PASSPHRASE);
    const secret = Buffer.from('0123456789abcdef0123456789abcdef');
    const sealed = a.seal(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(a.open(sealed)).toEqual(secret);
    const b = passphraseKeyStore(WHY);
    b.passphrase!.unlock('another passphrase entirely');
    expect(() => b.open(sealed)).toThrow();
  });

  it('is unavailable until unlocked, and says what to do', () => {
    const s = passphraseKeyStore(WHY);
    const a = s.availability();
    expect(a.available).toBe(false);
    expect(a.available ? '' : a.reason).toMatch(/^No keyring is running\. .*enter it in Settings → License signing keys/);
    expect(() => s.seal(Buffer.from('x'))).toThrow(/Unlock signing with your passphrase/);
  });
});

describe('unlocking signing over IPC', () => {
  let dir: string;
  let runtime: Runtime;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fieldbook-passphrase-'));
    runtime = startRuntime(testRuntimeOptions(dir, { appUrls: [APP], keyStore: passphraseKeyStore(WHY) }));
  });
  afterEach(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const invoke = <T>(channel: string, input?: unknown) => runtime.invoke(channel, APP, input) as Promise<Envelope<T>>;

  it('asks for a long passphrase for a new key, signs once unlocked, and refuses a wrong one later', async () => {
    const account = (await invoke<{ id: string }>('accounts:create', accountFields())) as { ok: true; value: { id: string } };
    const issue = () => invoke('licenses:issue', { accountId: account.value.id, fields: licenseFields() });

    expect(await invoke('keys:status')).toMatchObject({ ok: true, value: { available: false, passphrase: 'locked' } });
    expect(await issue()).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/^No keyring/) } });

    expect(await invoke('keys:unlock', { passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: ['passphrase'], message: expect.stringMatching(/at least 12 characters/) }] },
    });
    expect(await invoke<KeyStoreStatus>('keys:unlock', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { available: true, passphrase: 'unlocked' },
    });
    expect(await issue()).toMatchObject({ ok: true });

    expect(await invoke('keys:lock')).toMatchObject({ ok: true, value: { passphrase: 'locked' } });
    expect(await invoke('keys:unlock', { passphrase: 'not the right passphrase' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['passphrase'], message: 'That passphrase does not open the signing key. Check it and try again.' }] },
    });
    expect(await invoke('keys:status')).toMatchObject({ ok: true, value: { passphrase: 'locked' } });
    expect(await invoke('keys:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(await issue()).toMatchObject({ ok: true });

    const db = runtime.store!.sqlite;
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const dump = tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    expect(dump.includes(PASSPHRASE)).toBe(false);
  });

  it('refuses a passphrase of only spaces for a new key and says so, and keeps signing locked', async () => {
    for (const blank of [' '.repeat(12), '\t'.repeat(20), '\u3000'.repeat(16), '\u200b'.repeat(16) + ' '.repeat(4)]) {
      expect(await invoke('keys:unlock', { passphrase: blank })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', issues: [{ path: ['passphrase'], message: expect.stringMatching(/only spaces or invisible characters protects nothing/) }] },
      });
    }
    expect(await invoke('keys:unlock', { passphrase: `   short${' '.repeat(10)}` })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['passphrase'], message: expect.stringMatching(/at least 12 characters, not counting spaces/) }] },
    });
    expect(await invoke('keys:status')).toMatchObject({ ok: true, value: { passphrase: 'locked', activeKeyId: null } });
    expect(await invoke('keys:unlock', { passphrase: `  ${PASSPHRASE}  ` })).toMatchObject({ ok: true, value: { passphrase: 'unlocked' } });
  });
});
