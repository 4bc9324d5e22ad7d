import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import type { Store } from '../db/store';
import { createTask } from '../tasks/service';
import { activeAccountOwners } from './themes-repository';

/** Days a CSM has to tell the customer that what they asked for shipped. */
export const CLOSE_THE_LOOP_DAYS = 7;

export const closeTheLoopKey = (themeId: string, accountId: string) => `feedback-theme:${themeId}:close-the-loop:${accountId}`;

export const closeTheLoopWontDoKey = (themeId: string, accountId: string) => `feedback-theme:${themeId}:wont-do:${accountId}`;

/** The most of a won't-do reason a task title repeats (a title holds 500 characters). */
const REASON_IN_TITLE = 300;

export type LoopOutcome = { kind: 'shipped' } | { kind: 'wont-do'; reason: string };

function loopTitle(accountName: string, themeTitle: string, outcome: LoopOutcome): string {
  if (outcome.kind === 'shipped') return `Close the loop: tell ${accountName} that "${themeTitle}" has shipped`;
  const reason = outcome.reason.length > REASON_IN_TITLE ? `${outcome.reason.slice(0, REASON_IN_TITLE - 1)}…` : outcome.reason;
  return `Close the loop: tell ${accountName} that "${themeTitle}" won't be done, and why: ${reason}`;
}

/**
 * Gives each (active) account one "close the loop" task for a theme that shipped or won't be
 * done (seed 004: "visible action or honest explanation"; the won't-do reason is in the task),
 * through the one tasks domain. The dedupe key makes it once per theme, outcome and account
 * for good: shipping again after a correction (shipped → planned → shipped) adds nothing.
 */
export function closeTheLoop(
  store: Store,
  theme: { id: string; title: string },
  accountIds: readonly string[],
  now: Date,
  outcome: LoopOutcome = { kind: 'shipped' },
): void {
  if (accountIds.length === 0) return;
  const accounts = activeAccountOwners(store, accountIds);
  const dueOn = addDays(localIsoDate(now), CLOSE_THE_LOOP_DAYS);
  for (const account of accounts) {
    createTask(
      store,
      {
        accountId: account.id,
        title: loopTitle(account.name, theme.title, outcome),
        owner: account.owner_csm,
        dueOn,
        source: { kind: 'feedback-theme', id: theme.id },
        dedupeKey: outcome.kind === 'shipped' ? closeTheLoopKey(theme.id, account.id) : closeTheLoopWontDoKey(theme.id, account.id),
      },
      now,
    );
  }
}
