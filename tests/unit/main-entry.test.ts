import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'fieldbook-main-'));
process.env.FIELDBOOK_DATA_DIR = dataDir;

/** Just enough of Electron to start src/main/index.ts and watch what it does. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: unknown; url?: string }[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    constructor(readonly options: unknown) {
      windows.push(this as unknown as { options: unknown });
    }
    once() {}
    on() {}
    loadURL(url: string) {
      (this as unknown as { url: string }).url = url;
      return Promise.resolve();
    }
  }
  return {
    windows,
    appListeners,
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn)),
      whenReady: vi.fn(() => Promise.resolve()),
      getPath: vi.fn(() => '/nonexistent'),
      isPackaged: false,
    },
    BrowserWindow,
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { showItemInFolder: vi.fn(), openExternal: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    dialog: {},
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
  };
});
vi.mock('electron', () => electron);

await import('../../src/main/index');
await new Promise((resolve) => setTimeout(resolve, 0));
// What start-up did, recorded before any per-test mock reset.
const started = {
  lock: electron.app.requestSingleInstanceLock.mock.calls.length,
  scheme: electron.protocol.registerSchemesAsPrivileged.mock.calls.length,
  permissions: electron.session.defaultSession.setPermissionRequestHandler.mock.calls.length,
  menu: electron.Menu.setApplicationMenu.mock.calls.length,
  handlers: [...electron.ipcMain.handle.mock.calls] as [string, (event: unknown, input: unknown) => Promise<unknown>][],
};

afterAll(async () => {
  electron.appListeners.get('will-quit')?.({ preventDefault: () => {} });
  await new Promise((resolve) => setTimeout(resolve, 10));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('starting the app', () => {
  it('takes the single-instance lock and registers the app scheme before ready', () => {
    expect(started.lock).toBe(1);
    expect(started.scheme).toBe(1);
  });

  it('opens one sandboxed window on the app protocol, never file://', () => {
    expect(electron.windows).toHaveLength(1);
    const win = electron.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; url: string };
    expect(win.url).toBe('app://fieldbook/');
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('denies permissions, locks down new web contents and installs the menu', () => {
    expect(started.permissions).toBe(1);
    expect(electron.appListeners.has('web-contents-created')).toBe(true);
    expect(started.menu).toBe(1);
  });

  it('registers one ipcMain handler per contract channel, and no other', async () => {
    const { listOperations } = await import('../../src/shared/ipc/contract');
    const channels = started.handlers.map((c) => c[0]);
    expect(channels.sort()).toEqual(listOperations().map((o) => o.op.channel).sort());
  });

  it('checks the sender of every call: a foreign frame is refused', async () => {
    const [, handler] = started.handlers.find((c) => c[0] === 'settings:get')!;
    const fromApp = await handler({ senderFrame: { url: 'app://fieldbook/' } }, undefined);
    const forged = await handler({ senderFrame: { url: 'https://evil.example/' } }, undefined);
    const noFrame = await handler({ senderFrame: null }, undefined);
    expect(fromApp).toMatchObject({ ok: true });
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
