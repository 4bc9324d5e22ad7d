import { CHECKLIST_SQL } from '../../../src/main/checklist/repository';
import { openChecklist, updateChecklistItem } from '../../../src/main/checklist/service';
import type { ChecklistStatus } from '../../../src/shared/checklist/schema';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';

const ANSWERS: { index: number; status: ChecklistStatus; note: string }[] = [
  { index: 0, status: 'done', note: 'Landscape agreed with the data office' },
  { index: 3, status: 'in-progress', note: 'Specification drafted, review next sync' },
  { index: 9, status: 'not-applicable', note: 'No Witty licence' },
];

/**
 * "Load a checklist": every account's checklist is laid out first (one transaction), a few
 * items answered, then `checklist:open` is measured against its two bare statements.
 */
export function checklistCases(book: BenchBook): BenchCase[] {
  const store = book.runtime.store!;
  const now = new Date();
  store.tx(() => {
    for (const accountId of book.accountIds) {
      const items = openChecklist(store, accountId, now).sections.flatMap((s) => s.items);
      for (const a of ANSWERS) {
        const item = items[a.index];
        if (item) updateChecklistItem(store, { id: item.id, changes: { status: a.status, note: a.note } }, now);
      }
    }
  });
  // The two statements `checklist:open` runs for a laid-out, current checklist.
  const instance = store.sqlite.prepare(CHECKLIST_SQL.instance);
  const items = store.sqlite.prepare(CHECKLIST_SQL.items);
  const n = book.accountIds.length;
  let i = 0;
  return [
    {
      name: 'load a checklist (33 items, with progress)',
      iterations: 3000,
      // Each side reads its own account, a different one every time: reading the account the
      // handler has just read would hand the bare side pages already in SQLite's cache.
      handler: async () => {
        const accountId = book.accountIds[(i * 7919) % n]!;
        const result = await book.runtime.invoke('checklist:open', APP_URL, { accountId });
        if (!result.ok) throw new Error(result.error.message);
      },
      bare: () => {
        const accountId = book.accountIds[(i++ * 7919 + Math.floor(n / 2)) % n]!;
        instance.get(accountId);
        return items.all(accountId);
      },
    },
  ];
}
