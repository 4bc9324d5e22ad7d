import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  shell: { openExternal: vi.fn(async () => {}) },
  protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() },
}));
vi.mock('electron', () => electron);

import { mainWindowOptions } from '../../src/main/edge/window-options';
import { denyAllPermissions, lockDownContents, openExternal } from '../../src/main/edge/security';
import { registerAppScheme, serveRenderer } from '../../src/main/edge/protocol';
import { APP_URL, isAppUrl } from '../../src/main/edge/app-url';
import { resolveAppFile } from '../../src/main/edge/protocol-files';

beforeEach(() => vi.clearAllMocks());

describe('the window', () => {
  it('sets every security-relevant web preference explicitly', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.js', { devTools: false }).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      devTools: false,
    });
  });
});

/** A stand-in for WebContents that records the listeners the app installs. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void; url?: string }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, fn: (event: { preventDefault: () => void; url?: string }) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => (openHandler = fn),
    fire(name: string, url?: string) {
      const event = { preventDefault: vi.fn(), url };
      listeners.get(name)?.(event);
      return event.preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('navigation, new windows and webviews', () => {
  const contents = fakeContents();
  lockDownContents(contents as unknown as Electron.WebContents, [APP_URL]);

  it.each([
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'app://fieldbook.evil.com/',
    'app://evil/fieldbook/',
    'app://fieldbook@evil/',
    'http://fieldbook/',
  ])('refuses to navigate to %s', (url) => {
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-frame-navigate', url)).toBe(true);
  });

  it('lets the app move between its own pages', () => {
    expect(contents.fire('will-navigate', 'app://fieldbook/index.html#accounts')).toBe(false);
  });

  it('never opens a new window, and hands only https / mailto links to the OS', () => {
    expect(contents.open('https://docs.example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.example.com/');
  });

  it('prevents any webview from attaching', () => {
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('openExternal', () => {
  it.each(['file:///C:/Windows/system32/calc.exe', 'smb://server/share', 'javascript:alert(1)', 'http://plain.example', 'not a url'])(
    'refuses %s',
    (url) => {
      expect(openExternal(url)).toBe(false);
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );
  it.each(['https://example.com', 'mailto:giulia@example.com'])('opens %s', (url) => {
    expect(openExternal(url)).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every request and every check', () => {
    let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    } as unknown as Electron.Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});

describe('the app:// protocol', () => {
  const parent = mkdtempSync(join(tmpdir(), 'fieldbook-protocol-'));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Fieldbook</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('registers a secure, standard scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the renderer with its CSP and refuses anything outside it', async () => {
    serveRenderer(root);
    const handler = electron.protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>;
    const index = await handler(new Request('app://fieldbook/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler(new Request('app://fieldbook/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    for (const bad of ['app://fieldbook/../secret.txt', 'app://fieldbook/%2e%2e/secret.txt', 'app://fieldbook/..%2fsecret.txt', 'app://fieldbook/missing.js']) {
      expect((await handler(new Request(bad))).status).toBe(404);
    }
  });

  it('never resolves a path outside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://fieldbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://fieldbook/assets/..%5c..%5csecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://fieldbook/index.html%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://fieldbook/assets/app.js')?.path).toBe(join(root, 'assets', 'app.js'));
  });

  it('compares app URLs by protocol and host, not by prefix', () => {
    expect(isAppUrl('app://fieldbook/x', [APP_URL])).toBe(true);
    expect(isAppUrl('app://fieldbookx/', [APP_URL])).toBe(false);
    expect(isAppUrl('app://fieldbook.attacker/', [APP_URL])).toBe(false);
  });
});
