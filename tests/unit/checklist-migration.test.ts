import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { checklist } from '../../src/main/db/migrations/0004-checklist';
import { checklistSearch } from '../../src/main/db/migrations/0008-checklist-search';
import { openChecklist } from '../../src/main/checklist/service';
import { search } from '../../src/main/search/service';
import { CHECKLIST_SQL } from '../../src/main/checklist/repository';

/** An account as the schema of that time holds it (today's services write columns added later). */
function insertOldAccount(db: Database, name: string, at: Date): { id: string } {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at) VALUES (?, ?, ?, 3000000, 'Mid-Market', 'Adoption', ?, ?)`,
  ).run(id, name, name.toLowerCase(), at.toISOString(), at.toISOString());
  return { id };
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-checklist-migration-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('gives a book from before checklists a checklist for each of its accounts, read on its indexes', () => {
  const file = join(dir, 'fieldbook.sqlite');
  const at = new Date('2026-11-25T10:00:00.000Z');
  const index = MIGRATIONS.indexOf(checklist);
  const before = openDatabase(file, { migrations: MIGRATIONS.slice(0, index) });
  const account = insertOldAccount(before, 'Acme', at);
  before.close();

  const after = openDatabase(file);
  const c = openChecklist(createStore(after), account.id, at);
  expect(c.progress.applicable).toBe(34);
  const plan = (statement: string) =>
    (after.prepare(`EXPLAIN QUERY PLAN ${statement}`).all('x') as { detail: string }[]).map((p) => p.detail).join(' ');
  expect(plan(CHECKLIST_SQL.items)).toMatch(/USING INDEX checklist_items_by_account/);
  expect(plan(CHECKLIST_SQL.items)).not.toMatch(/TEMP B-TREE/);
  expect(plan(CHECKLIST_SQL.instance)).toMatch(/USING INDEX sqlite_autoindex_checklist_instances_1/);
  after.close();
});


it('indexes the notes and evidence written before checklists were searchable', () => {
  const file = join(dir, 'fieldbook.sqlite');
  const at = new Date('2026-11-25T10:00:00.000Z');
  const before = openDatabase(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(checklistSearch)) });
  const store = createStore(before);
  const live = insertOldAccount(before, 'Acme', at);
  const archived = insertOldAccount(before, 'Globex', at);
  for (const a of [live, archived]) openChecklist(store, a.id, at);
  const answer = before.prepare('UPDATE checklist_items SET note = ?, evidence = ? WHERE account_id = ? AND template_key = ?');
  answer.run('Agreed with the Kerberos team', '', live.id, 'administration.rbac');
  answer.run('', 'https://wiki.example.com/kerberos-policies', live.id, 'policies.starter-set');
  answer.run('   ', '', live.id, 'marketplace.custom-views');
  answer.run('Kerberos realm still missing', '', archived.id, 'administration.rbac');
  before
    .prepare(
      `INSERT INTO checklist_items (id, account_id, section_key, template_key, text, position, note, created_at, removed_at)
       VALUES ('00000000-0000-4000-8000-00000000c0de', ?, 'policies', NULL, 'Removed custom item', 99, 'kerberos', ?, ?)`,
    )
    .run(live.id, at.toISOString(), at.toISOString());
  before.prepare('UPDATE accounts SET archived_at = ? WHERE id = ?').run(at.toISOString(), archived.id);
  before.close();

  const after = openDatabase(file);
  const hits = search(createStore(after), { text: 'kerberos', kinds: ['checklist-item'] }).groups[0]?.hits ?? [];
  expect(hits.map((h) => [h.title.text, h.accountId]).sort()).toEqual([
    ['Initialized with a starter set of policies', live.id],
    ['Proper RBAC setup', live.id],
  ]);
  expect(after.prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'checklist-item'").get()).toEqual({ n: 3 });
  after.close();
});
