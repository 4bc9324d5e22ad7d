import { useCallback, useEffect, useState } from 'react';
import type { TimelineNote } from '../../../shared/checkins/schema';
import { api, call } from '../api/client';
import { useLoad } from '../api/use-load';
import type { AccountTabProps } from '../accounts/account-tabs';
import { useRoute } from '../shell/route';
import { markEditing, takeReopen, useEditing } from '../shell/session-location';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { toast } from '../ui/toasts';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { notifyBlockersChanged } from '../blockers/blockers-changed';
import './checkins.css';

interface Timeline {
  notes: TimelineNote[];
  hasMore: boolean;
}

/** The note a search result asked to open, when the route names one. */
function useFocusedNote(): string | undefined {
  return useRoute((s) => (s.route.page === 'account' ? s.route.focus : undefined));
}

/** The first page of the timeline, and further pages until `until` (a note opened from search) is in. */
async function fetchTimeline(accountId: string, until?: string): Promise<Timeline> {
  let page = await call(api().checkins.list({ accountId }));
  const notes = [...page.notes];
  while (until && page.hasMore && !notes.some((n) => n.id === until)) {
    const last = notes[notes.length - 1]!;
    page = await call(api().checkins.list({ accountId, after: { heldAt: last.heldAt, id: last.id } }));
    notes.push(...page.notes);
  }
  return { notes, hasMore: page.hasMore };
}

/** An account's check-ins: the timeline of notes, newest meeting first, and the note editor. */
export function CheckinsTab({ account }: AccountTabProps) {
  const focus = useFocusedNote();
  const contacts = useLoad(() => call(api().contacts.list({ accountId: account.id })), [account.id]);
  const feedback = useLoad(() => call(api().feedback.list({ accountId: account.id })), [account.id]);
  // A new note counts once its first autosave stored it, before the timeline is reloaded.
  const [newNoteSaved, setNewNoteSaved] = useState(false);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; stored: TimelineNote | null; reopened?: boolean } | null>(null);
  const [deleting, setDeleting] = useState<TimelineNote | null>(null);

  const load = useCallback(
    (until?: string) =>
      fetchTimeline(account.id, until).then(
        (t) => {
          setTimeline(t);
          setError(null);
        },
        (e: Error) => setError(e.message),
      ),
    [account.id],
  );

  useEffect(() => {
    let current = true;
    fetchTimeline(account.id, focus).then(
      (t) => {
        if (!current) return;
        setTimeline(t);
        // The note being edited before a restart opens in the editor again (see below).
        const reopen = t.notes.find((n) => n.id === useEditing.getState().reopen?.id);
        if (reopen && takeReopen('checkin-note') === reopen.id) setEditing({ id: reopen.id, stored: reopen, reopened: true });
      },
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [account.id, focus]);

  useEffect(() => {
    if (!focus || !timeline) return;
    const element = document.getElementById(`note-${focus}`);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [focus, timeline]);

  // The note in the editor is where the CSM is: main keeps it, and after a restart (graceful or
  // a crash) it opens again in the editor once the timeline holding it is loaded (above).
  const editingId = editing?.id;
  useEffect(() => (editingId ? markEditing({ kind: 'checkin-note', id: editingId }) : undefined), [editingId]);

  const startNew = useCallback(() => {
    setNewNoteSaved(false);
    setEditing({ id: crypto.randomUUID(), stored: null });
  }, []);
  useHotkey('mod+n', startNew, editing === null);

  const loadMore = async () => {
    const last = timeline?.notes[timeline.notes.length - 1];
    if (!timeline || !last) return;
    try {
      const page = await call(api().checkins.list({ accountId: account.id, after: { heldAt: last.heldAt, id: last.id } }));
      setTimeline({ notes: [...timeline.notes, ...page.notes], hasMore: page.hasMore });
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const remove = async (note: TimelineNote) => {
    setDeleting(null);
    try {
      await call(api().checkins.remove({ id: note.id }));
      await load();
      toast.info('Note deleted.', {
        label: 'Undo',
        run: () =>
          void call(api().checkins.restore({ id: note.id }))
            .then(() => load())
            .catch((e: Error) => toast.error(e.message)),
      });
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const closeEditor = () => {
    setEditing(null);
    setNewNoteSaved(false);
    void load();
    void feedback.reload();
    notifyBlockersChanged();
  };

  const reopen = async (id: string) => {
    try {
      const stored = await call(api().checkins.get({ id }));
      const current = timeline?.notes.find((n) => n.id === id);
      setEditing(null);
      // A fresh editor on the newest text (a new key remounts it).
      setTimeout(() => setEditing({ id, stored: { ...stored, actionItems: current?.actionItems ?? [] } }), 0);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const contactList = contacts.data ?? [];
  const ownerSuggestions = contactList.filter((c) => c.leftOn === null).map((c) => c.name);
  const notes = timeline?.notes ?? [];
  const feedbackByNote = new Map<string, FeedbackRequest[]>();
  for (const r of feedback.data ?? []) {
    if (r.noteId) feedbackByNote.set(r.noteId, [...(feedbackByNote.get(r.noteId) ?? []), r]);
  }
  const unsavedNew = editing !== null && editing.stored === null && !notes.some((n) => n.id === editing.id);
  const count = notes.length + (unsavedNew && newNoteSaved ? 1 : 0);

  return (
    <div className="stack checkins">
      <div className="row">
        <h2 className="visually-hidden">Check-ins</h2>
        <span className="muted">{timeline ? `${count}${timeline.hasMore ? '+' : ''} ${count === 1 && !timeline.hasMore ? 'note' : 'notes'}` : ''}</span>
        <span className="spacer" />
        {editing === null && (
          <Button variant="primary" onClick={startNew} shortcut={shortcutLabel('mod+n')}>
            New note
          </Button>
        )}
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {editing && editing.stored === null && (
        <NoteEditor
          key={editing.id}
          account={account}
          contacts={contactList}
          note={editing}
          onDone={closeEditor}
          onReload={() => void reopen(editing.id)}
          onSaved={() => setNewNoteSaved(true)}
          onFeedbackCaptured={() => void feedback.reload()}
        />
      )}
      {timeline && notes.length === 0 && editing === null && (
        <EmptyState title="No check-ins yet" actions={<Button variant="primary" onClick={startNew}>New note</Button>}>
          Start a note for the meeting you are in. A bi-weekly sync starts from the agenda: health score, Q&amp;A, platform check-up and open feedback.
        </EmptyState>
      )}
      <ol className="timeline" aria-label={`Check-in notes for ${account.name}`}>
        {notes.map((note) => (
          <li key={note.id}>
            {editing?.id === note.id && editing.stored ? (
              <NoteEditor
                key={`${note.id}-${editing.stored.revision}`}
                account={account}
                contacts={contactList}
                note={editing}
                onDone={closeEditor}
                onReload={() => void reopen(note.id)}
                onFeedbackCaptured={() => void feedback.reload()}
              />
            ) : (
              <NoteCard
                key={`${note.id}-${note.revision}`}
                note={note}
                feedback={feedbackByNote.get(note.id) ?? []}
                ownerSuggestions={ownerSuggestions}
                onEdit={() => setEditing({ id: note.id, stored: note })} onDelete={() => setDeleting(note)} />
            )}
          </li>
        ))}
      </ol>
      {timeline?.hasMore && (
        <div>
          <Button onClick={() => void loadMore()}>Show older notes</Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this note?"
        message="The note and its action items leave the timeline, search and task lists. You can undo this right after."
        confirmLabel="Delete note"
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
