import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TimelineNote } from '../../../shared/checkins/schema';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { NoteCard } from './NoteCard';

/** A guess at a note's height before it is measured; real heights replace it as notes are drawn. */
const ESTIMATED_NOTE_HEIGHT = 320;
/** `--space-3`, the gap between notes. */
const GAP = 12;
/** Older notes load when the last few loaded ones come near the screen. */
const LOAD_MORE_WITHIN = 5;

const NO_FEEDBACK: FeedbackRequest[] = [];

interface TimelineProps {
  accountName: string;
  notes: readonly TimelineNote[];
  /** The note open in its editor in place of its card: always drawn, wherever the CSM scrolls. */
  editingId: string | null;
  renderEditor: (note: TimelineNote) => ReactNode;
  feedbackByNote: ReadonlyMap<string, FeedbackRequest[]>;
  ownerSuggestions: readonly string[];
  onEdit: (id: string) => void;
  onDelete: (note: TimelineNote) => void;
  /** The note a search result opened: scrolled to and focused once it is loaded. */
  focusId: string | undefined;
  /** Asked when the end of the loaded notes comes near the screen. */
  onNearEnd: () => void;
}

/** The scrolling ancestor the account page lives in (the app's main area). */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let e = element?.parentElement ?? null; e; e = e.parentElement) {
    const { overflowY } = getComputedStyle(e);
    if (overflowY === 'auto' || overflowY === 'scroll') return e;
  }
  return null;
}

/**
 * The check-in timeline, virtualised (issue 12 item 17): only the notes near the screen are in
 * the page, each measured as it is drawn, so an account with thousands of notes costs what its
 * first screen costs and "Show older notes" costs the same each time. Cards are memoised, so an
 * update elsewhere on the tab (typing in the editor, a refetch) re-renders only notes that changed.
 */
export function Timeline({ accountName, notes, editingId, renderEditor, feedbackByNote, ownerSuggestions, onEdit, onDelete, focusId, onNearEnd }: TimelineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Where the list starts inside the scrolling area: what sits above it (header, tabs, a new
  // note's editor) moves it, so it is measured whenever the tab's layout changes.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const parent = scrollParent(list);
    setScroller(parent);
    if (!list || !parent) return;
    const measure = () => {
      const margin = list.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
      setScrollMargin((m) => (Math.abs(m - margin) < 1 ? m : margin));
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);

  const editingIndex = editingId === null ? -1 : notes.findIndex((n) => n.id === editingId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // An open editor stays mounted off screen: scrolling away never drops what it holds.
      if (editingIndex >= 0 && !indexes.includes(editingIndex)) return [...indexes, editingIndex].sort((a, b) => a - b);
      return indexes;
    },
    [editingIndex],
  );

  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_NOTE_HEIGHT,
    getItemKey: (index) => notes[index]?.id ?? index,
    gap: GAP,
    overscan: 3,
    scrollMargin,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  const lastIndex = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= 0 && lastIndex >= notes.length - LOAD_MORE_WITHIN) onNearEnd();
  }, [lastIndex, notes.length, onNearEnd]);

  // A search result's note: scrolled to once it is loaded, then focused once it is drawn.
  const focusIndex = focusId ? notes.findIndex((n) => n.id === focusId) : -1;
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (focusId === undefined || focusIndex < 0) return;
    pendingFocus.current = focusId;
    virtualizer.scrollToIndex(focusIndex, { align: 'start' });
  }, [focusId, focusIndex, virtualizer]);
  useEffect(() => {
    const id = pendingFocus.current;
    const element = id ? document.getElementById(`note-${id}`) : null;
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  // A note opened in its editor from elsewhere (after a restart) is brought onto the screen;
  // one already on the screen stays where it is.
  useEffect(() => {
    if (editingIndex < 0) return;
    const visible = virtualizer.range;
    if (!visible || editingIndex < visible.startIndex || editingIndex > visible.endIndex) virtualizer.scrollToIndex(editingIndex, { align: 'start' });
  }, [editingIndex, virtualizer]);

  return (
    <ol
      ref={listRef}
      className="timeline"
      aria-label={`Check-in notes for ${accountName}`}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const note = notes[item.index];
        if (!note) return null;
        return (
          <li
            key={note.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="timeline-item"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {note.id === editingId ? (
              renderEditor(note)
            ) : (
              <NoteCard
                key={`${note.id}-${note.revision}`}
                note={note}
                feedback={feedbackByNote.get(note.id) ?? NO_FEEDBACK}
                ownerSuggestions={ownerSuggestions}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
