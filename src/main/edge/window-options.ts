import type { BrowserWindowConstructorOptions } from 'electron';

/** What differs between a packaged build and a developer's run. */
export interface WindowSetup {
  /** DevTools can be opened (never in a packaged build: docs/security.md, "DevTools"). */
  devTools: boolean;
  /** The window icon (resources/icon.png); macOS takes the app bundle's icon instead. */
  icon?: string;
}

/**
 * Every security-relevant web preference, set explicitly rather than left to defaults
 * (docs/security.md, items 2–4, 6, 8–12).
 */
export function secureWebPreferences(
  preloadPath: string,
  devTools: boolean,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
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
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
    devTools,
  };
}

export function mainWindowOptions(preloadPath: string, setup: WindowSetup): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Fieldbook',
    backgroundColor: '#00000000',
    ...(setup.icon ? { icon: setup.icon } : {}),
    webPreferences: secureWebPreferences(preloadPath, setup.devTools),
  };
}
