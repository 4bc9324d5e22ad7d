import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { checklist } from '../../src/main/db/migrations/0004-checklist';
import { createAccount } from '../../src/main/accounts/service';
import { openChecklist } from '../../src/main/checklist/service';
import { CHECKLIST_SQL } from '../../src/main/checklist/repository';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-checklist-migration-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('gives a book from before checklists a checklist for each of its accounts, read on its indexes', () => {
  const file = join(dir, 'fieldbook.sqlite');
  const at = new Date('2026-11-25T10:00:00.000Z');
  const index = MIGRATIONS.indexOf(checklist);
  const before = openDatabase(file, { migrations: MIGRATIONS.slice(0, index) });
  const account = createAccount(
    createStore(before),
    { name: 'Acme', arr: 30_000, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart: null, renewalDate: null, productVersion: '', notes: '' },
    at,
  );
  before.close();

  const after = openDatabase(file);
  const c = openChecklist(createStore(after), account.id, at);
  expect(c.progress.applicable).toBe(33);
  const plan = (statement: string) =>
    (after.prepare(`EXPLAIN QUERY PLAN ${statement}`).all('x') as { detail: string }[]).map((p) => p.detail).join(' ');
  expect(plan(CHECKLIST_SQL.items)).toMatch(/USING INDEX checklist_items_by_account/);
  expect(plan(CHECKLIST_SQL.items)).not.toMatch(/TEMP B-TREE/);
  expect(plan(CHECKLIST_SQL.instance)).toMatch(/USING INDEX sqlite_autoindex_checklist_instances_1/);
  after.close();
});
