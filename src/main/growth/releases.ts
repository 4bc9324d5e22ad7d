import { randomUUID } from 'node:crypto';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import type { NotifyResult, Release, ReleaseAccount, ReleaseDetail, ReleaseFields } from '../../shared/growth/schema';
import { releaseEmailDraft } from '../../shared/growth/release-draft';
import { isOlderThan, normaliseVersion, parseVersion } from '../../shared/growth/version';
import type { Store } from '../db/store';
import { AppError, fieldConflict, notFound } from '../ipc/app-error';
import { CLOSE_THE_LOOP_DAYS, closeTheLoopKey } from '../feedback/close-the-loop';
import { setThemeStatus } from '../feedback/themes';
import { countAllTasks, createTask } from '../tasks/service';
import {
  activeAccountsForRelease,
  askedByAccounts,
  deleteRelease,
  findReleaseByVersion,
  findReleaseRow,
  greetingContacts,
  insertRelease,
  insertReleaseThemes,
  listReleaseRows,
  releaseThemes,
  setReleaseNotified,
  themeRows,
} from './repository';

/** Days the CSM has to offer the demo to an account whose request shipped. */
export const DEMO_OFFER_DAYS = 14;

export const notifyKey = (releaseId: string, accountId: string) => `release:${releaseId}:notify:${accountId}`;
export const demoOfferKey = (releaseId: string, accountId: string) => `release:${releaseId}:demo-offer:${accountId}`;

export function listReleases(store: Store): Release[] {
  const rows = listReleaseRows(store);
  const themes = releaseThemes(store, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    releasedOn: r.released_on,
    highlights: r.highlights,
    themes: themes.get(r.id) ?? [],
    notifiedAt: r.notified_at,
    createdAt: r.created_at,
  }));
}

/**
 * Records a release with the feedback themes it ships. The version is kept as written
 * canonically (v2.10 → 2.10.0) and may be recorded once. Themes are shipped (and their
 * accounts told) by "Notify accounts", so that each account gets one task for both.
 */
export function recordRelease(store: Store, fields: ReleaseFields, now: Date): ReleaseDetail {
  const version = normaliseVersion(fields.version);
  if (!version) throw fieldConflict('version', 'Write the version as numbers with dots, e.g. 2.10.0');
  return store.tx(() => {
    if (findReleaseByVersion(store, version)) throw fieldConflict('version', `Version ${version} is already recorded.`);
    const themeIds = [...new Set(fields.themeIds)];
    const themes = themeRows(store, themeIds);
    if (themes.length !== themeIds.length) throw fieldConflict('themeIds', 'One of those themes was not found. It may have been deleted.');
    const rejected = themes.find((t) => t.status === 'wont-do');
    if (rejected) throw fieldConflict('themeIds', `"${rejected.title}" is marked won't do; reconsider it in Feedback before shipping it.`);
    const id = randomUUID();
    const at = now.toISOString();
    insertRelease(store, { id, version, released_on: fields.releasedOn, highlights: fields.highlights, notified_at: null, created_at: at, updated_at: at });
    insertReleaseThemes(store, id, themeIds);
    return getRelease(store, id);
  });
}

export function removeRelease(store: Store, id: string): { id: string } {
  return store.tx(() => {
    if (!findReleaseRow(store, id)) throw notFound('That release');
    deleteRelease(store, id);
    return { id };
  });
}

/**
 * The release with the accounts it concerns: those on an older version, or whose version is
 * not known (they may be), and those whose requests it ships, with what they asked for.
 */
export function getRelease(store: Store, id: string): ReleaseDetail {
  const row = findReleaseRow(store, id);
  if (!row) throw notFound('That release');
  const themes = releaseThemes(store, [id]).get(id) ?? [];
  const asked = new Map<string, string[]>();
  for (const a of askedByAccounts(store, themes.map((t) => t.id))) {
    const list = asked.get(a.account_id) ?? [];
    list.push(a.title);
    asked.set(a.account_id, list);
  }
  const accounts: ReleaseAccount[] = activeAccountsForRelease(store).map((a) => ({
    id: a.id,
    name: a.name,
    productVersion: a.product_version,
    asked: asked.get(a.id) ?? [],
    olderVersion: isOlderThan(a.product_version, row.version),
  }));
  return {
    id: row.id,
    version: row.version,
    releasedOn: row.released_on,
    highlights: row.highlights,
    themes,
    notifiedAt: row.notified_at,
    createdAt: row.created_at,
    toNotify: accounts.filter((a) => needsNotice(a.productVersion, row.version) || a.asked.length > 0),
    askedFor: accounts.filter((a) => a.asked.length > 0),
  };
}

/** An account on an older version, or on one nobody recorded, hears of the release. */
function needsNotice(installed: string, release: string): boolean {
  return parseVersion(installed) === null || isOlderThan(installed, release);
}

/**
 * "Notify accounts": per account it concerns, one "notify of release" task with the email draft
 * to copy, and for accounts whose requests it ships one "personalised demo offer" task. Then
 * every theme it ships moves to shipped through the feedback collector's own path, whose
 * close-the-loop task for each (theme, account) is the notify task already made: it claimed
 * those keys. Running it again adds nothing.
 */
export function notifyAccounts(store: Store, id: string, sender: string, now: Date): NotifyResult {
  return store.tx(() => {
    const release = getRelease(store, id);
    // A theme can be moved to won't do after the release was recorded; shipping it would be a lie.
    const rejected = release.themes.find((t) => t.status === 'wont-do');
    if (rejected) throw new AppError('CONFLICT', `"${rejected.title}" is now marked won't do; reconsider it in Feedback, then notify.`);
    const today = localIsoDate(now);
    const greetings = greetingContacts(store, release.toNotify.map((a) => a.id));
    const themeIdsByAccount = new Map<string, string[]>();
    for (const a of askedByAccounts(store, release.themes.map((t) => t.id))) {
      themeIdsByAccount.set(a.account_id, [...(themeIdsByAccount.get(a.account_id) ?? []), a.theme_id]);
    }
    const owners = new Map(activeAccountsForRelease(store).map((a) => [a.id, a.owner_csm]));
    const before = countAllTasks(store);
    let notifyTasks = 0;
    let demoTasks = 0;
    for (const account of release.toNotify) {
      const contact = greetings.get(account.id);
      const greeting = contact ? contact.salutation || contact.name.split(/\s+/)[0] || '' : '';
      createTask(
        store,
        {
          accountId: account.id,
          title: `Tell ${account.name} about version ${release.version}`,
          owner: owners.get(account.id) ?? '',
          dueOn: addDays(today, CLOSE_THE_LOOP_DAYS),
          source: { kind: 'release', id: release.id },
          dedupeKey: notifyKey(release.id, account.id),
          alsoKnownAs: (themeIdsByAccount.get(account.id) ?? []).map((themeId) => closeTheLoopKey(themeId, account.id)),
          details: releaseEmailDraft({
            accountName: account.name,
            greeting,
            version: release.version,
            releasedOn: release.releasedOn,
            highlights: release.highlights,
            asked: account.asked,
            sender,
          }),
        },
        now,
      );
      notifyTasks++;
      if (account.asked.length > 0) {
        createTask(
          store,
          {
            accountId: account.id,
            title: `Offer ${account.name} a personalised demo of ${release.version}: ${account.asked.join('; ')}`,
            owner: owners.get(account.id) ?? '',
            dueOn: addDays(today, DEMO_OFFER_DAYS),
            source: { kind: 'release', id: release.id },
            dedupeKey: demoOfferKey(release.id, account.id),
          },
          now,
        );
        demoTasks++;
      }
    }
    for (const theme of release.themes) {
      if (theme.status !== 'shipped') setThemeStatus(store, theme.id, 'shipped', `Shipped in ${release.version}`, now);
    }
    setReleaseNotified(store, release.id, now.toISOString());
    return { notifyTasks, demoTasks, created: countAllTasks(store) - before };
  });
}
