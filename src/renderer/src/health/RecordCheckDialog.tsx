import { useEffect, useRef, useState } from 'react';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { COMPONENTS, TIER_LABELS, type ComponentKey, type ScoringModel } from '../../../shared/health/models';
import { RecordCheckInput, type HealthCheck } from '../../../shared/health/schema';
import { computeScore, partialLabel } from '../../../shared/health/score';
import { SIGNAL_LABELS, type RawSignals } from '../../../shared/health/signals';
import { suggestComponent } from '../../../shared/health/suggest';
import type { RecordSignalKey, RecordSignals } from '../../../shared/health/record-signals';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FormDialog } from '../ui/FormDialog';
import { check, numberOrNull, serverMessages } from './issues';

type CountKey = Exclude<keyof RawSignals, 'trainingAttended' | 'paymentLate' | 'competitorMentioned'>;
type FlagKey = 'trainingAttended' | 'paymentLate' | 'competitorMentioned';
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

const flag = (v: string): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

interface Props {
  accountId: string;
  model: ScoringModel;
  onClose: () => void;
  onSaved: (check: HealthCheck) => void;
}

/** "Record health check": a 0–100 score per component with its rubric beside it, and the raw signals that suggest one. */
export function RecordCheckDialog({ accountId, model, onClose, onSaved }: Props) {
  const [checkedOn, setCheckedOn] = useState(localIsoDate(new Date()));
  const [scores, setScores] = useState<Partial<Record<ComponentKey, string>>>({});
  const [counts, setCounts] = useState<Partial<Record<CountKey, string>>>({});
  const [flags, setFlags] = useState<Record<FlagKey, string>>({ trainingAttended: '', paymentLate: '', competitorMentioned: '' });
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const record = useApiMutation('health.recordCheck');
  const fromRecords = useApiQuery('health.recordSignals', { accountId }).data;
  usePrefill(fromRecords, setCounts);
  const sources = new Map((fromRecords?.signals ?? []).map((s) => [s.key, s] as const));
  const plan = fromRecords?.successPlan;

  const signals: RawSignals = {
    ...(Object.fromEntries(COUNT_KEYS.map((k) => [k, numberOrNull(counts[k] ?? '')])) as Record<CountKey, number | null>),
    trainingAttended: flag(flags.trainingAttended),
    paymentLate: flag(flags.paymentLate),
    competitorMentioned: flag(flags.competitorMentioned),
  };
  const values = {
    accountId,
    checkedOn,
    scores: Object.fromEntries(model.components.map((c) => [c.key, numberOrNull(scores[c.key] ?? '')])),
    signals,
    note,
  };
  const preview = computeScore(
    model.components,
    Object.fromEntries(model.components.map((c) => [c.key, typeof values.scores[c.key] === 'number' && Number.isInteger(values.scores[c.key]) ? values.scores[c.key] : null])),
    model.thresholds,
  );

  const submit = async () => {
    const parsed = check(RecordCheckInput, values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setFormError(null);
      return;
    }
    setSubmitting(true);
    try {
      onSaved(await record.mutateAsync(parsed.value));
    } catch (error) {
      const m = serverMessages(error);
      setErrors(m.errors);
      setFormError(m.message ?? m.errors.scores ?? null);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title="Record health check"
      submitLabel="Record health check"
      submitting={submitting}
      width={860}
      error={formError}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="check-top">
        <TextField label="Checked on" type="date" value={checkedOn} onChange={(e) => setCheckedOn(e.target.value)} error={errors.checkedOn} />
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
          return (
            <div key={c.key} className="check-component">
              <div className="stack">
                <TextField
                  label={c.label}
                  inputMode="numeric"
                  value={scores[c.key] ?? ''}
                  onChange={(e) => setScores({ ...scores, [c.key]: e.target.value })}
                  error={errors[`scores.${c.key}`]}
                  hint={`Weight ${c.weight} %`}
                />
                {suggestion && (
                  <div className="suggestion">
                    <span>
                      Suggested <strong>{suggestion.score}</strong> from the signals: {suggestion.basis.join('; ')}.
                    </span>
                    <Button size="sm" onClick={() => setScores({ ...scores, [c.key]: String(suggestion.score) })} aria-label={`Use suggested ${c.label} score ${suggestion.score}`}>
                      Use {suggestion.score}
                    </Button>
                  </div>
                )}
              </div>
              <p className="rubric">{COMPONENTS[c.key].rubric}</p>
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
            const hint = from ? (String(from.value) === (counts[k] ?? '').trim() ? from.source : `${from.source} — you changed it`) : undefined;
            return (
              <TextField
                key={k}
                label={SIGNAL_LABELS[k]}
                inputMode="numeric"
                value={counts[k] ?? ''}
                onChange={(e) => setCounts({ ...counts, [k]: e.target.value })}
                error={errors[`signals.${k}`]}
                hint={hint}
              />
            );
          })}
          {(Object.keys(FLAG_OPTIONS) as FlagKey[]).map((k) => (
            <SelectField key={k} label={SIGNAL_LABELS[k]} options={FLAG_OPTIONS[k]} value={flags[k]} onChange={(e) => setFlags({ ...flags, [k]: e.target.value })} />
          ))}
        </div>
      </details>
      <TextAreaField label="Note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} />
    </FormDialog>
  );
}

/**
 * Fills the signals the lifecycle records know (tickets, NPS, CSAT) once they arrive, leaving
 * any field the CSM already typed in as it is.
 */
function usePrefill(records: RecordSignals | undefined, setCounts: (update: (prev: Partial<Record<CountKey, string>>) => Partial<Record<CountKey, string>>) => void) {
  const done = useRef(false);
  useEffect(() => {
    if (!records || done.current) return;
    done.current = true;
    const known = Object.fromEntries(records.signals.map((s) => [s.key, String(s.value)])) as Partial<Record<CountKey, string>>;
    setCounts((prev) => ({ ...known, ...prev }));
  }, [records, setCounts]);
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
