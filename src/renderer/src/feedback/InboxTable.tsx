import { localIsoDate } from '../../../shared/dates/iso-date';
import type { KeyboardEvent } from 'react';
import type { InboxItem } from '../../../shared/feedback/schema';
import { formatMoney, relativeDay } from '../ui/format';
import { ThemeStatusBadge, UnlinkedBadge } from './StatusBadge';

const keyOf = (item: InboxItem) => (item.kind === 'theme' ? `t:${item.theme.id}` : `r:${item.request.id}`);

function namesLine(names: string[]): string {
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} +${names.length - 3}`;
}

interface InboxTableProps {
  items: InboxItem[];
  selectedKey: string | null;
  onOpen: (item: InboxItem) => void;
}

/** Themes and unlinked requests in one ranked table; arrows move, Enter opens. */
export function InboxTable({ items, selectedKey, onOpen }: InboxTableProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.inbox-open')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
    next.click();
  };

  return (
    <div className="table-wrap">
      <table className="table inbox-table" aria-label="Feedback inbox">
        <thead>
          <tr>
            <th>Problem or request</th>
            <th>Status</th>
            <th className="num">Accounts</th>
            <th className="num">ARR at stake</th>
            <th className="col-age">Age</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {items.map((item) => {
            const key = keyOf(item);
            const t = item.kind === 'theme' ? item.theme : null;
            const r = item.kind === 'request' ? item.request : null;
            const title = t ? t.title : `“${r?.request ?? ''}”`;
            const sub = t ? namesLine(t.accountNames) || 'No requests linked yet' : `${r?.accountName ?? ''}${r?.rootCause ? ` · ${r.rootCause}` : ''}`;
            const createdAt = t ? t.createdAt : (r?.createdAt ?? '');
            return (
              <tr key={key} aria-selected={selectedKey === key}>
                <td className="inbox-title-cell">
                  <button type="button" className="inbox-open" onClick={() => onOpen(item)}>
                    <span className="inbox-title">{title}</span>
                    <span className="inbox-sub">{sub}</span>
                  </button>
                </td>
                <td>{t ? <ThemeStatusBadge status={t.status} /> : <UnlinkedBadge />}</td>
                <td className="num">{t ? t.accountCount : 1}</td>
                <td className="num">{formatMoney(t ? t.arrAtStake : (r?.accountArr ?? 0))}</td>
                <td className="muted col-age">{relativeDay(localIsoDate(new Date(createdAt)))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export { keyOf as inboxKey };
