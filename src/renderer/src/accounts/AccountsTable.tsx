import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AccountRow } from '../../../shared/accounts/schema';
import { SegmentBadge, StageBadge } from '../ui/badges';
import { formatDay, formatMoney, relativeDay } from '../ui/format';
import { localIsoDate } from '../../../shared/dates/iso-date';
import type { AccountFilters } from './accounts-store';
import type { RowRange } from './queries';
import { HealthCell } from '../health/badges';
import '../health/health.css';

type SortKey = AccountFilters['sort'];

/**
 * Widths are fixed (table-layout: fixed), not measured from the rows on screen: a virtualised
 * table draws ~30 rows at a time, so measured columns would shift sideways while scrolling.
 */
const COLUMNS: { key: SortKey; label: string; numeric?: boolean; width: string }[] = [
  { key: 'name', label: 'Account', width: '12%' },
  { key: 'health', label: 'Health', width: '10%' },
  { key: 'segment', label: 'Segment', width: '8%' },
  { key: 'stage', label: 'Stage', width: '8%' },
  { key: 'arr', label: 'ARR', numeric: true, width: '7%' },
  { key: 'productVersion', label: 'Version', width: '6%' },
  { key: 'renewalDate', label: 'Renewal', width: '10%' },
  { key: 'ownerCsm', label: 'Owner', width: '8%' },
  // The account at a glance, sortable like the rest.
  { key: 'lastTouch', label: 'Last touch', width: '8%' },
  { key: 'openActionItems', label: 'Action items', numeric: true, width: '7%' },
  { key: 'readiness', label: 'Readiness', numeric: true, width: '6%' },
  { key: 'openBlockers', label: 'Blockers', numeric: true, width: '6%' },
  { key: 'licenseExpiry', label: 'License expiry', width: '7%' },
];
const CONTACTS_WIDTH = '7%';

const ROW_HEIGHT = 37;

interface AccountsTableProps {
  /** How many accounts match, all pages together. */
  total: number;
  /** The row at this position, once its page has loaded. */
  rowAt: (index: number) => AccountRow | undefined;
  /** Changes with the filters and the order: the table goes back to its top. */
  resetKey: string;
  /** The rows on screen (and the overscan around them): the pages to load. */
  onRangeChange: (range: RowRange) => void;
  sort: SortKey;
  direction: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  onOpen: (row: AccountRow) => void;
}

/**
 * The book as a sortable table: only the rows on screen are rendered, and only their pages are
 * loaded from main, so 2,000 accounts scroll smoothly and a filter sends one page, not the book.
 */
export function AccountsTable({ total, rowAt, resetKey, onRangeChange, sort, direction, onSort, onOpen }: AccountsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const current = Math.min(active, Math.max(total - 1, 0));
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => onRangeChange({ first, last }), [first, last, onRangeChange]);

  // New filters or a new order: back to the first row (the previous position means nothing now).
  const [shownKey, setShownKey] = useState(resetKey);
  if (shownKey !== resetKey) {
    setShownKey(resetKey);
    setActive(0);
  }
  useEffect(() => virtualizer.scrollToOffset(0), [resetKey, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(total - 1, to));
      setActive(next);
      virtualizer.scrollToIndex(next);
    };
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(total - 1);
    else if (event.key === 'Enter' && event.target === event.currentTarget) {
      // Enter on a focused link or sort button is theirs to handle: the link opens its own row.
      // A row whose page is still loading has nothing to open yet.
      const row = rowAt(current);
      if (row) onOpen(row);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="table-wrap table-wrap-rows"
      // How tall every row would be: a short window (200 % zoom) keeps some rows in view, a few rows no tall box.
      style={{ '--rows-height': `${(total + 1) * ROW_HEIGHT + 2}px` } as CSSProperties}
      tabIndex={0}
      role="region"
      aria-label="Accounts table. Use the arrow keys to move and Enter to open."
      onKeyDown={onKeyDown}
    >
      <table className="table table-fixed" aria-rowcount={total + 1}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.key} style={{ width: c.width }} />
          ))}
          <col style={{ width: CONTACTS_WIDTH }} />
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                className={c.numeric ? 'num' : undefined}
                aria-sort={sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort === c.key ? (direction === 'asc' ? ' ↑' : ' ↓') : ''}</span>
                </button>
              </th>
            ))}
            <th className="num">Contacts</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS.length + 1} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row) {
              return (
                <tr key={`loading-${item.index}`} aria-rowindex={item.index + 2} aria-busy="true">
                  <td colSpan={COLUMNS.length + 1} className="faint">
                    Loading…
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === current}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => onOpen(row)}
              >
                <td className="primary-cell">
                  <a
                    href={`#account/${row.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onOpen(row);
                    }}
                  >
                    {row.name}
                  </a>
                  {row.archivedAt && <span className="badge badge-after">Archived</span>}
                </td>
                <td>
                  <HealthCell score={row.health.score} tier={row.health.tier} trend={row.health.trend} overridden={row.health.overridden} />
                </td>
                <td>
                  <SegmentBadge segment={row.segment} overridden={row.segmentOverride !== null} />
                </td>
                <td>
                  <StageBadge stage={row.stage} />
                </td>
                <td className="num">{formatMoney(row.arr)}</td>
                <td>{row.productVersion || <span className="faint">—</span>}</td>
                <td>
                  {row.renewalDate ? (
                    <span title={formatDay(row.renewalDate)}>
                      {formatDay(row.renewalDate)} <span className="faint">· {relativeDay(row.renewalDate)}</span>
                    </span>
                  ) : (
                    <span className="faint">—</span>
                  )}
                </td>
                <td>{row.ownerCsm || <span className="faint">—</span>}</td>
                <td>
                  {row.lastTouchAt ? relativeDay(localIsoDate(new Date(row.lastTouchAt))) : <span className="faint">No notes</span>}
                </td>
                <td className="num">
                  {row.openActionItems}
                  {row.overdueActionItems > 0 && <span className="overdue-count"> ({row.overdueActionItems} overdue)</span>}
                </td>
                <td className="num">{row.readinessPercent === null ? <span className="faint">—</span> : `${row.readinessPercent}%`}</td>
                <td className="num">{row.openBlockers > 0 ? <span className="overdue-count">{row.openBlockers}</span> : <span className="faint">0</span>}</td>
                <td>{row.nextLicenseExpiry ? formatDay(row.nextLicenseExpiry) : <span className="faint">—</span>}</td>
                <td className="num">{row.contactCount}</td>
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS.length + 1} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
