import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TimelineNote } from '../../../shared/checkins/schema';
import { invalidateAfter } from '../api/query-client';
import { apiQuery, useApiMutation, useApiQuery } from '../api/use-api';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useContacts } from '../contacts/queries';
import { useRoute } from '../shell/route';
import { markEditing, takeReopen, useEditing } from '../shell/session-location';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { EmptyState } from '../ui/EmptyState';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { toast } from '../ui/toasts';
import { NoteCard } from './NoteCard';
import { NoteEditor } from './NoteEditor';
import { useTimeline } from './queries';
import './checkins.css';

/** The note a search result asked to open, when the route names one. */
function useFocusedNote(): string | undefined {
  return useRoute((s) => (s.route.page === 'account' ? s.route.focus : undefined));
}

/** An account's check-ins: the timeline of notes, newest meeting first, and the note editor. */
export function CheckinsTab({ account }: AccountTabProps) {
  const focus = useFocusedNote();
  const client = useQueryClient();
  const contacts = useContacts(account.id);
  const feedback = useApiQuery('feedback.list', { accountId: account.id });
  // A new note counts once its first autosave stored it, before the timeline is refetched.
  const [newNoteSaved, setNewNoteSaved] = useState(false);
  const pages = useTimeline(account.id);
  const timeline = useMemo(
    () => (pages.data ? { notes: pages.data.pages.flatMap((p) => p.notes), hasMore: pages.hasNextPage } : null),
    [pages.data, pages.hasNextPage],
  );
  const error = pages.error?.message;
  const removeNote = useApiMutation('checkins.remove');
  const restoreNote = useApiMutation('checkins.restore');
  const [editing, setEditing] = useState<{ id: string; stored: TimelineNote | null; reopened?: boolean } | null>(null);
  const [deleting, setDeleting] = useState<TimelineNote | null>(null);

  // A note opened from search may be further back: older pages load until it is in.
  const focusMissing = Boolean(focus && timeline && !timeline.notes.some((n) => n.id === focus));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (focusMissing && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [focusMissing, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // The note being edited before a restart opens in the editor again once the timeline holds it.
  useEffect(() => {
    const wanted = useEditing.getState().reopen;
    if (!timeline || wanted?.kind !== 'checkin-note') return;
    const note = timeline.notes.find((n) => n.id === wanted.id);
    if (!note || takeReopen('checkin-note') !== note.id) return;
    // Opened as the answer to the timeline arriving, like a fetch callback would.
    void Promise.resolve().then(() => setEditing({ id: note.id, stored: note, reopened: true }));
  }, [timeline]);

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
  const onNewNoteSaved = useCallback(() => setNewNoteSaved(true), []);
  useHotkey('mod+n', startNew, editing === null);

  const loadMore = async () => {
    const result = await fetchNextPage();
    if (result.error) toast.error(result.error.message);
  };

  const remove = async (note: TimelineNote) => {
    setDeleting(null);
    try {
      await removeNote.mutateAsync({ id: note.id });
      toast.info('Note deleted.', {
        label: 'Undo',
        run: () => restoreNote.mutate({ id: note.id }, { onError: (e) => toast.error(e.message) }),
      });
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  // The editor autosaves through its DraftSaver straight to main, not through a mutation:
  // while it is open it owns the note's text, and refreshing the timeline under it on every
  // keystroke's save would be wasted work. When it closes, the domains a save changes (as
  // declared for `checkins.save`) are invalidated once.
  const closeEditor = () => {
    setEditing(null);
    setNewNoteSaved(false);
    void invalidateAfter(client, 'checkins.save');
  };

  const reopen = async (id: string) => {
    try {
      const stored = await client.fetchQuery(apiQuery('checkins.get', { id }));
      const current = timeline?.notes.find((n) => n.id === id);
      setEditing(null);
      // A fresh editor on the newest text (a new key remounts it).
      setTimeout(() => setEditing({ id, stored: { ...stored, actionItems: current?.actionItems ?? [] } }), 0);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const contactList = contacts.data ?? [];
  // A new note's editor sits above the timeline; once saved, a refetch (an action item, an
  // event) brings the same note into the list, where it must not show a second time.
  const notes = (timeline?.notes ?? []).filter((n) => !(editing?.stored === null && n.id === editing.id));
  // The new note in the editor counts too once stored: the tab never says "0 notes" over it.
  const count = notes.length + (editing?.stored === null && newNoteSaved ? 1 : 0);
  const ownerSuggestions = contactList.filter((c) => c.leftOn === null).map((c) => c.name);
  const feedbackByNote = new Map<string, FeedbackRequest[]>();
  for (const r of feedback.data ?? []) {
    if (r.noteId) feedbackByNote.set(r.noteId, [...(feedbackByNote.get(r.noteId) ?? []), r]);
  }

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
          onSaved={onNewNoteSaved}
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
              <NoteEditor key={`${note.id}-${editing.stored.revision}`} account={account} contacts={contactList} note={editing} onDone={closeEditor} onReload={() => void reopen(note.id)} />
            ) : (
              <NoteCard
                key={`${note.id}-${note.revision}`}
                note={note}
                feedback={feedbackByNote.get(note.id) ?? []}
                ownerSuggestions={ownerSuggestions}
                onEdit={() => setEditing({ id: note.id, stored: note })}
                onDelete={() => setDeleting(note)}
              />
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
