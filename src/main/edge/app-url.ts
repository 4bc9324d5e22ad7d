/** The scheme and host the built renderer is served from (never `file://`). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldbook';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** True when `target` is a page of the app itself: same protocol and host, compared with `new URL()`. */
export function isAppUrl(target: string, appUrls: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  return appUrls.some((u) => {
    const app = new URL(u);
    return app.protocol === url.protocol && app.host === url.host && url.username === '' && url.password === '';
  });
}
