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

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-checklist-migration-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('gives a book from before checklists a checklist for each of its accounts', () => {
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
  const plan = after
    .prepare("EXPLAIN QUERY PLAN SELECT * FROM checklist_items WHERE account_id = ? AND removed_at IS NULL ORDER BY position")
    .all('x') as { detail: string }[];
  expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX checklist_items_by_account/);
  after.close();
});
