import { accountsListQuery } from '../../../src/main/accounts/repository';
import { localIsoDate } from '../../../src/shared/dates/iso-date';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';

/**
 * The account at a glance (issue 16): the accounts table with its glance columns, sorted by
 * last touch, and one account's Overview summary. Run after the checklist cases, so every
 * account has a readiness checklist to count.
 */
export function glanceCases(book: BenchBook): BenchCase[] {
  const store = book.runtime.store!;
  const today = localIsoDate(new Date());
  const input = { sort: 'lastTouch', direction: 'desc' } as const;
  const compiled = accountsListQuery(store, input, today).compile();
  const list = store.sqlite.prepare(compiled.sql);
  // The bare column: the same reads as one statement (the handler also parses modules and blockers).
  const overview = store.sqlite.prepare(
    `SELECT (SELECT held_at FROM checkin_notes WHERE account_id = @id AND deleted_at IS NULL ORDER BY held_at DESC LIMIT 1),
            (SELECT count(*) FROM tasks WHERE account_id = @id AND done_at IS NULL AND source_kind = 'checkin-note'),
            (SELECT group_concat(status) FROM checklist_items WHERE account_id = @id AND removed_at IS NULL),
            (SELECT count(*) FROM licenses WHERE account_id = @id AND revoked_at IS NULL),
            (SELECT count(*) FROM blockers WHERE account_id = @id AND resolved_at IS NULL)`,
  );
  let accountId = book.accountIds[0]!;
  return [
    {
      name: 'accounts table with glance columns, by last touch',
      iterations: 30,
      handler: async () => {
        const result = await book.runtime.invoke('accounts:list', APP_URL, input);
        if (!result.ok) throw new Error(result.error.message);
      },
      bare: () => list.all(...(compiled.parameters as unknown[])),
    },
    {
      name: "one account's Overview at a glance",
      iterations: 1000,
      next: (i) => {
        accountId = book.accountIds[(i * 7919) % book.accountIds.length]!;
      },
      handler: async () => {
        const result = await book.runtime.invoke('handover:glance', APP_URL, { accountId });
        if (!result.ok) throw new Error(result.error.message);
      },
      bare: () => overview.get({ id: accountId }),
    },
  ];
}
