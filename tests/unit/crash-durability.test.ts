import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
/** Kills per run: 200 by default (CI), more with FIELDBOOK_CRASH_ROUNDS for a long run. */
const ROUNDS = Number(process.env.FIELDBOOK_CRASH_ROUNDS ?? 200);
// Inside node_modules so the bundle's bare imports (better-sqlite3, kysely, zod) resolve.
const WRITER_DIR = join(ROOT, 'node_modules/.cache/fieldbook-crash-writer');
const WRITER = join(WRITER_DIR, 'writer.mjs');

// The writer bundled once into plain Node: a round then costs one Node start-up, not a Vite server.
beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(ROOT, 'tests/support/crash-writer-entry.ts'),
      outDir: WRITER_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'writer.mjs', format: 'es' } },
    },
  });
}, 60_000);

/** Runs the writer, SIGKILLs it `afterMs` after its first acknowledged write; returns the acknowledged ids. */
function writeThenKill(file: string, prefix: string, afterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [WRITER, file, prefix], { cwd: ROOT });
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
      for (let round = 0; round < ROUNDS; round++) {
        const acked = await writeThenKill(file, `Round ${round}`, Math.floor(Math.random() * 120));
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
  }, 60_000 + ROUNDS * 3_000);
});
