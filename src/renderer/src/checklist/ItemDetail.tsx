import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { ChecklistItem, ChecklistStatus } from '../../../shared/checklist/schema';
import { MAX_EVIDENCE, MAX_NOTE } from '../../../shared/checklist/schema';
import { evidenceLink } from '../../../shared/checklist/evidence';
import { ApiError } from '../api/client';
import { markEditing } from '../shell/session-location';
import { useAutosave } from '../ui/autosave/use-autosave';
import { Button } from '../ui/Button';
import { TextAreaField, TextField } from '../ui/Field';
import { formatDateTime } from '../ui/format';
import { STATUS_META, STATUS_ORDER, statusTooltip } from './status-keys';

type Texts = { note: string; evidence: string };

interface ItemDetailProps {
  item: ChecklistItem;
  sectionTitle: string;
  onSetStatus: (status: ChecklistStatus) => void;
  /** Saves note / evidence; rejects with the error main reported. */
  onSaveText: (texts: Texts) => Promise<void>;
  onRemove: () => void;
  /** Esc in a field: back to the list. */
  onBackToList: () => void;
  noteRef: Ref<HTMLTextAreaElement>;
}

/**
 * The focused item: its status, note and evidence, and who changed it when. Text autosaves as
 * it is typed (at least once a second) and when the field loses focus or the item changes.
 */
export function ItemDetail({ item, sectionTitle, onSetStatus, onSaveText, onRemove, onBackToList, noteRef }: ItemDetailProps) {
  const [note, setNote] = useState(item.note);
  const [evidence, setEvidence] = useState(item.evidence);
  const [errors, setErrors] = useState<{ note?: string; evidence?: string; form?: string }>({});
  const save = useRef(onSaveText);
  useEffect(() => {
    save.current = onSaveText;
  });

  const saver = useAutosave<Texts>(
    { note: item.note, evidence: item.evidence },
    {
      save: (texts) => save.current(texts),
      // Text main refuses (too long) waits for the next change; an item removed meanwhile stops.
      classify: (error) =>
        error instanceof ApiError && error.code === 'INVALID_INPUT' ? 'wait-for-change' : error instanceof ApiError && error.code === 'NOT_FOUND' ? 'stop' : 'retry',
      onState: (state) => {
        if (state.kind === 'saved') setErrors({});
        if (state.kind !== 'failed') return;
        const error = state.error;
        if (error instanceof ApiError) {
          const at = (field: string) => error.issues.find((i) => i.path.includes(field))?.message;
          setErrors({ note: at('note'), evidence: at('evidence'), form: error.issues.length === 0 ? error.message : undefined });
        } else {
          setErrors({ form: (error as Error).message });
        }
      },
    },
  );
  // An item whose text is being edited is where the CSM is: main keeps it for after a restart.
  const stopEditing = useRef<(() => void) | null>(null);
  useEffect(() => () => stopEditing.current?.(), []);
  const startEditing = () => {
    stopEditing.current ??= markEditing({ kind: 'checklist-item', id: item.id });
  };

  const link = evidenceLink(evidence);

  // The status last chosen here, until main's answer shows it: an arrow key pressed before the
  // previous choice came back moves on from that choice, not from the older stored status.
  const chosen = useRef<{ itemId: string; status: ChecklistStatus } | null>(null);
  useEffect(() => {
    if (chosen.current?.itemId === item.id && chosen.current.status === item.status) chosen.current = null;
  }, [item.id, item.status]);
  const choose = (status: ChecklistStatus) => {
    chosen.current = { itemId: item.id, status };
    onSetStatus(status);
  };

  // A radio group: one tab stop, the arrow keys choose (WAI-ARIA radio pattern).
  const moveStatus = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const current = chosen.current?.itemId === item.id ? chosen.current.status : item.status;
    const index = STATUS_ORDER.indexOf(current);
    const next = STATUS_ORDER[(index + step + STATUS_ORDER.length) % STATUS_ORDER.length];
    if (!next) return;
    choose(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-status="${next}"]`)?.focus();
  };
  const escapeToList = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void saver.flush();
    onBackToList();
  };

  return (
    <section className="card item-detail" aria-label={`Details: ${item.text}`}>
      <div className="card-body stack">
        <div className="stack item-detail-head">
          <span className="faint item-detail-section">
            {sectionTitle}
            {item.origin === 'custom' ? ' · Custom item' : ''}
          </span>
          <h3>{item.text}</h3>
        </div>

        <div className="status-control" role="radiogroup" aria-label="Status" onKeyDown={moveStatus}>
          {STATUS_ORDER.map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={item.status === s}
              tabIndex={item.status === s ? 0 : -1}
              data-status={s}
              className={`status-option status-${s}`}
              title={statusTooltip(s)}
              aria-keyshortcuts={STATUS_META[s].keys.join(' ')}
              onClick={() => choose(s)}
            >
              <span aria-hidden="true" className="status-glyph">
                {STATUS_META[s].glyph}
              </span>
              {STATUS_META[s].short}
            </button>
          ))}
        </div>

        <TextAreaField
          ref={noteRef}
          label="Note"
          rows={5}
          maxLength={MAX_NOTE}
          placeholder="What was agreed, what is missing, who follows up"
          value={note}
          error={errors.note}
          onChange={(e) => {
            setNote(e.target.value);
            saver.update({ ...saver.current, note: e.target.value });
          }}
          onFocus={startEditing}
          onBlur={() => void saver.flush()}
          onKeyDown={escapeToList}
        />
        <TextField
          label="Evidence"
          maxLength={MAX_EVIDENCE}
          placeholder="A link (https://…) or where to find it"
          value={evidence}
          error={errors.evidence}
          hint={link ? undefined : 'Text, or a link to a page, merge request or screenshot.'}
          onChange={(e) => {
            setEvidence(e.target.value);
            saver.update({ ...saver.current, evidence: e.target.value });
          }}
          onFocus={startEditing}
          onBlur={() => void saver.flush()}
          onKeyDown={escapeToList}
        />
        {link && (
          <a className="evidence-link" href={link} target="_blank" rel="noreferrer">
            Open evidence link ↗
          </a>
        )}
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}

        <div className="row item-detail-foot">
          <span className="faint">
            {item.changedAt
              ? `Changed ${formatDateTime(item.changedAt)}${item.changedBy ? ` by ${item.changedBy}` : ''}`
              : 'Not changed yet'}
          </span>
          <span className="spacer" />
          {item.origin === 'custom' && (
            <Button size="sm" variant="ghost" className="btn-danger" title="Remove this custom item (Delete)" onClick={onRemove}>
              Remove item
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
