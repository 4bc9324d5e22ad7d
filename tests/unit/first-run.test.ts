import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` on a fresh clone: `npm install` never downloads Electron's runtime, so the
 * start chain must fetch it through Electron's own resolver before electron-vite runs, and say
 * plainly what to do when it can't. These tests run `npm start` in a copy of the project whose
 * node_modules/electron has no runtime (no path.txt, no dist/), with electron-vite replaced by a
 * stub that leaves a mark when it is reached. (POSIX: the stub is a shell script.)
 */
const ROOT = resolve(__dirname, '../..');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function freshCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-first-run-'));
  copies.push(dir);
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'scripts/ensure-electron.mjs'), join(dir, 'scripts/ensure-electron.mjs'));
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'electron' || name === '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  // Electron's wrapper as npm installs it: everything but the runtime.
  cpSync(join(ROOT, 'node_modules/electron'), join(modules, 'electron'), {
    recursive: true,
    filter: (src) => !/[\\/]electron[\\/](dist|path\.txt)$/.test(src),
  });
  for (const name of readdirSync(join(ROOT, 'node_modules/.bin'))) {
    if (name === 'electron-vite') continue;
    symlinkSync(join(ROOT, 'node_modules/.bin', name), join(modules, '.bin', name));
  }
  const mark = join(dir, 'electron-vite-was-reached');
  writeFileSync(join(modules, '.bin', 'electron-vite'), `#!/bin/sh\necho "$@" > "${mark}"\n`);
  chmodSync(join(modules, '.bin', 'electron-vite'), 0o755);
  // An empty download cache, so a zip cached on a developer's machine can't make this pass.
  mkdirSync(join(dir, 'electron-cache'));
  return { dir, mark, cache: join(dir, 'electron-cache') };
}

function npmStart(cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['start'], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => done({ code, output }));
  });
}

function expectReadableRefusal(output: string) {
  // Electron's own resolver ran (it prints this before calling its installer).
  expect(output).toContain('Downloading Electron binary...');
  expect(output).toContain('The Electron runtime is missing, so npm start can\'t go on.');
  expect(output).toContain('about 100 MB');
  expect(output).toMatch(/connect this computer to the internet once/);
  for (const setting of ['ELECTRON_MIRROR', 'electron_config_cache', 'ELECTRON_OVERRIDE_DIST_PATH']) expect(output).toContain(setting);
  // A person's message, not a stack trace or electron-vite's riddle.
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toContain('Electron uninstall');
}

describe('npm start on a fresh clone, where the Electron runtime was never downloaded', () => {
  it('tries Electron\'s download, then explains what is missing and stops before electron-vite', { timeout: 30_000 }, async () => {
    const copy = freshCopy();
    // A closed local port stands in for "no network", on any machine.
    const { code, output } = await npmStart(copy.dir, { ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: copy.cache });
    expect(code).not.toBe(0);
    expectReadableRefusal(output);
    expect(output).toMatch(/Why: the download failed: .*(ECONNREFUSED|could not be reached)/);
    expect(existsSync(copy.mark)).toBe(false);
    expect(existsSync(join(copy.dir, 'node_modules/electron/path.txt'))).toBe(false);
  });

  it('gives up on a network that accepts the connection and then says nothing', { timeout: 30_000 }, async () => {
    const copy = freshCopy();
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
    const { port } = silent.address() as { port: number };
    try {
      const { code, output } = await npmStart(copy.dir, {
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        electron_config_cache: copy.cache,
        FIELDBOOK_ELECTRON_FIRST_BYTE_SECONDS: '3',
      });
      expect(code).not.toBe(0);
      expectReadableRefusal(output);
      expect(output).toContain('Why: the download did not start: no data arrived within 3 s');
      expect(existsSync(copy.mark)).toBe(false);
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  it('goes straight on to electron-vite when Electron is already there (ELECTRON_EXEC_PATH)', { timeout: 30_000 }, async () => {
    const copy = freshCopy();
    const { code } = await npmStart(copy.dir, { ELECTRON_EXEC_PATH: process.execPath });
    expect(code).toBe(0);
    expect(existsSync(copy.mark)).toBe(true);
  });
});
