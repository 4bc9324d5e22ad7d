import { useCallback, useEffect, useState } from 'react';
import type { NoteDraft, TimelineNote } from '../../../shared/checkins/schema';
import type { PreviousNote } from '../../../shared/checkins/template';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { formatDay } from '../ui/format';
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
import './checkins.css';

interface Timeline {
  notes: TimelineNote[];
  hasMore: boolean;
  /** How many notes the account has in all. */
  total: number;
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
  return { notes, hasMore: page.hasMore, total: page.total };
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
  const contacts = useLoad(() => call(api().contacts.list({ accountId: account.id })), [account.id]);
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

  const startNew = useCallback(() => setEditing({ id: crypto.randomUUID(), stored: null }), []);
  useHotkey('mod+n', startNew, editing === null);

  const loadMore = async () => {
    const last = timeline?.notes[timeline.notes.length - 1];
    if (!timeline || !last) return;
    try {
      const page = await call(api().checkins.list({ accountId: account.id, after: { heldAt: last.heldAt, id: last.id } }));
      setTimeline({ notes: [...timeline.notes, ...page.notes], hasMore: page.hasMore, total: page.total });
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
    void load();
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

  // After a conflict, the editor's text becomes a note of its own beside the saved one.
  const keepBoth = async (draft: NoteDraft) => {
    try {
      await call(api().checkins.save({ id: crypto.randomUUID(), accountId: account.id, baseRevision: 0, draft }));
      setEditing(null);
      await load();
      toast.info('Your text is kept as a note of its own, next to the saved one.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const contactList = contacts.data ?? [];
  const notes = timeline?.notes ?? [];

  return (
    <div className="stack checkins">
      <div className="row">
        <h2 className="visually-hidden">Check-ins</h2>
        <span className="muted">{timeline ? `${timeline.total.toLocaleString()} ${timeline.total === 1 ? 'note' : 'notes'}` : ''}</span>
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
          previous={previousOf(notes[0])}
          onDone={closeEditor}
          onReload={() => void reopen(editing.id)}
          onKeepBoth={(draft) => void keepBoth(draft)}
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
                onKeepBoth={(draft) => void keepBoth(draft)}
              />
            ) : (
              // Edit opens the note's latest revision from main: right after "Done" the timeline may not have caught up yet.
              <NoteCard key={`${note.id}-${note.revision}`} note={note} onEdit={() => void reopen(note.id)} onDelete={() => setDeleting(note)} />
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
