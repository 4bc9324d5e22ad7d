// Runs before `npm start`, `npm run dev`, `npm run dist` and `npm run test:electron`: makes the
// Electron runtime present through Electron's own resolver, before electron-vite looks for it.
//
// Why: Electron ≥ 42 has no install script. npm installs only its JavaScript wrapper; the
// runtime (about 100 MB) is downloaded the first time `require('electron')` runs
// (node_modules/electron/index.js → install.js → @electron/get), which writes
// node_modules/electron/path.txt. electron-vite reads path.txt directly and throws
// "Electron uninstall" when it is absent, so nothing would ever trigger the download.
//
// How: `require('electron')` in a child process (the same call `electron .` makes), with
// its output kept back so a failure reads as one plain message, not a stack trace. A
// watchdog ends it when no bytes arrive: without a network the downloader may wait on a
// connection for minutes, and a person should hear what to do within seconds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json', { paths: [process.cwd()] }));
const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
/** Seconds without a single downloaded byte before we call it "no network". */
const FIRST_BYTE_SECONDS = Number(process.env.FIELDBOOK_ELECTRON_FIRST_BYTE_SECONDS ?? 20);
/** Seconds without progress once bytes flowed (a slow link is fine; a dead one is not). */
const STALL_SECONDS = 90;

/** `npm start`, `npm run dev`…: what to run again, from the lifecycle event npm gives us. */
function rerunCommand() {
  const lifecycle = process.env.npm_lifecycle_event ?? '';
  const event = lifecycle.startsWith('pre') ? lifecycle.slice(3) : 'start';
  return event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`;
}

/** Bytes under a folder (missing → 0), to see whether the download or unpacking moves on. */
function bytesUnder(dir) {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    try {
      total += entry.isDirectory() ? bytesUnder(path) : entry.isFile() ? statSync(path).size : 0;
    } catch {
      // A file the downloader just moved away: it counts where it lands.
    }
  }
  return total;
}

/** Ends the resolver and the installer it spawned (a process group on POSIX, a tree on Windows). */
function killTree(child) {
  if (child.exitCode !== null || child.pid === undefined) return;
  if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
  else {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
}

/** The downloader's own one-line reason ("fetch failed", "Response code 404…"), without its stack. */
function reasonFrom(stderr) {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim());
  const error = lines.find((l) => /^[A-Za-z]*Error(\s*\[\w+\])?: /.test(l) && !l.includes('failed to install correctly'));
  const code = stderr.match(/\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|CERT_\w+)\b/)?.[1];
  const said = error ? error.replace(/^[A-Za-z]*Error(\s*\[\w+\])?: /, '') : null;
  if (said && code && !said.includes(code)) return `${said} (${code})`;
  // undici's bare "fetch failed" means the connection itself could not be made.
  if (said === 'fetch failed') return 'fetch failed, GitHub could not be reached (no network, a proxy or a firewall)';
  return said ?? code ?? 'no reason given';
}

function explain(why) {
  const platform = `${process.platform}-${process.arch}`;
  const lines = [
    '',
    `✘ The Electron runtime is missing, so ${rerunCommand()} can't go on.`,
    '',
    `  What is missing: Electron ${version} for ${platform}, the program that runs Fieldbook's window.`,
    '    npm installs only its small JavaScript wrapper; the runtime itself (about 100 MB) is',
    '    downloaded once, from GitHub, into node_modules/electron/dist. Later starts need no network.',
    `  Why: ${why}.`,
    '  What to do, any one of:',
    `    • connect this computer to the internet once and run ${rerunCommand()} again;`,
    '    • set ELECTRON_MIRROR to a mirror of Electron releases your network can reach (a company',
    '      mirror, for instance), then run it again;',
    "    • copy Electron's download cache from a computer that has run Fieldbook (~/.cache/electron,",
    '      ~/Library/Caches/electron or %LOCALAPPDATA%\\electron\\Cache) and set electron_config_cache',
    '      to that folder;',
    `    • set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version} and`,
    '      ELECTRON_EXEC_PATH to its executable (electron-vite reads that one).',
    '  Electron documents these settings: https://www.electronjs.org/docs/latest/tutorial/installation',
    '',
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}

// electron-vite's own setting wins over everything: if it names a real file, there is nothing to do.
const execPath = process.env.ELECTRON_EXEC_PATH;
if (execPath) {
  if (existsSync(execPath)) process.exit(0);
  explain(`ELECTRON_EXEC_PATH is set to ${execPath}, which does not exist`);
}

const watchDir = mkdtempSync(join(tmpdir(), 'fieldbook-electron-download-'));
const distDir = join(electronDir, 'dist');
// The resolver downloads into the temp folder (TMPDIR / TEMP) and unpacks into dist/: watching
// both shows whether anything is still arriving.
const child = spawn(process.execPath, ['-e', "process.send(require('electron'), () => process.exit(0))"], {
  cwd: process.cwd(),
  env: { ...process.env, TMPDIR: watchDir, TEMP: watchDir, TMP: watchDir },
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  detached: process.platform !== 'win32',
  windowsHide: true,
});

let resolved = null;
let stderr = '';
let stalled = null;
child.on('message', (path) => (resolved = String(path)));
// Electron's resolver prints "Downloading Electron binary..." here: pass it on, it is the news.
child.stdout.on('data', (chunk) => process.stdout.write(chunk));
child.stderr.on('data', (chunk) => (stderr += chunk));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killTree(child);
    rmSync(watchDir, { recursive: true, force: true });
    process.exit(130);
  });
}

const startBytes = bytesUnder(distDir);
let lastBytes = startBytes;
let lastChange = Date.now();
let lastReport = Date.now();
let sawBytes = false;
const watchdog = setInterval(() => {
  const bytes = bytesUnder(watchDir) + bytesUnder(distDir);
  const now = Date.now();
  if (bytes !== lastBytes) {
    sawBytes = true;
    lastBytes = bytes;
    lastChange = now;
    if (now - lastReport >= 5000) {
      lastReport = now;
      console.log(`  … ${Math.round((bytes - startBytes) / 1e6)} MB so far`);
    }
  }
  const limit = sawBytes ? STALL_SECONDS : FIRST_BYTE_SECONDS;
  if (now - lastChange > limit * 1000) {
    stalled = sawBytes
      ? `the download stopped: nothing more arrived for ${STALL_SECONDS} s`
      : `the download did not start: no data arrived within ${FIRST_BYTE_SECONDS} s (no network, or GitHub is blocked here)`;
    killTree(child);
  }
}, 1000);

child.on('close', (code) => {
  clearInterval(watchdog);
  rmSync(watchDir, { recursive: true, force: true });
  if (stalled) explain(stalled);
  if (code !== 0 || resolved === null) explain(`the download failed: ${reasonFrom(stderr)}`);
  if (!existsSync(resolved)) {
    explain(`Electron's resolver points to ${resolved}, which does not exist (check ELECTRON_OVERRIDE_DIST_PATH)`);
  }
  // With ELECTRON_OVERRIDE_DIST_PATH the resolver answers without writing path.txt, which is
  // all electron-vite reads; ELECTRON_EXEC_PATH is its way to be told.
  if (!existsSync(join(electronDir, 'path.txt'))) {
    explain(`Electron is at ${resolved}, but electron-vite only finds it when ELECTRON_EXEC_PATH=${resolved} is set too`);
  }
  process.exit(0);
});
