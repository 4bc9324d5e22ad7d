import { requireWritableAccount } from '../accounts/read-only';
import { randomUUID } from 'node:crypto';
import type { FeedbackRequest, ThemeDetail, ThemeFields } from '../../shared/feedback/schema';
import { checkTransition, type ThemeStatus } from '../../shared/feedback/theme-status';
import type { FeedbackThemesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { closeTheLoop } from './close-the-loop';
import { getRequest, listRequests, requireRequestRow } from './requests';
import { linkedAccountIds, setRequestTheme } from './requests-repository';
import {
  deleteTheme,
  findThemeRow,
  findThemeSummary,
  insertTheme,
  recordStatus,
  statusHistory,
  updateThemeFields,
  updateThemeStatus,
} from './themes-repository';

function requireThemeRow(store: Store, id: string): FeedbackThemesTable {
  const row = findThemeRow(store, id);
  if (!row) throw notFound('That theme');
  return row;
}

export function getThemeDetail(store: Store, id: string): ThemeDetail {
  const theme = findThemeSummary(store, id);
  if (!theme) throw notFound('That theme');
  return { theme, requests: listRequests(store, { themeId: id }), history: statusHistory(store, id) };
}

export function createTheme(store: Store, fields: ThemeFields, requestIds: readonly string[], now: Date): ThemeDetail {
  return store.tx(() => {
    const id = randomUUID();
    const at = now.toISOString();
    insertTheme(store, id, fields, at);
    recordStatus(store, id, null, 'new', null, at);
    for (const requestId of requestIds) linkRequest(store, requestId, id, now);
    return getThemeDetail(store, id);
  });
}

export function updateTheme(store: Store, id: string, fields: ThemeFields, now: Date): ThemeDetail {
  return store.tx(() => {
    requireThemeRow(store, id);
    updateThemeFields(store, id, fields, now.toISOString());
    return getThemeDetail(store, id);
  });
}

/** Deletes the theme; its requests stay, unlinked, back in the inbox. */
export function removeTheme(store: Store, id: string): { id: string } {
  requireThemeRow(store, id);
  deleteTheme(store, id);
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
    updateThemeStatus(store, id, status, status === 'wont-do' ? check.reason : null, at);
    recordStatus(store, id, row.status as ThemeStatus, status, check.reason, at);
    if (status === 'shipped') closeTheLoop(store, { id, title: row.title }, linkedAccountIds(store, id), now);
    if (status === 'wont-do' && check.reason) {
      closeTheLoop(store, { id, title: row.title }, linkedAccountIds(store, id), now, { kind: 'wont-do', reason: check.reason });
    }
    return getThemeDetail(store, id);
  });
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
      setRequestTheme(store, requestId, themeId, now.toISOString());
      if (theme.status === 'shipped') closeTheLoop(store, { id: themeId, title: theme.title }, [request.account_id], now);
    }
    return getRequest(store, requestId);
  });
}

export function unlinkRequest(store: Store, requestId: string, now: Date): FeedbackRequest {
  return store.tx(() => {
    const request = requireRequestRow(store, requestId);
    requireWritableAccount(store, request.account_id, 'feedback');
    setRequestTheme(store, requestId, null, now.toISOString());
    return getRequest(store, requestId);
  });
}
