import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Runs the writer, SIGKILLs it `afterMs` after its first acknowledged write; returns the acknowledged ids. */
function writeThenKill(file: string, prefix: string, afterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'tests/support/crash-writer.mjs'), file, prefix], { cwd: ROOT });
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('ack ')) continue;
        // Kill at a random moment after the first acknowledged write (start-up time varies with load).
        if (acked.length === 0) setTimeout(() => child.kill('SIGKILL'), afterMs);
        acked.push(line.slice(4));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(acked) : fail(new Error(`writer exited on its own: ${errors}`))));
  });
}

describe('durability', () => {
  it('keeps every acknowledged write when the process is killed mid-write, round after round', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldbook-crash-'));
    const file = join(dir, 'fieldbook.sqlite');
    const all: string[] = [];
    try {
      for (let round = 0; round < 5; round++) {
        const acked = await writeThenKill(file, `Round ${round}`, 50 + Math.floor(Math.random() * 400));
        expect(acked.length).toBeGreaterThan(0);
        all.push(...acked);
        const db = new BetterSqlite3(file);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set((db.prepare('SELECT id FROM accounts').all() as { id: string }[]).map((r) => r.id));
        expect(all.filter((id) => !present.has(id))).toEqual([]);
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
