import type { QbrContent } from '../../shared/qbr/schema';
import type { Store } from '../db/store';
import { toCsv } from '../files/csv';
import { listRequests } from '../feedback/requests';
import { latestChecks } from '../health/repository';
import { toHealthCheck } from '../health/service';
import { openChecklist } from '../checklist/service';
import { listTasks } from '../tasks/repository';

const within = (date: string | null, from: string, to: string) => date !== null && date.slice(0, 10) >= from && date.slice(0, 10) <= to;

/**
 * The pack's CSV appendices: every row behind the deck's tables, uncut (the deck clips long
 * cells). Written through the files module: UTF-8 with a BOM, formulas neutralised.
 */
export function buildAppendices(store: Store, accountId: string, content: QbrContent, now: Date): { name: string; text: string }[] {
  const { from, to } = content;
  const tasks = listTasks(store, { accountId, status: 'all', limit: 1000 }).filter(
    (t) => !t.doneAt || within(t.doneAt, from, to) || within(t.dueOn, from, to),
  );
  const feedback = listRequests(store, { accountId })
    .filter((r) => within(r.createdAt, from, to))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const checklist = openChecklist(store, accountId, now);
  const checks = latestChecks(store, accountId, 500)
    .map(toHealthCheck)
    .filter((c) => c.checkedOn >= from && c.checkedOn <= to)
    .reverse();
  return [
    {
      name: 'appendix-action-items.csv',
      text: toCsv(
        ['Action', 'Owner', 'Due', 'Status', 'Completed', 'Source'],
        tasks.map((t) => [t.title, t.owner, t.dueOn ?? '', t.doneAt ? 'Done' : 'Open', t.doneAt?.slice(0, 10) ?? '', t.sourceKind]),
      ),
    },
    {
      name: 'appendix-feedback.csv',
      text: toCsv(
        ['Raised', 'Request', 'Why (chain)', 'Root cause', 'Category', 'Product area', 'Priority', 'Theme', 'Theme status'],
        feedback.map((r) => [r.createdAt.slice(0, 10), r.request, r.whys.join(' → '), r.rootCause, r.category, r.productArea, r.priority, r.themeTitle ?? '', r.themeStatus ?? '']),
      ),
    },
    {
      name: 'appendix-checklist.csv',
      text: toCsv(
        ['Section', 'Item', 'Status', 'Note', 'Evidence', 'Changed by', 'Changed'],
        checklist.sections.flatMap((s) => s.items.map((i) => [s.title, i.text, i.status, i.note, i.evidence, i.changedBy, i.changedAt?.slice(0, 10) ?? ''])),
      ),
    },
    {
      name: 'appendix-health-history.csv',
      text: toCsv(
        ['Checked on', 'Score', 'Tier', 'Model', ...(checks[0]?.contributions.map((c) => c.label) ?? []), 'Note'],
        checks.map((c) => [c.checkedOn, c.score == null ? '' : String(c.score), c.tier ?? '', c.modelId, ...c.contributions.map((x) => (x.score == null ? '' : String(x.score))), c.note]),
      ),
    },
  ];
}
