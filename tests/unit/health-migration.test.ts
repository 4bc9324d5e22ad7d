import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { health } from '../../src/main/db/migrations/0010-health';
import { evaluateBook, getAccountHealth, recordCheck } from '../../src/main/health/service';
import { NO_SIGNALS } from '../../src/shared/health/signals';
import { todayParams } from '../../src/main/today/ranking';
import { TODAY_SQL } from '../../src/main/today/repository';
import { createAccount } from '../../src/main/accounts/service';
import { accountFields } from '../support/records';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-health-migration-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('brings a book from before health up to date: its accounts can be scored and are evaluated at start', () => {
  const file = join(dir, 'fieldbook.sqlite');
  const at = new Date('2026-11-25T10:00:00.000Z');
  const before = openDatabase(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(health)) });
  // Written as that version wrote it: today's repositories know columns later migrations add.
  const account = { id: '0b3c1e2a-5d6f-4a7b-8c9d-0e1f2a3b4c5d' };
  before
    .prepare(
      `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, contract_start, renewal_date, created_at, updated_at)
       VALUES (?, 'Zürich Re', 'zürich re', 18000000, 'Enterprise', 'Adoption', '2026-01-10', '2027-01-10', ?, ?)`,
    )
    .run(account.id, at.toISOString(), at.toISOString());
  before.close();

  const after = openDatabase(file);
  const store = createStore(after);
  expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
  const { raised } = evaluateBook(store, at);
  expect(raised.map((a) => [a.accountId, a.kind])).toEqual([[account.id, 'renewal-60']]);
  recordCheck(store, { accountId: account.id, checkedOn: '2026-11-25', scores: { usage: 80, adoption: 60, support: 50, outcomes: 40 }, signals: NO_SIGNALS, note: '' }, at);
  expect(getAccountHealth(store, account.id, at)).toMatchObject({ score: 64, tier: 'yellow' });

  const plan = (sql: string, ...args: unknown[]) =>
    (after.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail).join(' | ');
  expect(plan('SELECT * FROM health_checks WHERE account_id = ? ORDER BY checked_on DESC, created_at DESC LIMIT 18', 'x')).toMatch(
    /USING INDEX health_checks_by_account/,
  );
  expect(plan("SELECT * FROM alerts WHERE account_id = ? AND status <> 'closed'", 'x')).toMatch(/USING INDEX alerts_/);
  // Today ranks every open task: from a covering index, each item finding its account by key.
  const today = plan(TODAY_SQL.page, { ...todayParams(at), limit: 50, offset: 0 });
  expect(today).toMatch(/COVERING INDEX tasks_open_ranked/);
  expect(today).not.toMatch(/AUTOMATIC/);
  after.close();
});

it('refuses a second open alert of one kind for an account in SQL too', () => {
  const db = openDatabase(join(dir, 'fieldbook.sqlite'));
  const store = createStore(db);
  const at = new Date('2026-11-25T10:00:00.000Z');
  const account = createAccount(store, accountFields({ renewalDate: null }), at);
  const insert = db.prepare(
    `INSERT INTO alerts (id, account_id, kind, cause, severity, reason, raised_on, due_on, status, created_at)
     VALUES (?, ?, 'promoter', ?, 'low', 'r', '2026-11-25', '2026-11-25', ?, 'x')`,
  );
  insert.run('a1', account.id, 'check:1', 'open');
  expect(() => insert.run('a2', account.id, 'check:2', 'open')).toThrow(/UNIQUE/);
  expect(() => insert.run('a3', account.id, 'check:1', 'closed')).toThrow(/UNIQUE/);
  insert.run('a4', account.id, 'check:3', 'closed');
  db.close();
});
