import { sql } from 'kysely';
import type { StatusChange, ThemeFields, ThemeSuggestion, ThemeSummary } from '../../shared/feedback/schema';
import type { ThemeStatus } from '../../shared/feedback/theme-status';
import type { FeedbackThemesTable } from '../db/schema';
import type { Store } from '../db/store';

type SummaryRow = FeedbackThemesTable & { accounts_json: string | null; request_count: number | null };

/**
 * Themes with what they are ranked by. ARR at stake sums each linked account once, however
 * many of its requests the theme holds (`a.id IN (…)` de-duplicates); archived accounts no
 * longer count. The totals and names come from one correlated subquery per theme, as JSON.
 */
export function selectThemeSummaries(store: Store) {
  return store.q
    .selectFrom('feedback_themes as t')
    .selectAll('t')
    .select([
      sql<string>`(SELECT json_object('arr', coalesce(sum(la.arr_cents), 0), 'count', count(*), 'names', json_group_array(la.name)) FROM (
        SELECT a.arr_cents, a.name FROM accounts a
        WHERE a.archived_at IS NULL AND a.id IN (SELECT r.account_id FROM feedback_requests r WHERE r.theme_id = t.id)
        ORDER BY a.arr_cents DESC, a.name) AS la)`.as('accounts_json'),
      (eb) =>
        eb
          .selectFrom('feedback_requests as r')
          .whereRef('r.theme_id', '=', 't.id')
          .select(eb.fn.countAll<number>().as('v'))
          .as('request_count'),
    ]);
}

interface LinkedAccounts {
  arr: number;
  count: number;
  names: string[];
}

export function toThemeSummaries(rows: readonly SummaryRow[]): ThemeSummary[] {
  return rows.map((row) => {
    const linked: LinkedAccounts = row.accounts_json ? (JSON.parse(row.accounts_json) as LinkedAccounts) : { arr: 0, count: 0, names: [] };
    return {
      id: row.id,
      title: row.title,
      problemStatement: row.problem_statement,
      status: row.status as ThemeStatus,
      wontDoReason: row.wont_do_reason,
      statusChangedAt: row.status_changed_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      arrAtStake: linked.arr / 100,
      accountCount: linked.count,
      requestCount: row.request_count ?? 0,
      accountNames: linked.names,
    };
  });
}

export function findThemeRow(store: Store, id: string): FeedbackThemesTable | undefined {
  return store.first(store.q.selectFrom('feedback_themes').selectAll().where('id', '=', id));
}

export function findThemeSummary(store: Store, id: string): ThemeSummary | undefined {
  const row = store.first(selectThemeSummaries(store).where('t.id', '=', id));
  return row ? toThemeSummaries([row])[0] : undefined;
}

export function statusHistory(store: Store, themeId: string): StatusChange[] {
  return store
    .all(
      store.q
        .selectFrom('feedback_theme_status_changes')
        .selectAll()
        .where('theme_id', '=', themeId)
        .orderBy('seq'),
    )
    .map((c) => ({
      from: c.from_status as ThemeStatus | null,
      to: c.to_status as ThemeStatus,
      reason: c.reason,
      changedAt: c.changed_at,
    }));
}

export function recordStatus(store: Store, themeId: string, from: ThemeStatus | null, to: ThemeStatus, reason: string | null, at: string): void {
  store.run(
    store.q
      .insertInto('feedback_theme_status_changes')
      .values({ theme_id: themeId, from_status: from, to_status: to, reason, changed_at: at }),
  );
}

export function insertTheme(store: Store, id: string, fields: ThemeFields, at: string): void {
  store.run(
    store.q.insertInto('feedback_themes').values({
      id,
      title: fields.title,
      problem_statement: fields.problemStatement,
      status: 'new',
      wont_do_reason: null,
      status_changed_at: at,
      created_at: at,
      updated_at: at,
    }),
  );
}

export function updateThemeFields(store: Store, id: string, fields: ThemeFields, at: string): void {
  store.run(
    store.q
      .updateTable('feedback_themes')
      .set({ title: fields.title, problem_statement: fields.problemStatement, updated_at: at })
      .where('id', '=', id),
  );
}

export function deleteTheme(store: Store, id: string): void {
  store.run(store.q.deleteFrom('feedback_themes').where('id', '=', id));
}

export function updateThemeStatus(store: Store, id: string, status: ThemeStatus, wontDoReason: string | null, at: string): void {
  store.run(
    store.q
      .updateTable('feedback_themes')
      .set({ status, wont_do_reason: wontDoReason, status_changed_at: at, updated_at: at })
      .where('id', '=', id),
  );
}

/**
 * Themes whose title or problem statement match the FTS5 query `match`, best match first.
 * The title weighs double.
 */
export function findSimilarThemes(store: Store, match: string, excludeThemeId: string, limit: number): ThemeSuggestion[] {
  const query = sql<{ id: string; title: string; problem_statement: string; status: string }>`
    SELECT t.id, t.title, t.problem_statement, t.status
    FROM feedback_themes_fts f
    JOIN feedback_themes t ON t.id = f.theme_id
    WHERE feedback_themes_fts MATCH ${match} AND t.id <> ${excludeThemeId}
    ORDER BY bm25(feedback_themes_fts, 0.0, 2.0, 1.0), t.created_at DESC
    LIMIT ${limit}`;
  return store
    .all({ compile: () => query.compile(store.q) })
    .map((r) => ({ id: r.id, title: r.title, problemStatement: r.problem_statement, status: r.status as ThemeStatus }));
}

/** The active (not archived) accounts among `accountIds`, with who owns each. */
export function activeAccountOwners(store: Store, accountIds: readonly string[]): { id: string; name: string; owner_csm: string }[] {
  return store.all(
    store.q
      .selectFrom('accounts')
      .select(['id', 'name', 'owner_csm'])
      .where('id', 'in', [...accountIds])
      .where('archived_at', 'is', null),
  );
}
