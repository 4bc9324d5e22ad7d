import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's check, observed and (in one test) made to find damage.
// `lingering`: the check answers nothing and its worker thread exits only when the test calls `exit`.
const checks = vi.hoisted(() => ({
  calls: [] as { file: string; thorough: boolean }[],
  verdict: null as null | { ok: false; detail: string },
  lingering: false,
  exit: () => {},
  events: [] as string[],
}));
vi.mock('../../src/main/db/integrity-check', async (original) => {
  const actual = await original<typeof import('../../src/main/db/integrity-check')>();
  return {
    ...actual,
    checkIntegrityOffThread: async (file: string, options: import('../../src/main/db/integrity-check').IntegrityCheckOptions) => {
      checks.calls.push({ file, thorough: options.thorough });
      if (checks.lingering) {
        options.released?.(new Promise<void>((resolve) => (checks.exit = () => (checks.events.push('worker exited'), resolve()))));
        return new Promise<never>((_, reject) => options.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true }));
      }
      return checks.verdict ?? actual.checkIntegrityOffThread(file, options);
    },
  };
});

const { writeBackup } = await import('../../src/main/backups/write');
const { openDatabase } = await import('../../src/main/db/open');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-backup-check-'));
  checks.calls.length = 0;
  checks.verdict = null;
  checks.lingering = false;
  checks.events.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a backup taken while the app runs is checked on a worker thread', () => {
  it('runs the full integrity check of the copy off main’s thread, before the copy gets its name', async () => {
    const db = openDatabase(join(dir, 'data', 'fieldbook.sqlite'));
    const folder = join(dir, 'backups');
    await writeBackup(db, folder, 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite');
    db.close();
    expect(checks.calls).toEqual([{ file: join(folder, '.fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite.partial'), thorough: true }]);
    expect(readdirSync(folder)).toEqual(['fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite']);
  });

  it('never names a copy the check finds damaged, and leaves no part of it behind', async () => {
    const db = openDatabase(join(dir, 'data', 'fieldbook.sqlite'));
    const folder = join(dir, 'backups');
    checks.verdict = { ok: false, detail: 'row 3 missing from index accounts_by_name' };
    await expect(writeBackup(db, folder, 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite')).rejects.toThrow(
      /failed its integrity check \(row 3 missing from index accounts_by_name\)/,
    );
    db.close();
    expect(readdirSync(folder)).toEqual([]);
  });

  it("a cancelled backup removes its copy only once the check's worker has let go of it", async () => {
    const db = openDatabase(join(dir, 'data', 'fieldbook.sqlite'));
    const folder = join(dir, 'backups');
    checks.lingering = true;
    const cancel = new AbortController();
    const writing = writeBackup(db, folder, 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite', { signal: cancel.signal });
    const outcome = writing.then(
      () => 'written',
      (error: Error) => (checks.events.push(`copy removed: ${String(!readdirSync(folder).length)}`), error.message),
    );
    while (checks.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    cancel.abort(new Error('The backup was cancelled.'));
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    // The worker still has the copy open (on Windows it could be neither removed nor renamed).
    expect(checks.events).toEqual([]);
    expect(readdirSync(folder)).toEqual(['.fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite.partial']);

    checks.exit();
    expect(await outcome).toBe('The backup was cancelled.');
    db.close();
    expect(checks.events).toEqual(['worker exited', 'copy removed: true']);
    expect(readdirSync(folder)).toEqual([]);
  });
});
