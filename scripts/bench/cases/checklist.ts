import { CHECKLIST_SQL } from '../../../src/main/checklist/repository';
import { openChecklist, updateChecklistItem } from '../../../src/main/checklist/service';
import type { ChecklistStatus } from '../../../src/shared/checklist/schema';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';
import { actingPerson } from '../../../src/main/settings/actor';

const ANSWERS: { index: number; status: ChecklistStatus; note: string }[] = [
  { index: 0, status: 'done', note: 'Landscape agreed with the data office' },
  { index: 3, status: 'in-progress', note: 'Specification drafted, review next sync' },
  { index: 9, status: 'not-applicable', note: 'No Witty licence' },
];

/**
 * "Load a checklist" (issue 3): every account's checklist is laid out and a few items answered
 * (one transaction), then `checklist:open` is measured against the two fixed statements that
 * opening a current checklist runs.
 */
export function checklistCases(book: BenchBook): BenchCase[] {
  const store = book.runtime.store!;
  const now = new Date();
  store.tx(() => {
    for (const accountId of book.accountIds) {
      const items = openChecklist(store, accountId, now).sections.flatMap((s) => s.items);
      for (const a of ANSWERS) {
        const item = items[a.index];
        if (item) updateChecklistItem(store, { id: item.id, changes: { status: a.status, note: a.note } }, now, actingPerson(store));
      }
    }
  });
  const instance = store.sqlite.prepare(CHECKLIST_SQL.instance);
  const items = store.sqlite.prepare(CHECKLIST_SQL.items);
  let accountId = book.accountIds[0]!;
  return [
    {
      name: "load an account's readiness checklist",
      iterations: 1000,
      next: (i) => {
        accountId = book.accountIds[(i * 7919) % book.accountIds.length]!;
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
