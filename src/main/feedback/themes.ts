import { requireWritableAccount } from '../accounts/read-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FeedbackRequest, StatusChange, ThemeDetail, ThemeFields, ThemeSummary } from '../../shared/feedback/schema';
import { checkTransition, type ThemeStatus } from '../../shared/feedback/theme-status';
import type { FeedbackThemesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { closeTheLoop } from './close-the-loop';
import { getRequest, listRequests, requireRequestRow } from './requests';

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

function requireThemeRow(store: Store, id: string): FeedbackThemesTable {
  const row = store.first(store.q.selectFrom('feedback_themes').selectAll().where('id', '=', id));
  if (!row) throw notFound('That theme');
  return row;
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

export function getThemeDetail(store: Store, id: string): ThemeDetail {
  const row = store.first(selectThemeSummaries(store).where('t.id', '=', id));
  if (!row) throw notFound('That theme');
  const [theme] = toThemeSummaries([row]);
  if (!theme) throw notFound('That theme');
  return { theme, requests: listRequests(store, { themeId: id }), history: statusHistory(store, id) };
}

function recordStatus(store: Store, themeId: string, from: ThemeStatus | null, to: ThemeStatus, reason: string | null, at: string) {
  store.run(
    store.q
      .insertInto('feedback_theme_status_changes')
      .values({ theme_id: themeId, from_status: from, to_status: to, reason, changed_at: at }),
  );
}

export function createTheme(store: Store, fields: ThemeFields, requestIds: readonly string[], now: Date): ThemeDetail {
  return store.tx(() => {
    const id = randomUUID();
    const at = now.toISOString();
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
    recordStatus(store, id, null, 'new', null, at);
    for (const requestId of requestIds) linkRequest(store, requestId, id, now);
    return getThemeDetail(store, id);
  });
}

export function updateTheme(store: Store, id: string, fields: ThemeFields, now: Date): ThemeDetail {
  return store.tx(() => {
    requireThemeRow(store, id);
    store.run(
      store.q
        .updateTable('feedback_themes')
        .set({ title: fields.title, problem_statement: fields.problemStatement, updated_at: now.toISOString() })
        .where('id', '=', id),
    );
    return getThemeDetail(store, id);
  });
}

/** Deletes the theme; its requests stay, unlinked, back in the inbox. */
export function removeTheme(store: Store, id: string): { id: string } {
  requireThemeRow(store, id);
  store.run(store.q.deleteFrom('feedback_themes').where('id', '=', id));
  return { id };
}

/**
 * Moves a theme to a new status (see `checkTransition`) and keeps the change with its date.
 * Shipping, or deciding it won't be done, tells every linked account: each gets one
 * close-the-loop task (with the reason, for won't do).
 */
export function setThemeStatus(store: Store, id: string, status: ThemeStatus, reason: string | null, now: Date): ThemeDetail {
  return store.tx(() => {
    const row = requireThemeRow(store, id);
    const check = checkTransition(row.status as ThemeStatus, status, reason);
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message, [{ path: [check.field], message: check.message }]);
    const at = now.toISOString();
    store.run(
      store.q
        .updateTable('feedback_themes')
        .set({ status, wont_do_reason: status === 'wont-do' ? check.reason : null, status_changed_at: at, updated_at: at })
        .where('id', '=', id),
    );
    recordStatus(store, id, row.status as ThemeStatus, status, check.reason, at);
    if (status === 'shipped') closeTheLoop(store, { id, title: row.title }, linkedAccountIds(store, id), now);
    if (status === 'wont-do' && check.reason) {
      closeTheLoop(store, { id, title: row.title }, linkedAccountIds(store, id), now, { kind: 'wont-do', reason: check.reason });
    }
    return getThemeDetail(store, id);
  });
}

function linkedAccountIds(store: Store, themeId: string): string[] {
  return store
    .all(store.q.selectFrom('feedback_requests').select('account_id').distinct().where('theme_id', '=', themeId))
    .map((r) => r.account_id);
}

/**
 * Links a request to a theme (moving it from any other). Linked to a theme that already
 * shipped, its account is told too.
 */
export function linkRequest(store: Store, requestId: string, themeId: string, now: Date): FeedbackRequest {
  return store.tx(() => {
    const request = requireRequestRow(store, requestId);
    requireWritableAccount(store, request.account_id, 'feedback');
    const theme = requireThemeRow(store, themeId);
    if (request.theme_id !== themeId) {
      store.run(
        store.q
          .updateTable('feedback_requests')
          .set({ theme_id: themeId, updated_at: now.toISOString() })
          .where('id', '=', requestId),
      );
      if (theme.status === 'shipped') closeTheLoop(store, { id: themeId, title: theme.title }, [request.account_id], now);
    }
    return getRequest(store, requestId);
  });
}

export function unlinkRequest(store: Store, requestId: string, now: Date): FeedbackRequest {
  return store.tx(() => {
    const request = requireRequestRow(store, requestId);
    requireWritableAccount(store, request.account_id, 'feedback');
    store.run(
      store.q.updateTable('feedback_requests').set({ theme_id: null, updated_at: now.toISOString() }).where('id', '=', requestId),
    );
    return getRequest(store, requestId);
  });
}
