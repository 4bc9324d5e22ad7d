import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The installer configuration (electron-builder.config.cjs) run for real: electron-builder packs
 * the built app around a stand-in Electron binary that carries a fuse wire like Electron's own
 * (Electron itself can't be downloaded here), the afterPack hook flips the fuses in it, and the
 * test reads back the wire and the app.asar that an installer would ship.
 */
const ROOT = resolve(__dirname, '../..');
const require = createRequire(__filename);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const config = require(join(ROOT, 'electron-builder.config.cjs')) as {
  files: string[];
  afterPack: unknown;
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  mac: { icon: string };
  win: { icon: string };
  linux: { icon: string };
};
const packaging = require(join(ROOT, 'packaging/fuses.cjs')) as { afterPack: unknown; FUSES: Record<string, boolean> };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's shipped defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on, the rest off. */
const ELECTRON_DEFAULT_WIRE = '101100011';

const work = mkdtempSync(join(tmpdir(), 'fieldbook-dist-'));
const decoys = ['out/main/index.js.map', 'out/renderer/.env', 'out/renderer/.env.local', 'out/renderer/app.test.js', 'out/renderer/tests/fixture.js', 'out/docs/guide.md', 'out/main/secret.ts'];
let asarFiles: string[] = [];
let unpacked = '';
let binary = '';
let builder: { status: number | null; output: string };

beforeAll(() => {
  if (!existsSync(join(ROOT, 'out/main/index.js'))) spawnSync(npx, ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  // Files that must never reach an installer, planted where the build output lives.
  for (const decoy of decoys) {
    mkdirSync(join(ROOT, decoy, '..'), { recursive: true });
    writeFileSync(join(ROOT, decoy), 'must not ship');
  }
  const dist = join(work, 'electron-dist');
  mkdirSync(dist);
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1');
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire]));
  chmodSync(join(dist, 'electron'), 0o755);
  const output = join(work, 'release');
  const run = spawnSync(
    npx,
    ['electron-builder', '--config', 'electron-builder.config.cjs', '--linux', '--dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  builder = { status: run.status, output: `${run.stdout}${run.stderr}` };
  const resources = join(output, 'linux-unpacked', 'resources');
  binary = join(output, 'linux-unpacked', 'fieldbook');
  unpacked = join(resources, 'app.asar.unpacked');
  const asar = require('@electron/asar') as { listPackage: (path: string, options: object) => string[] };
  if (existsSync(join(resources, 'app.asar'))) asarFiles = asar.listPackage(join(resources, 'app.asar'), {}).map((p) => p.replaceAll('\\', '/'));
}, 180_000);

afterAll(() => {
  for (const decoy of decoys) rmSync(join(ROOT, decoy), { force: true });
  rmSync(join(ROOT, 'out/renderer/tests'), { recursive: true, force: true });
  rmSync(join(ROOT, 'out/docs'), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dist: the packed app', () => {
  it('packs without error', () => {
    expect(builder.status, builder.output).toBe(0);
  });

  it('flips every fuse after packing', async () => {
    expect(config.afterPack).toBe(packaging.afterPack);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Fuses Fieldbook takes no position on keep Electron's default.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
    expect(Object.keys(packaging.FUSES).sort()).toEqual(
      [
        'EnableCookieEncryption',
        'EnableEmbeddedAsarIntegrityValidation',
        'EnableNodeCliInspectArguments',
        'EnableNodeOptionsEnvironmentVariable',
        'GrantFileProtocolExtraPrivileges',
        'OnlyLoadAppFromAsar',
        'RunAsNode',
      ].sort(),
    );
  });

  it('holds the built app and its production dependencies', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html']) expect(asarFiles).toContain(file);
    expect(asarFiles).toContain('/node_modules/better-sqlite3/lib/index.js');
    // Native bindings sit beside the archive, where they can be loaded.
    expect(existsSync(join(unpacked, 'node_modules/better-sqlite3/prebuilds/linux-x64.node'))).toBe(true);
    // Sources and development tools stay out.
    expect(asarFiles.some((f) => f.startsWith('/src/') || f.startsWith('/scripts/'))).toBe(false);
    expect(asarFiles.some((f) => f.startsWith('/node_modules/vitest/') || f.startsWith('/node_modules/electron/'))).toBe(false);
    expect(asarFiles.some((f) => f.startsWith('/node_modules/better-sqlite3/deps/'))).toBe(false);
  });

  it('ships no tests, no source maps, no .env, no docs and no TypeScript sources', () => {
    expect(asarFiles.length).toBeGreaterThan(100);
    const offenders = asarFiles.filter(
      (f) =>
        /\.map$/.test(f) ||
        /\.(test|spec)\.[cm]?[jt]s$/.test(f) ||
        /\/(tests?|__tests__|docs?)\//.test(f) ||
        /\/\.env(\.[^/]*)?$/.test(f) ||
        /\.(md|markdown)$/i.test(f) ||
        /\.[cm]?ts$/.test(f),
    );
    expect(offenders).toEqual([]);
  });

  it('carries the app icon for the window and each platform', () => {
    expect(existsSync(join(work, 'release/linux-unpacked/resources/icon.png'))).toBe(true);
    expect(config.extraResources).toContainEqual({ from: 'resources/icon.png', to: 'icon.png' });
    for (const icon of [config.mac.icon, config.win.icon, join(config.linux.icon, '512x512.png')]) expect(existsSync(join(ROOT, icon))).toBe(true);
  });
});
