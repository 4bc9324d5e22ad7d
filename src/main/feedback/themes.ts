import { randomUUID } from 'node:crypto';
import type { FeedbackRequest, StatusChange, ThemeDetail, ThemeFields, ThemeSummary } from '../../shared/feedback/schema';
import { checkTransition, type ThemeStatus } from '../../shared/feedback/theme-status';
import type { FeedbackThemesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { closeTheLoop } from './close-the-loop';
import { getRequest, listRequests, requireRequestRow } from './requests';

type SummaryRow = FeedbackThemesTable & { arr_cents: number | null; account_count: number | null; request_count: number | null };

/**
 * Themes with what they are ranked by. ARR at stake sums each linked account once, however
 * many of its requests the theme holds (`a.id IN (…)` de-duplicates); archived accounts no
 * longer count.
 */
export function selectThemeSummaries(store: Store) {
  return store.q.selectFrom('feedback_themes as t').selectAll('t').select((eb) => {
    const linkedAccounts = eb.selectFrom('feedback_requests as r').select('r.account_id').whereRef('r.theme_id', '=', 't.id');
    return [
      eb
        .selectFrom('accounts as a')
        .where('a.archived_at', 'is', null)
        .where('a.id', 'in', linkedAccounts)
        .select((inner) => inner.fn.coalesce(inner.fn.sum<number>('a.arr_cents'), inner.lit(0)).as('v'))
        .as('arr_cents'),
      eb
        .selectFrom('accounts as a')
        .where('a.archived_at', 'is', null)
        .where('a.id', 'in', linkedAccounts)
        .select(eb.fn.countAll<number>().as('v'))
        .as('account_count'),
      eb
        .selectFrom('feedback_requests as r')
        .whereRef('r.theme_id', '=', 't.id')
        .select(eb.fn.countAll<number>().as('v'))
        .as('request_count'),
    ];
  });
}

/** The linked accounts' names per theme, largest ARR first. */
function accountNamesByTheme(store: Store, themeIds: readonly string[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (let i = 0; i < themeIds.length; i += 500) {
    const rows = store.all(
      store.q
        .selectFrom('feedback_requests as r')
        .innerJoin('accounts as a', 'a.id', 'r.account_id')
        .select(['r.theme_id', 'a.name'])
        .distinct()
        .where('r.theme_id', 'in', themeIds.slice(i, i + 500))
        .where('a.archived_at', 'is', null)
        .orderBy('a.arr_cents', 'desc')
        .orderBy('a.name'),
    );
    for (const row of rows) {
      if (!row.theme_id) continue;
      const list = names.get(row.theme_id) ?? [];
      list.push(row.name);
      names.set(row.theme_id, list);
    }
  }
  return names;
}

export function toThemeSummaries(store: Store, rows: readonly SummaryRow[]): ThemeSummary[] {
  const names = accountNamesByTheme(
    store,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    problemStatement: row.problem_statement,
    status: row.status as ThemeStatus,
    wontDoReason: row.wont_do_reason,
    statusChangedAt: row.status_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    arrAtStake: (row.arr_cents ?? 0) / 100,
    accountCount: row.account_count ?? 0,
    requestCount: row.request_count ?? 0,
    accountNames: names.get(row.id) ?? [],
  }));
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
  const [theme] = toThemeSummaries(store, [row]);
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
 * Shipping tells every linked account: each gets one close-the-loop task.
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
    requireRequestRow(store, requestId);
    store.run(
      store.q.updateTable('feedback_requests').set({ theme_id: null, updated_at: now.toISOString() }).where('id', '=', requestId),
    );
    return getRequest(store, requestId);
  });
}
