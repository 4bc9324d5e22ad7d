import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker's check, observed and (in one test) made to find damage.
const checks = vi.hoisted(() => ({ calls: [] as { file: string; thorough: boolean }[], verdict: null as null | { ok: false; detail: string } }));
vi.mock('../../src/main/db/integrity-check', async (original) => {
  const actual = await original<typeof import('../../src/main/db/integrity-check')>();
  return {
    ...actual,
    checkIntegrityOffThread: async (file: string, options: { thorough: boolean }) => {
      checks.calls.push({ file, thorough: options.thorough });
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
});
