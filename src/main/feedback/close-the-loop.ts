import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import type { Store } from '../db/store';
import { createTask } from '../tasks/service';

/** Days a CSM has to tell the customer that what they asked for shipped. */
export const CLOSE_THE_LOOP_DAYS = 7;

export const closeTheLoopKey = (themeId: string, accountId: string) => `feedback-theme:${themeId}:close-the-loop:${accountId}`;

/**
 * Gives each (active) account one "close the loop" task for a shipped theme, through the one
 * tasks domain. The dedupe key makes it once per theme and account for good: shipping again
 * after a correction (shipped → planned → shipped) adds nothing.
 */
export function closeTheLoop(store: Store, theme: { id: string; title: string }, accountIds: readonly string[], now: Date): void {
  if (accountIds.length === 0) return;
  const accounts = store.all(
    store.q
      .selectFrom('accounts')
      .select(['id', 'name', 'owner_csm'])
      .where('id', 'in', [...accountIds])
      .where('archived_at', 'is', null),
  );
  const dueOn = addDays(localIsoDate(now), CLOSE_THE_LOOP_DAYS);
  for (const account of accounts) {
    createTask(
      store,
      {
        accountId: account.id,
        title: `Close the loop: tell ${account.name} that "${theme.title}" has shipped`,
        owner: account.owner_csm,
        dueOn,
        source: { kind: 'feedback-theme', id: theme.id },
        dedupeKey: closeTheLoopKey(theme.id, account.id),
      },
      now,
    );
  }
}
