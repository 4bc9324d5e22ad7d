import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolveAppFile } from '../../src/main/edge/protocol-files';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/csp';

/**
 * Serves the built renderer on 127.0.0.1 the way the app:// protocol handler does in Electron:
 * the same path allow-list, the same CSP header. (`file://` can't load the ES modules.)
 */
export async function serveRenderer(rendererDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = resolveAppFile(rendererDir, `http://localhost${req.url ?? '/'}`);
    if (!file) {
      res.writeHead(req.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    readFile(file.path).then(
      (body) => res.writeHead(200, { 'content-type': file.mime, 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
