import { join } from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { startRuntime, type Runtime } from './runtime';
import { APP_URL } from './edge/app-url';
import { electronDialogs } from './edge/dialogs';
import { safeStorageKeyStore } from './edge/safe-storage-key-store';
import { passphraseKeyStore } from './licenses/passphrase-key-store';
import { deferredKeyStore, type KeyStore } from './edge-ports/key-store';
import { exposeRuntime, sendToWindows } from './edge/ipc';
import { installMenu } from './edge/menu';
import { registerAppScheme, serveRenderer } from './edge/protocol';
import { denyAllPermissions, lockDownApp } from './edge/security';
import { mainWindowOptions } from './edge/window-options';

// electron-vite sets this while developing; the page then comes from its dev server. A packaged
// app ignores it: anyone who can set a variable must not get a page of theirs trusted with IPC.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appUrls = devServerUrl ? [APP_URL, devServerUrl] : [APP_URL];

let mainWindow: BrowserWindow | null = null;

/** The OS key store when it really protects secrets (asked after `ready`); a passphrase otherwise. */
function signingKeyStore(): KeyStore {
  const os = safeStorageKeyStore();
  const a = os.availability();
  return a.available ? os : passphraseKeyStore(a.reason);
}
let runtime: Runtime | null = null;

/** resources/icon.png: beside the app's resources when packaged (extraResources), in the tree otherwise. */
function windowIconPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(__dirname, '../../resources/icon.png');
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(
    mainWindowOptions(join(__dirname, '../preload/index.js'), { devTools: !app.isPackaged, icon: windowIconPath() }),
  );
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_URL);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  lockDownApp(app, appUrls);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(join(__dirname, '../renderer'));
    installMenu(process.platform === 'darwin', app.isPackaged);
    runtime = startRuntime({
      dataDir: process.env.FIELDBOOK_DATA_DIR ?? app.getPath('userData'),
      dialogs: electronDialogs(() => mainWindow),
      keyStore: deferredKeyStore(signingKeyStore),
      reveal: (path) => shell.showItemInFolder(path),
      appUrls,
      validateOutput: !app.isPackaged,
      emit: sendToWindows,
      // The region the OS is set to (macOS: en-DE for English in Germany), not the UI language.
      systemLocale: () => app.getSystemLocale(),
    });
    exposeRuntime(runtime);
    mainWindow = createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database cleanly once the page has flushed its last writes.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !runtime) return;
    closing = true;
    event.preventDefault();
    void runtime.close().finally(() => app.quit());
  });
}
