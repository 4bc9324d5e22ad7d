import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { feedback } from '../../src/main/db/migrations/0005-feedback';
import { feedbackSearch } from '../../src/main/db/migrations/0007-feedback-search';
import { createStore } from '../../src/main/db/store';
import { search } from '../../src/main/search/service';
import { inbox } from '../../src/main/feedback/inbox';
import { inboxThemes, inboxUnlinkedRequests } from '../../src/main/feedback/inbox-repository';
import { listRequests } from '../../src/main/feedback/requests';
import { selectRequests } from '../../src/main/feedback/requests-repository';
import { getThemeDetail } from '../../src/main/feedback/themes';
import { selectThemeSummaries } from '../../src/main/feedback/themes-repository';
import { createTestStore, type TestStore } from '../support/test-store';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const AT = '2026-11-25T10:00:00.000Z';

describe('the feedback migration', () => {
  it('adds its tables to a database that already holds accounts and tasks, keeping them', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    const index = MIGRATIONS.indexOf(feedback);
    migrate(db, MIGRATIONS.slice(0, index));
    db.prepare(
      `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, index + 1));
    expect(db.prepare('SELECT name FROM accounts').all()).toEqual([{ name: 'Acme' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const insertTheme = db.prepare(
      `INSERT INTO feedback_themes (id, title, problem_statement, status, wont_do_reason, status_changed_at, created_at, updated_at)
       VALUES (?, ?, '', ?, ?, 'x', 'x', 'x')`,
    );
    expect(() => insertTheme.run('t1', 'No reason', 'wont-do', null)).toThrow(/CHECK/);
    expect(() => insertTheme.run('t2', 'Odd status', 'maybe', null)).toThrow(/CHECK/);
    db.close();
  });

  it('puts requests written before search existed into the search, the why-chain in order', () => {
    const db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    const index = MIGRATIONS.indexOf(feedbackSearch);
    migrate(db, MIGRATIONS.slice(0, index));
    db.exec(`
      INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at)
        VALUES ('a1', 'Acme', 'acme', 100, 'SMB', 'Adoption', 'x', 'x'),
               ('a2', 'Gone', 'gone', 100, 'SMB', 'Adoption', 'x', 'x');
      UPDATE accounts SET archived_at = 'x' WHERE id = 'a2';
      INSERT INTO feedback_requests (id, account_id, request, root_cause, category, product_area, route, priority, created_at, updated_at)
        VALUES ('r1', 'a1', 'A PDF button', 'Access is slow', 'feature-request', 'Marketplace', 'pm', 'medium', 'x', 'x'),
               ('r2', 'a2', 'A PDF button', '', 'feature-request', '', 'pm', 'medium', 'x', 'x');
      INSERT INTO feedback_why_steps (request_id, position, answer) VALUES ('r1', 1, 'No access'), ('r1', 0, 'To email it');
    `);
    migrate(db, MIGRATIONS.slice(0, index + 1));
    expect(db.prepare("SELECT doc_id, title, body, hidden FROM search_docs WHERE kind = 'feedback' ORDER BY doc_id").all()).toEqual([
      { doc_id: 'r1', title: 'A PDF button', body: 'To email it\nNo access\nAccess is slow\nMarketplace', hidden: 0 },
      { doc_id: 'r2', title: 'A PDF button', body: '', hidden: 1 },
    ]);
    const hits = search(createStore(db), { text: 'email', kinds: ['feedback'] }).groups.flatMap((g) => g.hits);
    expect(hits.map((h) => h.id)).toEqual(['r1']);
    db.close();
  });

  it('keeps the theme word index in step with inserts, edits and deletes', () => {
    const db = t.store.sqlite;
    const matches = (word: string) =>
      (db.prepare('SELECT theme_id FROM feedback_themes_fts WHERE feedback_themes_fts MATCH ?').all(word) as { theme_id: string }[]).map(
        (r) => r.theme_id,
      );
    db.prepare(
      `INSERT INTO feedback_themes (id, title, problem_statement, status, status_changed_at, created_at, updated_at)
       VALUES ('t1', 'Access friction', 'Requests are slow', 'new', ?, ?, ?)`,
    ).run(AT, AT, AT);
    expect(matches('access')).toEqual(['t1']);
    db.prepare("UPDATE feedback_themes SET title = 'Lineage gaps' WHERE id = 't1'").run();
    expect(matches('access')).toEqual([]);
    expect(matches('lineage')).toEqual(['t1']);
    db.prepare("UPDATE feedback_themes SET status = 'planned' WHERE id = 't1'").run();
    expect(matches('lineage')).toEqual(['t1']);
    db.prepare("DELETE FROM feedback_themes WHERE id = 't1'").run();
    expect(matches('lineage')).toEqual([]);
  });
});

/** A large book written straight into SQLite: accounts, requests with whys, themes. */
function largeBook(accounts: number, requests: number, themes: number, linked: number) {
  const db = t.store.sqlite;
  const accountIds = Array.from({ length: accounts }, () => randomUUID());
  const themeIds = Array.from({ length: themes }, () => randomUUID());
  db.transaction(() => {
    const a = db.prepare(
      `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, created_at, updated_at) VALUES (?, ?, ?, ?, 'SMB', 'Adoption', ?, ?)`,
    );
    accountIds.forEach((id, i) => a.run(id, `Account ${i}`, `account ${i}`, (i % 97) * 1_000_00, AT, AT));
    const th = db.prepare(
      `INSERT INTO feedback_themes (id, title, problem_statement, status, status_changed_at, created_at, updated_at) VALUES (?, ?, 'problem', 'new', ?, ?, ?)`,
    );
    themeIds.forEach((id, i) => th.run(id, `Theme ${i} about access and exports`, AT, AT, AT));
    const r = db.prepare(
      `INSERT INTO feedback_requests (id, account_id, request, root_cause, category, route, priority, theme_id, created_at, updated_at)
       VALUES (?, ?, 'Can we have a PDF?', 'Access is slow', 'feature-request', 'pm', 'medium', ?, ?, ?)`,
    );
    const w = db.prepare('INSERT INTO feedback_why_steps (request_id, position, answer) VALUES (?, ?, ?)');
    for (let i = 0; i < requests; i++) {
      const id = randomUUID();
      r.run(id, accountIds[i % accounts], i < linked ? themeIds[i % themes] : null, AT, AT);
      for (let p = 0; p < 3; p++) w.run(id, p, `Because reason ${p}`);
    }
  })();
  return { themeIds };
}

describe('with a large book', () => {
  it('lists every theme and unlinked request in the inbox, and a theme and an account’s requests', () => {
    const { themeIds } = largeBook(2_000, 4_000, 400, 3_000);
    expect(inbox(t.store, { sort: 'arr' })).toHaveLength(1_400);
    expect(inboxThemes(t.store, {})).toHaveLength(400);
    expect(inboxUnlinkedRequests(t.store, {})).toHaveLength(1_000);
    const detail = getThemeDetail(t.store, themeIds[0]!);
    expect(detail.requests.length).toBeGreaterThan(0);
    const first = inbox(t.store, {}).find((i) => i.kind === 'request');
    const accountId = first?.kind === 'request' ? first.request.accountId : '';
    expect(listRequests(t.store, { accountId }).every((r) => r.accountId === accountId)).toBe(true);
  });

  it('reads theme totals and a theme’s or account’s requests through indexes', () => {
    const plan = (q: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
      const c = q.compile();
      return (t.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.parameters) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    };
    const themes = plan(selectThemeSummaries(t.store));
    expect(themes).toMatch(/feedback_requests_by_theme/);
    expect(themes).not.toMatch(/SCAN r\b/);
    expect(plan(selectRequests(t.store).where('r.theme_id', '=', 'x'))).toMatch(/SEARCH r USING INDEX feedback_requests_by_theme/);
    expect(plan(selectRequests(t.store).where('r.theme_id', 'is', null))).toMatch(/SEARCH r USING INDEX feedback_requests_by_theme/);
    expect(plan(selectRequests(t.store).where('r.account_id', '=', 'x').orderBy('r.created_at', 'desc'))).toMatch(
      /SEARCH r USING INDEX feedback_requests_by_account/,
    );
  });
});
