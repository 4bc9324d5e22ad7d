import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { Backup, BackupOverview } from '../../src/shared/backups/schema';
import { backupFileName, parseBackupFileName } from '../../src/main/backups/names';
import { backupsToDelete, expiredPreMigration } from '../../src/main/backups/retention';
import { writeBackup } from '../../src/main/backups/write';
import { inspectBackup } from '../../src/main/backups/inspect';
import { openDatabase } from '../../src/main/db/open';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { testRuntimeOptions } from '../support/test-store';
import { accountFields } from '../support/records';

const APP = 'app://fieldbook/';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-backups-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => new Date(iso);

describe('backup names', () => {
  it('name the time and the kind, and read back', () => {
    const name = backupFileName(at('2026-11-30T16:50:01.234Z'), 'manual');
    expect(name).toBe('fieldbook-2026-11-30T16-50-01-234Z-manual.sqlite');
    expect(parseBackupFileName(name)).toEqual({ createdAt: at('2026-11-30T16:50:01.234Z'), kind: 'manual' });
    expect(parseBackupFileName(backupFileName(at('2026-11-30T00:00:00Z'), 'pre-migration', 8))?.kind).toBe('pre-migration');
    expect(parseBackupFileName('notes.sqlite')).toBeNull();
    expect(parseBackupFileName('.fieldbook-2026-11-30T16-50-01-234Z-manual.sqlite.partial')).toBeNull();
  });
});

describe('retention: 7 daily and 4 weekly', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 weeks, and deletes the rest', () => {
    // Two backups a day for 40 days.
    const all = Array.from({ length: 80 }, (_, i) => {
      const d = new Date(Date.UTC(2026, 10, 30, 20) - Math.floor(i / 2) * 86_400_000 - (i % 2) * 3_600_000);
      return { name: `b${i}`, createdAt: d, kind: 'automatic' };
    });
    const deleted = new Set(backupsToDelete(all));
    const kept = all.filter((b) => !deleted.has(b.name));
    const days = new Set(kept.map((b) => b.createdAt.toISOString().slice(0, 10)));
    // 7 distinct newest days, plus up to 4 week representatives (some overlap with the days).
    expect(kept.filter((b) => b.createdAt > at('2026-11-23T23:00:00Z')).length).toBe(7);
    expect(kept.length).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(days.size).toBe(kept.length);
    // Only the newer of the two on a kept day stays.
    expect(kept.every((b) => b.createdAt.getUTCHours() === 20)).toBe(true);
    // The oldest kept is at most 4 weeks back.
    const oldest = Math.min(...kept.map((b) => b.createdAt.getTime()));
    expect(Date.UTC(2026, 10, 30) - oldest).toBeLessThan(29 * 86_400_000);
  });

  it('never deletes a protected backup (the one just written), even when another has the same instant', () => {
    const same = at('2026-11-30T09:00:00Z');
    const list = [
      { name: 'automatic', createdAt: same, kind: 'automatic' },
      { name: 'manual', createdAt: same, kind: 'manual' },
    ];
    expect(backupsToDelete(list, new Set(['manual']))).toEqual(['automatic']);
    expect(backupsToDelete(list, new Set(['automatic']))).toEqual(['manual']);
    // Protected even when it is older than the day's newest.
    expect(backupsToDelete([...list, { name: 'earlier', createdAt: at('2026-11-30T08:00:00Z'), kind: 'manual' }], new Set(['earlier'])).sort()).toEqual([
      'manual',
    ]);
  });

  it('never deletes pre-migration copies; a later successful start does', () => {
    const list = [
      { name: 'old', createdAt: at('2026-01-01T00:00:00Z'), kind: 'pre-migration' },
      { name: 'now', createdAt: at('2026-11-30T10:00:00Z'), kind: 'pre-migration' },
    ];
    expect(backupsToDelete(list)).toEqual([]);
    expect(expiredPreMigration(list, at('2026-11-30T09:59:00Z'))).toEqual(['old']);
  });
});

describe('writing a backup', () => {
  it('copies the open database to a checked file, readable on its own without a -wal', async () => {
    const db = openDatabase(join(dir, 'data', 'fieldbook.sqlite'));
    db.prepare(`INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000001', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x')`).run();
    const steps: number[] = [];
    const written = await writeBackup(db, join(dir, 'backups'), 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite', {
      progress: (done) => steps.push(done),
    });
    db.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite']);
    expect(written.sizeBytes).toBeGreaterThan(0);
    expect(inspectBackup(written.path, { thorough: true })).toEqual({ schemaVersion: MIGRATIONS.length, accounts: 1 });
  });

  it('leaves nothing behind when cancelled, and a failure never touches the good backup', async () => {
    const db = openDatabase(join(dir, 'data', 'fieldbook.sqlite'));
    const folder = join(dir, 'backups');
    await writeBackup(db, folder, 'fieldbook-2026-11-29T10-00-00-000Z-manual.sqlite');
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the test'));
    await expect(writeBackup(db, folder, 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite', { signal: controller.signal })).rejects.toThrow(
      /cancelled by the test/,
    );
    expect(readdirSync(folder)).toEqual(['fieldbook-2026-11-29T10-00-00-000Z-manual.sqlite']);
    // A folder that is a file: the backup fails and says so.
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'x');
    await expect(writeBackup(db, blocked, 'fieldbook-2026-11-30T10-00-00-000Z-manual.sqlite')).rejects.toThrow();
    db.close();
    expect(readdirSync(folder)).toEqual(['fieldbook-2026-11-29T10-00-00-000Z-manual.sqlite']);
  });
});

describe('backups through the app (runtime)', () => {
  let runtime: Runtime;
  let clock: Date;
  const events: { channel: string; payload: unknown }[] = [];
  const start = (over: { automaticBackups?: boolean } = {}) =>
    startRuntime({
      ...testRuntimeOptions(join(dir, 'data'), { appUrls: [APP], now: () => clock }),
      emit: (channel, payload) => events.push({ channel, payload }),
      ...over,
    });
  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const envelope = (await runtime.invoke(channel, APP, input)) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.value;
  }
  const names = async () => (await call<BackupOverview>('backups:list')).backups.map((b) => b.name);

  beforeEach(() => {
    clock = at('2026-11-30T09:00:00Z');
    events.length = 0;
  });
  afterEach(async () => {
    await runtime.close();
  });

  it('backs up at start when the newest backup is a day old, not more often', async () => {
    runtime = start();
    await runtime.close();
    runtime = start();
    expect(await names()).toEqual(['fieldbook-2026-11-30T09-00-00-000Z-automatic.sqlite']);
    await runtime.close();
    clock = at('2026-12-01T09:00:01Z');
    runtime = start();
    await runtime.close();
    runtime = start();
    expect(await names()).toEqual(['fieldbook-2026-12-01T09-00-01-000Z-automatic.sqlite', 'fieldbook-2026-11-30T09-00-00-000Z-automatic.sqlite']);
    const overview = await call<BackupOverview>('backups:list');
    expect(overview.lastSuccessAt).toBe('2026-12-01T09:00:01.000Z');
    expect(overview.lastFailure).toBeNull();
  });

  it('"Back up now" lists the backup with its size, schema version and accounts', async () => {
    runtime = start({ automaticBackups: false });
    await call('accounts:create', accountFields({ name: 'Acme' }));
    const backup = await call<Backup>('backups:create', { operationId: crypto.randomUUID() });
    expect(backup).toMatchObject({ kind: 'manual', schemaVersion: MIGRATIONS.length, accounts: 1 });
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect((await call<BackupOverview>('backups:list')).backups).toEqual([backup]);
    expect(events.some((e) => e.channel === 'operations:progress')).toBe(true);
  });

  it('says when a backup failed and keeps the good ones', async () => {
    runtime = start({ automaticBackups: false });
    await call('backups:create', {});
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    runtime.store!.run(runtime.store!.q.insertInto('settings').values({ key: 'backupFolder', value: JSON.stringify(blocked) }));
    clock = at('2026-11-30T10:00:00Z');
    const failed = (await runtime.invoke('backups:create', APP, {})) as Envelope<Backup>;
    expect(failed.ok).toBe(false);
    const overview = await call<BackupOverview>('backups:list');
    expect(overview.folder).toBe(blocked);
    expect(overview.lastFailure?.message).toMatch(/The backup to .*blocked failed/);
    expect(readdirSync(join(dir, 'data', 'backups'))).toEqual(['fieldbook-2026-11-30T09-00-00-000Z-manual.sqlite']);
  });

  it('restores a backup: the data after it is gone, the current data is backed up first, the page is told', async () => {
    runtime = start({ automaticBackups: false });
    await call('accounts:create', accountFields({ name: 'In the backup' }));
    const backup = await call<Backup>('backups:create', {});
    clock = at('2026-11-30T11:00:00Z');
    await call('accounts:create', accountFields({ name: 'Added after' }));
    const result = await call<{ restoredFrom: string; safetyCopy: string }>('backups:restore', { name: backup.name });
    expect(result.restoredFrom).toBe(backup.name);
    // The next call waits for the reopen and sees the restored data.
    const accounts = await call<{ name: string }[]>('accounts:list', {});
    expect(accounts.map((a) => a.name)).toEqual(['In the backup']);
    expect(events.filter((e) => e.channel === 'data:replaced')).toEqual([{ channel: 'data:replaced', payload: { reason: 'restore' } }]);
    const safety = (await call<BackupOverview>('backups:list')).backups.find((b) => b.name === result.safetyCopy);
    expect(safety).toMatchObject({ kind: 'pre-restore', accounts: 2 });
    expect(existsSync(join(dir, 'data', 'fieldbook.sqlite.restoring'))).toBe(false);
  });

  it('refuses to restore a name that is not a backup in the folder, or a damaged backup, and changes nothing', async () => {
    runtime = start({ automaticBackups: false });
    await call('accounts:create', accountFields({ name: 'Kept' }));
    const notABackup = (await runtime.invoke('backups:restore', APP, { name: '../fieldbook.sqlite' })) as Envelope<unknown>;
    expect(notABackup.ok).toBe(false);
    const missing = (await runtime.invoke('backups:restore', APP, { name: 'fieldbook-2020-01-01T00-00-00-000Z-manual.sqlite' })) as Envelope<unknown>;
    expect(missing.ok).toBe(false);
    const damaged = 'fieldbook-2026-11-29T00-00-00-000Z-manual.sqlite';
    mkdirSync(join(dir, 'data', 'backups'), { recursive: true });
    writeFileSync(join(dir, 'data', 'backups', damaged), 'SQLite format 3\0 but not really');
    const refused = (await runtime.invoke('backups:restore', APP, { name: damaged })) as Envelope<unknown>;
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/can't be restored/);
    expect((await call<{ name: string }[]>('accounts:list', {})).map((a) => a.name)).toEqual(['Kept']);
  });

  it('answers recovery choices only while the data file is refused', async () => {
    runtime = start({ automaticBackups: false });
    await call('accounts:create', accountFields({ name: 'Opened fine' }));
    for (const channel of ['recovery:startEmpty', 'recovery:restoreNewestBackup', 'recovery:openAnotherFile']) {
      const refused = (await runtime.invoke(channel, APP, undefined)) as Envelope<unknown>;
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('CONFLICT');
    }
    expect((await call<{ name: string }[]>('accounts:list', {})).map((a) => a.name)).toEqual(['Opened fine']);
  });

  it('two backups at the same moment both succeed and retention keeps the one written last', async () => {
    const logged: string[] = [];
    // The start backup and "Back up now" at the same instant (the clock does not move).
    runtime = startRuntime({
      ...testRuntimeOptions(join(dir, 'data'), { appUrls: [APP], now: () => clock }),
      log: (message, error) => logged.push(`${message} ${String(error)}`),
    });
    const [manual, again] = await Promise.all([
      call<Backup>('backups:create', { operationId: crypto.randomUUID() }),
      // A second click while the first is waiting or running joins it rather than racing it.
      call<Backup>('backups:create', { operationId: crypto.randomUUID() }),
    ]);
    expect(again).toEqual(manual);
    expect(manual.kind).toBe('manual');
    // One a day: the start backup (same instant, written first) went to retention, the manual one stayed.
    expect(readdirSync(join(dir, 'data', 'backups'))).toEqual([manual.name]);
    // Another click in the same millisecond gets its own file, and retention never takes the file just written.
    await call('accounts:create', accountFields({ name: 'Acme' }));
    const later = await call<Backup>('backups:create', {});
    expect(later.name).not.toBe(manual.name);
    expect(later).toMatchObject({ kind: 'manual', accounts: 1 });
    expect(readdirSync(join(dir, 'data', 'backups'))).toEqual([later.name]);
    await runtime.close();
    expect(logged).toEqual([]);
    runtime = start({ automaticBackups: false });
    expect(await names()).toEqual([later.name]);
  });

  it('a start backup racing "Back up now" logs no failure and leaves the newest backup', async () => {
    const logged: string[] = [];
    runtime = startRuntime({
      ...testRuntimeOptions(join(dir, 'data'), { appUrls: [APP], now: () => clock }),
      log: (message, error) => logged.push(`${message} ${String(error)}`),
    });
    const manual = await call<Backup>('backups:create', {});
    await runtime.close();
    expect(logged).toEqual([]);
    // The start backup ran first (same instant), then the manual one, which retention kept.
    expect(readdirSync(join(dir, 'data', 'backups'))).toEqual([manual.name]);
    expect(manual.kind).toBe('manual');
    runtime = start({ automaticBackups: false });
  });

  it('keeps a pre-migration copy until the next successful start', async () => {
    const file = join(dir, 'data', 'fieldbook.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    old.close();
    runtime = start();
    await runtime.close();
    const afterUpgrade = readdirSync(join(dir, 'data', 'backups'));
    expect(afterUpgrade.some((n) => n.endsWith('pre-migration-v3.sqlite'))).toBe(true);
    clock = at('2026-11-30T12:00:00Z');
    runtime = start();
    await runtime.close();
    expect(readdirSync(join(dir, 'data', 'backups')).some((n) => n.includes('pre-migration'))).toBe(false);
    runtime = start();
  });
});

describe('a backup file someone else wrote', () => {
  it('is described as unreadable rather than failing the list', () => {
    const file = join(dir, 'x.sqlite');
    const other = new BetterSqlite3(file);
    other.exec('CREATE TABLE songs (title TEXT)');
    other.close();
    expect(() => inspectBackup(file, { thorough: true })).toThrow(/no Fieldbook data/);
  });
});
