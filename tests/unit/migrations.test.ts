import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { StoreUnavailableError } from '../../src/main/db/errors';
import type { Migration } from '../../src/main/db/migration';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-migrate-'));
  file = join(dir, 'fieldbook.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tables = (db: BetterSqlite3.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('opening the data file', () => {
  it('creates a fresh database at the newest schema with durable settings', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('upgrades an older file, keeps its data and copies it aside first', () => {
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare(
        `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x')`,
      )
      .run();
    old.close();

    const db = openDatabase(file, { now: () => new Date('2026-11-25T10:00:00Z') });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Acme' }]);
    db.close();

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^fieldbook-2026-11-25T10-00-00-000Z-pre-migration-v1\.sqlite$/)]);
    const copy = new BetterSqlite3(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Acme' }]);
    copy.close();
  });

  it('refuses a file from a newer Fieldbook and leaves it byte for byte as it was', () => {
    const newer = new BetterSqlite3(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    newer.close();
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(StoreUnavailableError);
    expect(() => openDatabase(file)).toThrow(/newer version of Fieldbook/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    writeFileSync(file, 'these are not the bytes of a SQLite database'.repeat(200));
    const before = sha(file);
    expect(() => openDatabase(file)).toThrow(/damaged or is not a Fieldbook database/);
    expect(sha(file)).toBe(before);
  });

  it('rolls a failing migration back whole, leaving the previous schema in place', () => {
    const db = new BetterSqlite3(file);
    migrate(db, MIGRATIONS);
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'half-done',
      up: (d) => {
        d.exec('CREATE TABLE half_done (id INTEGER)');
        d.exec('ALTER TABLE accounts ADD COLUMN extra TEXT');
        throw new Error('disk full');
      },
    };
    const before = tables(db);
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('disk full');
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(before);
    expect((db.prepare('PRAGMA table_info(accounts)').all() as { name: string }[]).map((c) => c.name)).not.toContain('extra');
    db.close();
  });

  it('refuses a migration list with a gap in its versions', () => {
    const db = new BetterSqlite3(':memory:');
    expect(() => migrate(db, [{ ...MIGRATIONS[0]!, version: 2 }])).toThrow(/expected 1/);
    db.close();
  });
});

describe('0002 tasks', () => {
  it('adds the tasks table to a v1 database that already has accounts', () => {
    const db = new BetterSqlite3(file);
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(tables(db)).toContain('tasks');
    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
    db.close();
  });
});
