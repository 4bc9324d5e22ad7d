import { localIsoDate } from '../../shared/dates/iso-date';
import { CATEGORY_LABELS, PRIORITY_LABELS, ROUTE_LABELS } from '../../shared/feedback/classification';
import type { FeedbackRequest, InboxItem, InboxQuery, ThemeSummary } from '../../shared/feedback/schema';
import { THEME_STATUS_LABELS } from '../../shared/feedback/theme-status';
import { joinWhyChain } from '../../shared/feedback/why-chain';
import type { Store } from '../db/store';
import { toCsv as csvText } from '../files/csv';
import { inbox } from './inbox';
import { matchingRequestsByTheme } from './inbox-repository';
import { statusHistory } from './themes-repository';

/** The inbox as it is on screen, with each theme's requests that match the same filters. */
export interface ExportView {
  items: InboxItem[];
  requestsByTheme: Map<string, FeedbackRequest[]>;
}

export function loadExportView(store: Store, q: InboxQuery): ExportView {
  const items = inbox(store, q);
  const themeIds = items.flatMap((i) => (i.kind === 'theme' ? [i.theme.id] : []));
  return { items, requestsByTheme: matchingRequestsByTheme(store, themeIds, q) };
}

export const CSV_HEADER = [
  'Theme',
  'Theme status',
  "Won't do reason",
  'Theme ARR at stake',
  'Theme accounts',
  'Account',
  'Segment',
  'Account ARR',
  'Request (verbatim)',
  'Why chain',
  'Root cause',
  'Category',
  'Product area',
  'Route',
  'Priority',
  'Asked by',
  'Captured on',
  'Business justification',
  'Impact assessment',
  'Vendor issue',
] as const;

const themeColumns = (t: ThemeSummary | null): string[] =>
  t
    ? [t.title, THEME_STATUS_LABELS[t.status], t.wontDoReason ?? '', String(t.arrAtStake), t.accountNames.join('; ')]
    : ['', '', '', '', ''];

const requestColumns = (r: FeedbackRequest): string[] => [
  r.accountName,
  r.accountSegment,
  String(r.accountArr),
  r.request,
  joinWhyChain(r.whys),
  r.rootCause,
  CATEGORY_LABELS[r.category],
  r.productArea,
  ROUTE_LABELS[r.route],
  PRIORITY_LABELS[r.priority],
  r.askedBy.map((p) => p.name).join('; '),
  localIsoDate(new Date(r.createdAt)),
  r.businessJustification,
  r.impactAssessment,
  r.vendorIssueUrl,
];

/**
 * One row per request, in the inbox's order, each with its theme (blank for an unlinked
 * request). A theme with no matching request still gets a row so the file shows the whole view.
 */
export function exportRows(view: ExportView): string[][] {
  const rows: string[][] = [];
  for (const item of view.items) {
    if (item.kind === 'request') {
      rows.push([...themeColumns(null), ...requestColumns(item.request)]);
      continue;
    }
    const requests = view.requestsByTheme.get(item.theme.id) ?? [];
    if (requests.length === 0) rows.push([...themeColumns(item.theme), ...Array<string>(CSV_HEADER.length - 5).fill('')]);
    for (const r of requests) rows.push([...themeColumns(item.theme), ...requestColumns(r)]);
  }
  return rows;
}

/** The export as CSV (RFC 4180, BOM, formula-safe: see `files/csv.ts`). */
export function toCsv(view: ExportView): string {
  return csvText(CSV_HEADER, exportRows(view));
}

export function toJson(store: Store, view: ExportView, q: InboxQuery, now: Date): string {
  const items = view.items.map((item) =>
    item.kind === 'request'
      ? item
      : {
          kind: 'theme' as const,
          theme: item.theme,
          history: statusHistory(store, item.theme.id),
          requests: view.requestsByTheme.get(item.theme.id) ?? [],
        },
  );
  return `${JSON.stringify({ format: 'fieldbook-feedback', version: 1, exportedAt: now.toISOString(), filters: q, items }, null, 2)}\n`;
}

export function countRequests(view: ExportView): number {
  return view.items.reduce(
    (n, item) => n + (item.kind === 'request' ? 1 : (view.requestsByTheme.get(item.theme.id)?.length ?? 0)),
    0,
  );
}
