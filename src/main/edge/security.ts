import { shell, type App, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { isSafeExternalUrl } from './external-links';

/** The one way a link leaves the app: https and mailto only (docs/security.md, item 15). */
export function openExternal(target: string): boolean {
  if (!isSafeExternalUrl(target)) return false;
  void shell.openExternal(target);
  return true;
}

/** Deny every permission (camera, notifications, geolocation…): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Navigation, new windows and webviews are refused for every web contents the app creates. */
export function lockDownContents(contents: WebContents, appUrls: readonly string[]): void {
  const denyForeign = (event: { preventDefault: () => void }, url: string) => {
    if (!isAppUrl(url, appUrls)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-redirect', (event) => denyForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

export function lockDownApp(app: App, appUrls: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, appUrls));
}
