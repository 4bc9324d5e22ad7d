import { actingPerson } from '../../src/main/settings/actor';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rotateKey } from '../../src/main/licenses/keys';
import { createTestStore, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';

let t: TestStore;
beforeEach(() => {
  t = createTestStore();
});
afterEach(() => t.close());

const sealedOf = (id: string) =>
  t.store.sqlite.prepare<[string], { sealed_private_key: Buffer | null }>('SELECT sealed_private_key FROM signing_keys WHERE id = ?').get(id)
    ?.sealed_private_key ?? null;

/** Both files SQLite writes: the database and its write-ahead log. */
const filesOnDisk = () => [t.file, `${t.file}-wal`].filter(existsSync).map((f) => readFileSync(f));

describe('retiring a signing key', () => {
  it('leaves no copy of its sealed private half in the database file or the WAL', () => {
    const keyStore = memoryKeyStore();
    const first = rotateKey(t.store, keyStore, new Date('2026-11-01T09:00:00Z'), actingPerson(t.store));
    const sealed = sealedOf(first.id);
    expect(sealed).not.toBeNull();
    // The key reached the files, as it does in real use before a rotation.
    t.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesOnDisk().some((bytes) => bytes.includes(sealed!))).toBe(true);

    const second = rotateKey(t.store, keyStore, new Date('2026-11-20T09:00:00Z'), actingPerson(t.store));
    expect(sealedOf(first.id)).toBeNull();
    const secondSealed = sealedOf(second.id)!;

    const files = filesOnDisk();
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) expect(bytes.includes(sealed!)).toBe(false);
    // The active key is still where it belongs, so the scan would have seen a sealed key.
    expect(files.some((bytes) => bytes.includes(secondSealed))).toBe(true);
  });
});
