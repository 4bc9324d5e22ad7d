import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { openDatabase } from '../../src/main/db/open';
import { listLicenses } from '../../src/main/licenses/repository';
import { issueLicense } from '../../src/main/licenses/service';
import { licenseFileText } from '../../src/main/licenses/repository';
import { verifyLicenseText } from '../../src/main/licenses/verify';
import { createTestStore, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { licenseFields, makeAccount } from '../support/license-fixtures';
import { actingPerson } from '../../src/main/settings/actor';

const now = new Date('2026-11-25T10:00:00.000Z');

describe('the licenses migration', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-mig3-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('upgrades the book before it, keeps its accounts, and guards the audit log', () => {
    const file = join(dir, 'fieldbook.sqlite');
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === 'licenses')));
    old
      .prepare(
        `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x')`,
      )
      .run();
    old.close();
    const db = openDatabase(file, { now: () => now });
    const names = (type: string) =>
      (db.prepare('SELECT name FROM sqlite_master WHERE type = ? ORDER BY name').all(type) as { name: string }[]).map((r) => r.name);
    expect(names('table')).toEqual(expect.arrayContaining(['signing_keys', 'licenses', 'audit_log', 'accounts']));
    expect(names('trigger')).toEqual(expect.arrayContaining(['audit_log_no_delete', 'audit_log_no_update']));
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Acme' }]);
    db.prepare("INSERT INTO audit_log VALUES (1, 'x', 'x', 'x', 'x', '{}', 'x', 'x')").run();
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});

describe('license queries with a large book', () => {
  let t: TestStore;
  beforeEach(() => (t = createTestStore()));
  afterEach(() => t.close());

  it('reads an account’s history through its index, and the replaced-by link through another', () => {
    const plan = t.store.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT l.*, (SELECT r.id FROM licenses r WHERE r.replaces_id = l.id LIMIT 1)
         FROM licenses l JOIN accounts a ON a.id = l.account_id WHERE l.account_id = ? ORDER BY l.issued_at DESC`,
      )
      .all('x') as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/licenses_by_account/);
    expect(details).toMatch(/licenses_by_replaces/);
    expect(details).not.toMatch(/SCAN l\b/);
  });

  it('lists all 200 licenses of one account in a book of 2,000, and verifies one of them', () => {
    const keyStore = memoryKeyStore();
    const accounts = Array.from({ length: 10 }, (_, i) => makeAccount(t.store, now, { name: `Account ${i}` }));
    for (const accountId of accounts) {
      for (let i = 0; i < 3; i++) issueLicense(t.store, keyStore, { accountId, fields: licenseFields({ modules: [`Module ${i}`] }) }, now, actingPerson(t.store));
    }
    // Copies of those licenses (new ids) fill the book to 2,000 without signing each one.
    const copy = t.store.sqlite.prepare(
      `INSERT INTO licenses SELECT lower(hex(randomblob(16))), account_id, licensee, modules, kind, issued_at, issued_by,
         valid_from, expires_at, project_end, key_id, format_version, replaces_id, file_text, revoked_at, revoked_by, revoked_reason,
         project_start, reminder_days
       FROM licenses WHERE account_id = ? LIMIT 1`,
    );
    t.store.tx(() => {
      for (let i = 0; i < 1970; i++) copy.run(accounts[i % 10]);
    });
    const list = listLicenses(t.store, accounts[0]!, now);
    expect(t.store.sqlite.prepare('SELECT count(*) AS n FROM licenses').get()).toEqual({ n: 2000 });
    expect(list).toHaveLength(200);
    expect(list.every((l) => l.accountId === accounts[0])).toBe(true);
    const file = licenseFileText(t.store, list[0]!.id)!;
    expect(verifyLicenseText(t.store, file, null, now).verdict).toBe('valid');
  });
});
