import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => electron.available,
    getSelectedStorageBackend: () => electron.backend,
    encryptString: (text: string) => Buffer.from(`sealed:${Buffer.from(text).toString('hex')}`),
    decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().slice('sealed:'.length), 'hex').toString(),
  },
}));

const { safeStorageKeyStore } = await import('../../src/main/edge/safe-storage-key-store');

beforeEach(() => {
  electron.available = true;
  electron.backend = 'gnome_libsecret';
});

describe('the safeStorage key store', () => {
  it('seals and opens bytes through the OS key store', () => {
    const store = safeStorageKeyStore('linux');
    const secret = Buffer.from([0, 1, 2, 250, 255]);
    const sealed = store.seal(secret);
    expect(sealed.includes(secret)).toBe(false);
    expect(store.open(sealed)).toEqual(secret);
    expect(store.availability()).toEqual({ available: true });
  });

  it('refuses, and says why, when the OS offers no encryption', () => {
    electron.available = false;
    const store = safeStorageKeyStore('darwin');
    const a = store.availability();
    expect(a.available).toBe(false);
    expect(a.available ? '' : a.reason).toMatch(/key store is not available/);
    expect(() => store.seal(Buffer.from('x'))).toThrow(/key store is not available/);
  });

  it("refuses Linux's basic_text backend, which protects nothing", () => {
    electron.backend = 'basic_text';
    const a = safeStorageKeyStore('linux').availability();
    expect(a.available ? '' : a.reason).toMatch(/No keyring .* no real protection/);
    expect(safeStorageKeyStore('win32').availability()).toEqual({ available: true });
  });
});
