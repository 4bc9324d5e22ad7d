import { memo, useRef, useState } from 'react';
import { useRoute } from '../shell/route';
import { useSearchHighlight } from './use-search-highlight';
import { CHECKIN_KIND_LABELS } from '../../../shared/checkins/kinds';
import type { TimelineNote } from '../../../shared/checkins/schema';
import { Button } from '../ui/Button';
import { formatDateTime } from '../ui/format';
import { ActionItems } from './ActionItems';
import { NoteBody } from './NoteBody';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { RecapActions } from '../handover/RecapActions';

interface NoteCardProps {
  note: TimelineNote;
  /** Feedback captured in this note. */
  feedback: FeedbackRequest[];
  ownerSuggestions: readonly string[];
  onEdit: (id: string) => void;
  onDelete: (note: TimelineNote) => void;
}

/**
 * One note of the timeline, read-only. Memoised: the timeline passes the same note object (the
 * query cache keeps unchanged notes as they were) and stable callbacks, so a card renders again
 * only when its own note, feedback or owners change — not on each keystroke elsewhere.
 */
export const NoteCard = memo(function NoteCard({ note, feedback, ownerSuggestions, onEdit, onDelete }: NoteCardProps) {
  const [items, setItems] = useState(note.actionItems);
  const ref = useRef<HTMLElement>(null);
  // Opened from a search hit: the words that matched are highlighted in this note.
  const highlight = useRoute((s) => (s.route.page === 'account' && s.route.focus === note.id ? s.route.highlight : undefined));
  useSearchHighlight(ref, highlight);
  const title = `${CHECKIN_KIND_LABELS[note.kind]}, ${formatDateTime(note.heldAt)}`;
  return (
    <article ref={ref} id={`note-${note.id}`} className="card note-card" aria-label={title} tabIndex={-1}>
      <header className="note-head">
        <div className="stack">
          <h3>
            {CHECKIN_KIND_LABELS[note.kind]} <span className="muted">· {formatDateTime(note.heldAt)}</span>
          </h3>
          {note.attendees.length > 0 && <p className="muted">With {note.attendees.map((a) => a.name).join(', ')}</p>}
        </div>
        <div className="row">
          <Button size="sm" onClick={() => onEdit(note.id)} aria-label={`Edit note: ${title}`}>
            Edit
          </Button>
          <Button size="sm" variant="danger" onClick={() => onDelete(note)} aria-label={`Delete note: ${title}`}>
            Delete
          </Button>
        </div>
      </header>
      <NoteBody body={note.body} />
      {items.length > 0 && <ActionItems items={items} onChange={setItems} ownerSuggestions={ownerSuggestions} />}
      {feedback.length > 0 && (
        <section className="note-feedback" aria-label="Feedback captured">
          <h3>Feedback captured</h3>
          <ul>
            {feedback.map((r) => (
              <li key={r.id}>
                “{r.request}”
                {r.askedBy.length > 0 && <span className="faint"> · asked by {r.askedBy.map((a) => a.name).join(', ')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RecapActions noteId={note.id} />
    </article>
  );
});
