import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { NARRATIVE_FIELDS, type Narrative } from '../../../shared/qbr/schema';
import type { QbrPeriod } from '../../../shared/qbr/period';
import { ApiError, callOp } from '../api/client';
import { queryKeys } from '../api/query-keys';
import { useAutosave } from '../ui/autosave/use-autosave';
import type { AutosaveState } from '../ui/autosave/autosaver';
import { TextAreaField } from '../ui/Field';

const STATUS: Record<AutosaveState['kind'], string> = {
  idle: 'Saved as a draft for this period',
  unsaved: 'Editing…',
  saving: 'Saving…',
  saved: 'Saved as a draft for this period',
  failed: 'Not saved',
};

/**
 * The CSM's words for the QBR, autosaved (the shared autosaver: on a pause and at least once a
 * second) as the draft of this account and period; the preview refreshes after each save.
 */
export function NarrativeEditor({ accountId, period, initial }: { accountId: string; period: QbrPeriod; initial: Narrative }) {
  const client = useQueryClient();
  const [values, setValues] = useState(initial);
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const saver = useAutosave<Narrative>(initial, {
    save: async (narrative) => {
      await callOp('qbr.saveDraft', { accountId, period, narrative });
      void client.invalidateQueries({ queryKey: queryKeys.operation('qbr.preview') });
    },
    // A narrative main refuses (over the limit) waits for the next edit; anything else is retried.
    classify: (error) => (error instanceof ApiError && error.code === 'INVALID_INPUT' ? 'wait-for-change' : 'retry'),
    onState: setState,
  });
  const failure = state.kind === 'failed' ? (state.error instanceof Error ? state.error.message : 'The draft could not be saved.') : null;
  return (
    <section className="card qbr-narrative" aria-label="Narrative">
      <div className="card-header">
        <h2>Narrative</h2>
        <span className="muted qbr-save-state" role="status">
          {STATUS[state.kind]}
        </span>
      </div>
      <div className="card-body stack">
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {NARRATIVE_FIELDS.map((f) => (
          <TextAreaField
            key={f.key}
            label={f.label}
            hint={f.hint}
            rows={5}
            value={values[f.key]}
            onChange={(e) => {
              const next = { ...saver.current, [f.key]: e.target.value };
              setValues(next);
              saver.update(next);
            }}
            onBlur={() => void saver.flush()}
          />
        ))}
      </div>
    </section>
  );
}
