import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * A packaged Fieldbook must not take orders from the environment or open DevTools: with
 * ELECTRON_RENDERER_URL honoured, anyone able to set a variable could make the app load their page
 * and trust it with IPC (license signing included). Each case starts src/main/index.ts afresh
 * against a mocked Electron, packaged or not.
 */
const electron = vi.hoisted(() => {
  const state = {
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as { options: { webPreferences: Record<string, unknown>; icon?: string }; url?: string }[],
    menus: [] as unknown[],
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    url?: string;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  return {
    state,
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => {},
      on: (name: string, fn: (...args: unknown[]) => void) => state.appListeners.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent',
      isPackaged: false,
    },
    BrowserWindow,
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    shell: { showItemInFolder: () => {}, openExternal: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    ipcMain: { handle: vi.fn(), removeHandler: () => {} },
    dialog: {},
    Menu: { setApplicationMenu: (menu: unknown) => state.menus.push(menu), buildFromTemplate: (t: unknown) => t },
  };
});
vi.mock('electron', () => electron);

const dataDirs: string[] = [];
afterEach(async () => {
  electron.state.appListeners.get('will-quit')?.({ preventDefault: () => {} });
  await new Promise((resolve) => setTimeout(resolve, 20));
  dataDirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  delete process.env.ELECTRON_RENDERER_URL;
});

async function startMain(packaged: boolean) {
  vi.resetModules();
  electron.state.appListeners.clear();
  electron.state.windows.length = 0;
  electron.state.menus.length = 0;
  electron.ipcMain.handle.mockClear();
  electron.app.isPackaged = packaged;
  Object.assign(process, { resourcesPath: '/opt/Fieldbook/resources' });
  const dataDir = mkdtempSync(join(tmpdir(), 'fieldbook-packaged-'));
  dataDirs.push(dataDir);
  process.env.FIELDBOOK_DATA_DIR = dataDir;
  process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
  await import('../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
  const window = electron.state.windows[0]!;
  const [, settingsGet] = electron.ipcMain.handle.mock.calls.find((c) => c[0] === 'settings:get') as [
    string,
    (event: unknown, input: unknown) => Promise<unknown>,
  ];
  return { window, menu: JSON.stringify(electron.state.menus[0]), settingsGet };
}

describe('a packaged build', () => {
  it('ignores ELECTRON_RENDERER_URL: it loads its own page and refuses calls from the named one', async () => {
    const { window, settingsGet } = await startMain(true);
    expect(window.url).toBe('app://fieldbook/');
    expect(await settingsGet({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('cannot open DevTools: off in the window and absent from the View menu', async () => {
    const { window, menu } = await startMain(true);
    expect(window.options.webPreferences.devTools).toBe(false);
    expect(menu).not.toContain('toggleDevTools');
    // The default View menu role carries "Toggle Developer Tools"; it must not be used either.
    expect(menu).not.toContain('"viewMenu"');
    expect(menu).toContain('"togglefullscreen"');
  });

  it('shows the app icon from its resources folder', async () => {
    const { window } = await startMain(true);
    expect(window.options.icon).toBe(join('/opt/Fieldbook/resources', 'icon.png'));
  });
});

describe('a developer run (electron-vite dev)', () => {
  it('loads the dev server named by ELECTRON_RENDERER_URL, with DevTools available', async () => {
    const { window, menu, settingsGet } = await startMain(false);
    expect(window.url).toBe('https://evil.example/');
    expect(window.options.webPreferences.devTools).toBe(true);
    expect(menu).toContain('"viewMenu"');
    expect(await settingsGet({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({ ok: true });
  });
});
