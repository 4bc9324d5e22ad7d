import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Maps an `app://fieldbook/...` request to a file inside the renderer folder, or `null` when
 * the path escapes it (`..`, encoded or not) or has a type the app doesn't serve.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): { path: string; mime: string } | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = normalize(rendererDir + sep);
  const path = normalize(join(root, relative));
  if (!path.startsWith(root)) return null;
  const mime = MIME[extname(path).toLowerCase()];
  return mime ? { path, mime } : null;
}
