import { useEffect, useRef } from 'react';
import type { z } from 'zod';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { COMPONENTS, TIER_LABELS, type ComponentKey, type ScoringModel } from '../../../shared/health/models';
import type { RecordSignalKey, RecordSignals } from '../../../shared/health/record-signals';
import { RecordCheckInput, type HealthCheck } from '../../../shared/health/schema';
import { computeScore, partialLabel } from '../../../shared/health/score';
import { NO_SIGNALS, SIGNAL_LABELS, type RawSignals } from '../../../shared/health/signals';
import { suggestComponent } from '../../../shared/health/suggest';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { Button } from '../ui/Button';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { numberOrNull } from './issues';

type CountKey = Exclude<keyof RawSignals, 'trainingAttended' | 'paymentLate' | 'competitorMentioned'>;
type FlagKey = 'trainingAttended' | 'paymentLate' | 'competitorMentioned';
type FormIn = z.input<typeof RecordCheckInput>;
const COUNT_KEYS: CountKey[] = [
  'activeUsers',
  'licensedSeats',
  'logins30d',
  'daysSinceLastUse',
  'ticketsP1',
  'ticketsP2',
  'ticketsP3',
  'featuresAdopted',
  'featuresAvailable',
  'nps',
  'csat',
];
const FLAG_OPTIONS: Record<FlagKey, { value: string; label: string }[]> = {
  trainingAttended: [
    { value: '', label: 'Not known' },
    { value: 'yes', label: 'Attended' },
    { value: 'no', label: 'Not attended' },
  ],
  paymentLate: [
    { value: '', label: 'Not known' },
    { value: 'no', label: 'On time' },
    { value: 'yes', label: 'Late' },
  ],
  competitorMentioned: [
    { value: '', label: 'Not known' },
    { value: 'yes', label: 'Mentioned' },
    { value: 'no', label: 'Not mentioned' },
  ],
};

/** A yes / no / not-known select's value as the schema takes it (and back, for the default). */
const flag = (v: unknown): boolean | null => (v === 'yes' || v === true ? true : v === 'no' || v === false ? false : null);
/** A number field's value: what the CSM typed, or what main suggested (already a number). */
const count = (v: unknown): number | null => (typeof v === 'number' ? v : v === null || v === undefined ? null : numberOrNull(String(v)));
const wholeOrNull = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);

interface Props {
  accountId: string;
  model: ScoringModel;
  onClose: () => void;
  onSaved: (check: HealthCheck) => void;
}

/** "Record health check": a 0–100 score per component with its rubric beside it, and the raw signals that suggest one. */
export function RecordCheckDialog({ accountId, model, onClose, onSaved }: Props) {
  const record = useApiMutation('health.recordCheck');
  const fromRecords = useApiQuery('health.recordSignals', { accountId }).data;
  const form = useApiForm({
    schema: RecordCheckInput,
    defaultValues: { accountId, checkedOn: localIsoDate(new Date()), scores: {}, signals: NO_SIGNALS, note: '' } satisfies FormIn,
    onSubmit: async (input) => onSaved(await record.mutateAsync(input)),
  });
  const {
    register,
    setValue,
    watch,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = form;
  usePrefill(fromRecords, form);

  const scores = watch('scores');
  const raw = watch('signals');
  const signals: RawSignals = {
    ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, count(raw[k])])) as Record<CountKey, number | null>),
    trainingAttended: flag(raw.trainingAttended),
    paymentLate: flag(raw.paymentLate),
    competitorMentioned: flag(raw.competitorMentioned),
  };
  const preview = computeScore(model.components, Object.fromEntries(model.components.map((c) => [c.key, wholeOrNull(scores[c.key])])), model.thresholds);
  const sources = new Map((fromRecords?.signals ?? []).map((s) => [s.key, s] as const));
  const plan = fromRecords?.successPlan;

  return (
    <FormDialog
      title="Record health check"
      submitLabel="Record health check"
      submitting={isSubmitting}
      width={860}
      error={formError ?? errors.scores?.message ?? null}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="check-top">
        <TextField label="Checked on" type="date" error={errors.checkedOn?.message} {...register('checkedOn')} />
        <p className="check-preview" aria-live="polite">
          {preview.score === null ? (
            <span className="muted">Score at least one component.</span>
          ) : (
            <>
              Score <strong className="num">{preview.score}</strong> · {TIER_LABELS[preview.tier!]}
              {preview.partial && <span className="muted"> · {partialLabel(preview)}</span>}
            </>
          )}
        </p>
      </div>
      <fieldset className="check-components">
        <legend>
          Components ({model.label.toLowerCase()}, 0–100; leave one empty if you can’t judge it)
        </legend>
        {model.components.map((c) => {
          const suggestion = suggestComponent(c.key, signals, model.id, plan);
          const name = `scores.${c.key}` as const;
          return (
            <div key={c.key} className="check-component">
              <div className="stack">
                <TextField label={c.label} inputMode="numeric" error={errors.scores?.[c.key]?.message} hint={`Weight ${c.weight} %`} {...register(name, { setValueAs: count })} />
                {suggestion && (
                  <div className="suggestion">
                    <span>
                      Suggested <strong>{suggestion.score}</strong> from the signals: {suggestion.basis.join('; ')}.
                    </span>
                    <Button
                      size="sm"
                      onClick={() => setValue(name, suggestion.score, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
                      aria-label={`Use suggested ${c.label} score ${suggestion.score}`}
                    >
                      Use {suggestion.score}
                    </Button>
                  </div>
                )}
              </div>
              <p className="rubric">{COMPONENTS[c.key as ComponentKey].rubric}</p>
            </div>
          );
        })}
      </fieldset>
      <details className="check-signals" open>
        <summary>Raw signals (optional) — they suggest the component scores</summary>
        {fromRecords && <RecordsNote records={fromRecords} />}
        <div className="signals-grid">
          {COUNT_KEYS.map((k) => {
            const from = sources.get(k as RecordSignalKey);
            const hint = from ? (from.value === signals[k] ? from.source : `${from.source} — you changed it`) : undefined;
            return (
              <TextField
                key={k}
                label={SIGNAL_LABELS[k]}
                inputMode="numeric"
                error={errors.signals?.[k]?.message}
                hint={hint}
                {...register(`signals.${k}`, { setValueAs: count })}
              />
            );
          })}
          {(Object.keys(FLAG_OPTIONS) as FlagKey[]).map((k) => (
            <SelectField key={k} label={SIGNAL_LABELS[k]} options={FLAG_OPTIONS[k]} {...register(`signals.${k}`, { setValueAs: flag })} />
          ))}
        </div>
      </details>
      <TextAreaField label="Note" rows={2} error={errors.note?.message} {...register('note')} />
    </FormDialog>
  );
}

/**
 * Fills the signals the lifecycle records know (tickets, NPS, CSAT) once they arrive, leaving
 * any field the CSM already typed in as it is.
 */
function usePrefill(records: RecordSignals | undefined, form: { getFieldState: (name: `signals.${CountKey}`) => { isDirty: boolean }; setValue: (name: `signals.${CountKey}`, value: number) => void }) {
  const done = useRef(false);
  useEffect(() => {
    if (!records || done.current) return;
    done.current = true;
    for (const s of records.signals) if (!form.getFieldState(`signals.${s.key}`).isDirty) form.setValue(`signals.${s.key}`, s.value);
  }, [records, form]);
}

/** What the success plan and escalations say, which no field holds. */
function RecordsNote({ records }: { records: RecordSignals }) {
  const { successPlan: plan, escalations, signals } = records;
  const lines: string[] = [];
  if (signals.length > 0) lines.push('Filled in from the account’s Support and Surveys tabs where they know the answer.');
  if (plan.total > 0)
    lines.push(`Success plan: ${plan.atRisk} of ${plan.total} milestone${plan.total === 1 ? '' : 's'} past its date and not met, ${plan.met} met — counted in the outcomes suggestion.`);
  if (escalations.open > 0) lines.push(`Escalations: ${escalations.open} open, ${escalations.breached} past the response time promised.`);
  if (lines.length === 0) return null;
  return (
    <ul className="records-note" aria-label="From the account's records">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
