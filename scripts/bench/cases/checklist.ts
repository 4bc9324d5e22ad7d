import { openChecklist } from '../../../src/main/checklist/service';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';

const LAID_OUT = 200;

/**
 * "Load a checklist" (issue 3): an account's readiness checklist that was laid out before,
 * opened through `checklist:open`, against the two reads opening a current checklist makes.
 */
export function checklistCases(book: BenchBook): BenchCase[] {
  const store = book.runtime.store!;
  const accounts = book.accountIds.slice(0, LAID_OUT);
  for (const id of accounts) openChecklist(store, id, new Date());
  const instance = store.sqlite.prepare('SELECT * FROM checklist_instances WHERE account_id = ?');
  const items = store.sqlite.prepare('SELECT * FROM checklist_items WHERE account_id = ? AND removed_at IS NULL ORDER BY position');
  let accountId = accounts[0]!;
  return [
    {
      name: "load an account's readiness checklist",
      iterations: 400,
      next: (i) => {
        accountId = accounts[(i * 7) % accounts.length]!;
      },
      handler: async () => {
        const result = await book.runtime.invoke('checklist:open', APP_URL, { accountId });
        if (!result.ok) throw new Error(result.error.message);
      },
      bare: () => {
        instance.get(accountId);
        return items.all(accountId);
      },
    },
  ];
}
