import { useEffect, useRef, useState } from 'react';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { Dialog } from '../ui/Dialog';
import { LinkThemePanel } from '../feedback/LinkThemePanel';
import type { Account } from '../../../shared/accounts/schema';
import { CHECKIN_KINDS, CHECKIN_KIND_LABELS, type CheckinKind } from '../../../shared/checkins/kinds';
import type { NoteDraft, TimelineNote } from '../../../shared/checkins/schema';
import { checkinTemplate, suggestedAttendees, type PreviousNote } from '../../../shared/checkins/template';
import type { Contact } from '../../../shared/contacts/schema';
import type { Task } from '../../../shared/tasks/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { formatTime } from '../ui/format';
import { CaptureFeedbackButton } from '../feedback/CaptureFeedbackButton';
import { toast } from '../ui/toasts';
import { ActionItems } from './ActionItems';
import { AttendeesPicker } from './AttendeesPicker';
import type { SaveState } from './draft-saver';
import { fromLocalInput, toLocalInput } from './held-at';
import { useDraftSaver } from './use-draft-saver';
import { NoteTextArea } from './NoteTextArea';

interface NoteEditorProps {
  account: Account;
  contacts: Contact[];
  /** The note being edited; for a new note, its freshly made id and no stored revision. */
  note: { id: string; stored: TimelineNote | null; /** Opened again after a restart: the caret goes back to the end of the text. */ reopened?: boolean };
  onDone: () => void;
  onReload: () => void;
  /** After a conflict: keep this editor's text as a note of its own, then show the saved one. */
  onKeepBoth: (draft: NoteDraft) => void;
  /** The account's latest note before this one: a new note starts with its open follow-ups. */
  previous?: PreviousNote | null;
  /** Who the playbook has at this kind of meeting besides the customer (the lead at reviews). */
  leadName?: string;
  /** The note's first save stored it (the tab counts it from then on). */
  onSaved?: () => void;
}

const KIND_OPTIONS = CHECKIN_KINDS.map((k) => ({ value: k, label: CHECKIN_KIND_LABELS[k] }));

function SaveIndicator({ state, onReload }: { state: SaveState; onReload: () => void }) {
  switch (state.kind) {
    case 'new':
      return <span className="save-state faint">Saves as you type</span>;
    case 'unsaved':
    case 'saving':
      return <span className="save-state faint">Saving…</span>;
    case 'saved':
      return <span className="save-state muted">Saved · {formatTime(state.at)}</span>;
    case 'error':
      return (
        <span className="save-state form-error" role="alert">
          Not saved yet, retrying: {state.message}
        </span>
      );
    case 'conflict':
      return (
        <span className="save-state form-error" role="alert">
          {state.message}{' '}
          <Button size="sm" onClick={onReload}>
            Reload note
          </Button>
        </span>
      );
    default: {
      const never: never = state;
      return never;
    }
  }
}

/** Writes a check-in note; everything typed is autosaved, and flushed when the editor loses focus. */
export function NoteEditor({ account, contacts, note, onDone, onReload, onKeepBoth, onSaved, previous = null, leadName = '' }: NoteEditorProps) {
  const templateContext = { productVersion: account.productVersion, previous };
  // "Reload note" after a conflict asks first: reloading drops what this editor holds.
  const [askReload, setAskReload] = useState(false);
  const [draft, setDraft] = useState<NoteDraft>(() =>
    note.stored
      ? { kind: note.stored.kind, heldAt: note.stored.heldAt, attendees: note.stored.attendees, body: note.stored.body }
      : { kind: 'bi-weekly-sync', heldAt: new Date().toISOString(), attendees: [], body: checkinTemplate('bi-weekly-sync', templateContext) },
  );
  const [heldAtInput, setHeldAtInput] = useState(() => toLocalInput(draft.heldAt));
  const [items, setItems] = useState<Task[]>(note.stored?.actionItems ?? []);
  const addActionItem = useApiMutation('checkins.addActionItem');
  const { saver, state } = useDraftSaver(
    { id: note.id, accountId: account.id, revision: note.stored?.revision ?? 0, updatedAt: note.stored?.updatedAt ?? null },
    draft,
  );

  const suggested = suggestedAttendees(draft.kind, leadName).filter(
    (name) => !draft.attendees.some((a) => a.name.trim().toLowerCase() === name.toLowerCase()),
  );
  const [linking, setLinking] = useState<FeedbackRequest | null>(null);
  const savedOnce = state.kind === 'saved';
  useEffect(() => {
    if (savedOnce) onSaved?.();
  }, [savedOnce, onSaved]);

  const text = useRef<HTMLTextAreaElement>(null);
  const reopened = note.reopened === true;
  useEffect(() => {
    const field = text.current;
    if (!reopened || !field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    field.scrollTop = field.scrollHeight;
  }, [reopened]);

  const change = (next: Partial<NoteDraft>) => {
    const updated = { ...draft, ...next };
    setDraft(updated);
    saver.update(updated);
  };

  const changeKind = (kind: CheckinKind) => {
    // An agenda nobody has typed into yet follows the kind; typed text is never replaced.
    const untouched = draft.body === checkinTemplate(draft.kind, templateContext);
    change(untouched ? { kind, body: checkinTemplate(kind, templateContext) } : { kind });
  };

  const done = async () => {
    await saver.flush();
    // The editor stays open until the text is stored: closing it would take the words off screen.
    if (!saver.isSettled) {
      toast.error('This note is not saved yet, so it stays open. See the message above the fields.');
      return;
    }
    onDone();
  };

  return (
    <section
      className="card note-editor"
      aria-label={note.stored ? 'Edit check-in note' : 'New check-in note'}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void saver.flush();
      }}
    >
      <div className="note-editor-fields">
        <SaveIndicator state={state} onReload={() => setAskReload(true)} />
        <SelectField label="Kind" value={draft.kind} options={KIND_OPTIONS} onChange={(e) => changeKind(e.target.value as CheckinKind)} />
        <TextField
          label="Held"
          type="datetime-local"
          value={heldAtInput}
          onChange={(e) => {
            setHeldAtInput(e.target.value);
            const iso = fromLocalInput(e.target.value);
            if (iso) change({ heldAt: iso });
          }}
        />
      </div>
      <AttendeesPicker contacts={contacts} value={draft.attendees} onChange={(attendees) => change({ attendees })} />
      {suggested.length > 0 && (
        <div className="row attendee-suggestions">
          <span className="muted">The playbook has the lead at {CHECKIN_KIND_LABELS[draft.kind].toLowerCase()}s:</span>
          {suggested.map((name) => (
            <Button key={name} size="sm" onClick={() => change({ attendees: [...draft.attendees, { contactId: null, name }] })}>
              Add {name}
            </Button>
          ))}
        </div>
      )}
      <NoteTextArea textRef={text} value={draft.body} onChange={(body) => change({ body })} autoFocus={note.stored === null} />
      <ActionItems
        items={items}
        onChange={setItems}
        ownerSuggestions={contacts.filter((c) => c.leftOn === null).map((c) => c.name)}
        add={async (fields) => {
          await saver.ensureSaved();
          return addActionItem.mutateAsync({ noteId: note.id, fields });
        }}
      />
      <Dialog
        title="Reload this note?"
        open={askReload}
        onClose={() => setAskReload(false)}
        width={480}
        footer={
          <>
            <Button onClick={() => setAskReload(false)} autoFocus>
              Cancel
            </Button>
            <Button
              onClick={() => {
                setAskReload(false);
                onKeepBoth(draft);
              }}
            >
              Keep both
            </Button>
            <Button variant="danger-solid" onClick={() => { setAskReload(false); onReload(); }}>
              Reload and discard my text
            </Button>
          </>
        }
      >
        <p>
          This note was saved elsewhere after you opened it. Reloading shows the saved text and drops what this editor holds. Keep both
          saves your text as a new note next to it.
        </p>
      </Dialog>
      <div className="row note-editor-foot">
        <CaptureFeedbackButton
          accountId={account.id}
          noteId={note.id}
          variant="default"
          onSaved={(request) => {
            toast.info(`Feedback captured from this note: “${request.request}”.`, { label: 'Link to a theme', run: () => setLinking(request) });
          }}
        />
        <span className="spacer" />
        <Button variant="primary" onClick={() => void done()}>
          Done
        </Button>
      </div>
      {linking && (
        <Dialog title="Link to a theme" open onClose={() => setLinking(null)} footer={<Button onClick={() => setLinking(null)}>Close</Button>}>
          <p className="muted">“{linking.request}”</p>
          <LinkThemePanel
            request={linking}
            onLinked={() => setLinking(null)}
          />
        </Dialog>
      )}
    </section>
  );
}
