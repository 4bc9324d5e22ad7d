import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const STRACE = spawnSync('strace', ['-V']).status === 0;
if (!STRACE) console.warn('[fsync-trace] skipped: strace is not installed (.ci/run installs it from Debian).');

/**
 * Runs the writer under strace and returns, for each acknowledged write, whether the WAL was
 * fsynced (fsync or fdatasync on the -wal file) since the previous acknowledgement.
 */
function traceAcks(mode: 'app' | 'lowered'): boolean[] {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-fsync-'));
  try {
    const trace = join(dir, 'trace.txt');
    const run = spawnSync(
      'strace',
      ['-f', '-y', '-e', 'trace=fsync,fdatasync,write', '-o', trace, process.execPath, join(ROOT, 'tests/support/fsync-writer.mjs'), join(dir, 'fieldbook.sqlite'), mode, '20'],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`the traced writer failed: ${run.stderr}`);
    const acks: boolean[] = [];
    let ready = false;
    let walSynced = false;
    // With -f, a call another thread interrupts is split in two lines ("fsync(5</…-wal> <unfinished
    // ...>" then "<... fsync resumed>) = 0"), which a loaded machine makes likely: join them by pid.
    const pendingWalSync = new Set<string>();
    for (const line of readFileSync(trace, 'utf8').split('\n')) {
      if (/\bwrite\(1<[^>]*>, "ready\\n"/.test(line)) ready = true;
      if (!ready) continue;
      const pid = /^(\d+)\s/.exec(line)?.[1] ?? '';
      if (/\b(fsync|fdatasync)\(\d+<[^>]*-wal>\)\s*=\s*0/.test(line)) walSynced = true;
      if (/\b(fsync|fdatasync)\(\d+<[^>]*-wal> <unfinished \.\.\.>/.test(line)) pendingWalSync.add(pid);
      if (/<\.\.\. (fsync|fdatasync) resumed>\)\s*=\s*0/.test(line) && pendingWalSync.delete(pid)) walSynced = true;
      if (/\bwrite\(1<[^>]*>, "ack \d+\\n"/.test(line)) {
        acks.push(walSynced);
        walSynced = false;
      }
    }
    return acks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!STRACE)('durability under power loss (strace)', () => {
  it('fsyncs the WAL before every acknowledged write', () => {
    const acks = traceAcks('app');
    expect(acks).toHaveLength(20);
    expect(acks.every(Boolean)).toBe(true);
  }, 180_000);

  it('notices when synchronous is lowered: acknowledged writes without an fsync of the WAL', () => {
    const acks = traceAcks('lowered');
    expect(acks).toHaveLength(20);
    expect(acks.some((synced) => !synced)).toBe(true);
  }, 180_000);
});
