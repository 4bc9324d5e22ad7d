import { useRef, type KeyboardEvent } from 'react';
import type { Checklist, ChecklistItem, ChecklistStatus, Progress } from '../../../shared/checklist/schema';
import { isLeft } from '../../../shared/checklist/progress';
import { ProgressBar } from './ProgressBar';
import { STATUS_META, statusForKey } from './status-keys';

const changedDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** The items on screen, in order: all of them, or only what's left to do. */
export function visibleSections(checklist: Checklist, onlyLeft: boolean) {
  return checklist.sections
    .map((s) => ({ ...s, items: onlyLeft ? s.items.filter((i) => isLeft(i.status)) : s.items }))
    .filter((s) => s.items.length > 0);
}

function sectionLabel(title: string, progress: Progress) {
  return progress.applicable === 0 ? `${title}, nothing applies` : `${title}, ${progress.done} of ${progress.applicable} done`;
}

interface ChecklistListProps {
  checklist: Checklist;
  onlyLeft: boolean;
  selectedId: string | null;
  onSelect: (item: ChecklistItem) => void;
  onSetStatus: (item: ChecklistItem, status: ChecklistStatus) => void;
  /** Enter: go to the item's note. */
  onEdit: (item: ChecklistItem) => void;
  /** Delete: remove a custom item. */
  onRemove: (item: ChecklistItem) => void;
  /** A: add an item to this item's section. */
  onAdd: (sectionKey: string) => void;
}

/**
 * The checklist as one list box: ↑ / ↓ (and Home / End) move between items, a status key
 * sets the focused item's status. Rows hold no controls of their own, so every key goes to
 * the list and the detail pane holds the editing.
 */
export function ChecklistList({ checklist, onlyLeft, selectedId, onSelect, onSetStatus, onEdit, onRemove, onAdd }: ChecklistListProps) {
  const sections = visibleSections(checklist, onlyLeft);
  const items = sections.flatMap((s) => s.items.map((item) => ({ item, sectionKey: s.key })));
  const listRef = useRef<HTMLDivElement>(null);

  // Focus moves in the key handler itself, to a row that is on screen now: the row that takes
  // the selection when the focused one leaves the filtered list, or the next one on a move.
  const focusRow = (id: string) => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus();
  const neighbour = (index: number) => items[index + 1] ?? items[index - 1];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((x) => x.item.id === selectedId);
    const current = items[index];
    const move = (to: number) => {
      const target = items[Math.max(0, Math.min(items.length - 1, to))];
      if (!target) return;
      event.preventDefault();
      focusRow(target.item.id);
      onSelect(target.item);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Enter':
        if (current) {
          event.preventDefault();
          onEdit(current.item);
        }
        return;
      case 'Delete':
      case 'Backspace': {
        if (!current || current.item.origin !== 'custom') return;
        event.preventDefault();
        const next = neighbour(index);
        if (next) focusRow(next.item.id);
        onRemove(current.item);
        return;
      }
    }
    if (event.key.toLowerCase() === 'a' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onAdd(current?.sectionKey ?? sections[0]?.key ?? checklist.sections[0]?.key ?? '');
      return;
    }
    const status = statusForKey(event);
    if (status && current) {
      event.preventDefault();
      if (onlyLeft && !isLeft(status)) {
        const next = neighbour(index);
        if (next) focusRow(next.item.id);
      }
      onSetStatus(current.item, status);
    }
  };

  return (
    <div ref={listRef} className="checklist" role="listbox" aria-label="Readiness items" onKeyDown={onKeyDown}>
      {sections.map((section) => (
        <div key={section.key} role="group" aria-label={sectionLabel(section.title, section.progress)} className="checklist-section">
          {/* A list box's groups may hold only options: the heading and bar are for the eye, and
              the group's name says the same ("Kick-off, 3 of 5 done"). */}
          <div className="checklist-section-head" aria-hidden="true">
            <h3>{section.title}</h3>
            {/* The section's progress counts all its items, even when the filter hides some. */}
            <ProgressBar size="sm" label={`${section.title} progress`} progress={section.progress} />
          </div>
          {section.items.map((item) => {
            const meta = STATUS_META[item.status];
            const selected = item.id === selectedId;
            const firstNoteLine = item.note.split('\n').find((l) => l.trim() !== '');
            const hasEvidence = item.evidence.trim() !== '';
            return (
              <div
                key={item.id}
                role="option"
                aria-selected={selected}
                aria-label={`${item.text}: ${meta.label}`}
                tabIndex={selected || (selectedId === null && item === items[0]?.item) ? 0 : -1}
                data-item-id={item.id}
                data-status={item.status}
                className={`check-item status-${item.status} ${item.parentId ? 'sub-item' : ''}`}
                onClick={() => onSelect(item)}
                onFocus={() => !selected && onSelect(item)}
              >
                <span className="status-glyph" aria-hidden="true">
                  {meta.glyph}
                </span>
                <span className="check-body">
                  <span className="check-title">
                    {item.text}
                    {item.origin === 'custom' && <span className="badge badge-quiet">Custom</span>}
                  </span>
                  {(firstNoteLine || hasEvidence || item.changedAt) && (
                    <span className="check-meta">
                      {firstNoteLine && <span className="check-note">{firstNoteLine}</span>}
                      {hasEvidence && (
                        <span className="check-evidence" title="Has evidence">
                          Evidence
                        </span>
                      )}
                      {item.changedAt && (
                        <span className="check-changed">
                          {item.changedBy ? `${item.changedBy} · ` : ''}
                          {changedDay.format(new Date(item.changedAt))}
                        </span>
                      )}
                    </span>
                  )}
                </span>
                <span className="status-label">{item.status === 'todo' ? '' : meta.short}</span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
