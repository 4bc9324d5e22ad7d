import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { NoteDraft, TimelineNote } from '../../../shared/checkins/schema';
import type { PreviousNote } from '../../../shared/checkins/template';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { formatDay } from '../ui/format';
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
import { Timeline } from './Timeline';
import { NoteEditor } from './NoteEditor';
import { useTimeline } from './queries';
import './checkins.css';

/** The note a search result asked to open, when the route names one. */
function useFocusedNote(): string | undefined {
  return useRoute((s) => (s.route.page === 'account' ? s.route.focus : undefined));
}

/** What a new note carries over from the latest one: its points to follow up and its open action items. */
function previousOf(note: TimelineNote | undefined): PreviousNote | null {
  if (!note) return null;
  return {
    heldOn: formatDay(localIsoDate(new Date(note.heldAt))),
    body: note.body,
    openActionItems: note.actionItems.filter((t) => t.doneAt === null).map((t) => t.title),
  };
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
    () =>
      pages.data
        ? { notes: pages.data.pages.flatMap((p) => p.notes), hasMore: pages.hasNextPage, total: pages.data.pages[0]?.total ?? 0 }
        : null,
    [pages.data, pages.hasNextPage],
  );
  const error = pages.error?.message;
  const removeNote = useApiMutation('checkins.remove');
  const saveNote = useApiMutation('checkins.save');
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

  // The note in the editor is where the CSM is: main keeps it, and after a restart (graceful or
  // a crash) it opens again in the editor once the timeline holding it is loaded (above).
  const editingId = editing?.id;
  useEffect(() => (editingId ? markEditing({ kind: 'checkin-note', id: editingId }) : undefined), [editingId]);

  const startNew = useCallback(() => {
    setNewNoteSaved(false);
    setEditing({ id: crypto.randomUUID(), stored: null });
  }, []);
  const onNewNoteSaved = useCallback(() => setNewNoteSaved(true), []);
  // An archived account's notes are read-only (main refuses changes): nothing to start.
  useHotkey('mod+n', startNew, editing === null && !account.archivedAt);

  const loadMore = async () => {
    const result = await fetchNextPage();
    if (result.error) toast.error(result.error.message);
  };
  // Scrolling near the end of the loaded notes loads the next page, like the button does.
  const onNearEnd = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

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

  // The timeline as last rendered, for `reopen`, which stays the same function across renders
  // so the memoised note cards it is passed to don't render again.
  const latestNotes = useRef<readonly TimelineNote[]>([]);
  useLayoutEffect(() => {
    latestNotes.current = timeline?.notes ?? [];
  }, [timeline]);
  const reopen = useCallback(async (id: string) => {
    try {
      // Always from main (staleTime 0): right after "Done" a cached copy may be an older revision.
      const stored = await client.fetchQuery({ ...apiQuery('checkins.get', { id }), staleTime: 0 });
      const current = latestNotes.current.find((n) => n.id === id);
      setEditing(null);
      // A fresh editor on the newest text (a new key remounts it).
      setTimeout(() => setEditing({ id, stored: { ...stored, actionItems: current?.actionItems ?? [] } }), 0);
    } catch (e) {
      toast.error((e as Error).message);
    }
  }, [client]);
  const editNote = useCallback((id: string) => void reopen(id), [reopen]);

  // After a conflict, the editor's text becomes a note of its own beside the saved one.
  const keepBoth = async (draft: NoteDraft) => {
    try {
      await saveNote.mutateAsync({ id: crypto.randomUUID(), accountId: account.id, baseRevision: 0, draft });
      setEditing(null);
      toast.info('Your text is kept as a note of its own, next to the saved one.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const contactList = useMemo(() => contacts.data ?? [], [contacts.data]);
  // A new note's editor sits above the timeline; once saved, a refetch (an action item, an
  // event) brings the same note into the list, where it must not show a second time.
  const notes = (timeline?.notes ?? []).filter((n) => !(editing?.stored === null && n.id === editing.id));
  // The new note in the editor counts too once stored: the tab never says "0 notes" over it.
  // Main counts every saved note; a new one saved while its editor is open is not in the timeline yet.
  const count = (timeline?.total ?? 0) + (editing?.stored === null && newNoteSaved && !timeline?.notes.some((n) => n.id === editing.id) ? 1 : 0);
  const ownerSuggestions = useMemo(() => contactList.filter((c) => c.leftOn === null).map((c) => c.name), [contactList]);
  const feedbackByNote = useMemo(() => {
    const byNote = new Map<string, FeedbackRequest[]>();
    for (const r of feedback.data ?? []) {
      if (r.noteId) byNote.set(r.noteId, [...(byNote.get(r.noteId) ?? []), r]);
    }
    return byNote;
  }, [feedback.data]);

  return (
    <div className="stack checkins">
      <div className="row">
        <h2 className="visually-hidden">Check-ins</h2>
        <span className="muted">{timeline ? `${count.toLocaleString()} ${count === 1 ? 'note' : 'notes'}` : ''}</span>
        <span className="spacer" />
        {editing === null && !account.archivedAt && (
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
          previous={previousOf(notes[0])}
          onDone={closeEditor}
          onReload={() => void reopen(editing.id)}
          onKeepBoth={(draft) => void keepBoth(draft)}
          onSaved={onNewNoteSaved}
        />
      )}
      {timeline && notes.length === 0 && editing === null && (
        <EmptyState title="No check-ins yet" actions={<Button variant="primary" onClick={startNew}>New note</Button>}>
          Start a note for the meeting you are in. A bi-weekly sync starts from the agenda: health score, Q&amp;A, platform check-up and open feedback.
        </EmptyState>
      )}
      <Timeline
        accountName={account.name}
        notes={notes}
        editingId={editing?.stored ? editing.id : null}
        renderEditor={(note) =>
          editing?.stored ? (
            <NoteEditor
              key={`${note.id}-${editing.stored.revision}`}
              account={account}
              contacts={contactList}
              note={editing}
              onDone={closeEditor}
              onReload={() => void reopen(note.id)}
              onKeepBoth={(draft) => void keepBoth(draft)}
            />
          ) : null
        }
        feedbackByNote={feedbackByNote}
        ownerSuggestions={ownerSuggestions}
        onEdit={editNote}
        onDelete={setDeleting}
        focusId={focus}
        onNearEnd={onNearEnd}
      />
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
