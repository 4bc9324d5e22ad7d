import { useState } from 'react';
import { MODELS, MODEL_IDS, describeThresholds, weightsProblem, type ModelId } from '../../../shared/health/models';
import { UpdateHealthSettingsInput, type HealthSettings } from '../../../shared/health/schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { check, numberOrNull, serverMessages } from './issues';

/** Settings → Health score: the scoring model new checks use, and its weights (whole numbers totalling 100). */
export function HealthSettingsCard() {
  const loaded = useApiQuery('health.settings', undefined);
  return loaded.data ? <HealthSettingsForm key={JSON.stringify(loaded.data)} settings={loaded.data} /> : null;
}

const weightsOf = (s: HealthSettings, id: ModelId) => {
  const stored = s.weights[id] ?? {};
  return Object.fromEntries(MODELS[id].components.map((c) => [c.key, String(stored[c.key] ?? c.weight)]));
};

function HealthSettingsForm({ settings }: { settings: HealthSettings }) {
  const [modelId, setModelId] = useState<ModelId>(settings.modelId);
  const [weights, setWeights] = useState<Record<string, string>>(weightsOf(settings, settings.modelId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const update = useApiMutation('health.updateSettings');

  const fill = (id: ModelId) => {
    setModelId(id);
    setWeights(weightsOf(settings, id));
    setErrors({});
  };

  const model = MODELS[modelId];
  const numbers = model.components.map((c) => numberOrNull(weights[c.key] ?? '') ?? 0);
  const total = numbers.reduce((a, b) => a + b, 0);
  const problem = weightsProblem(numbers);

  const save = async () => {
    const parsed = check(UpdateHealthSettingsInput, {
      modelId,
      weights: Object.fromEntries(model.components.map((c) => [c.key, numberOrNull(weights[c.key] ?? '')])),
    });
    if (!parsed.ok) return setErrors(parsed.errors);
    setSaving(true);
    try {
      await update.mutateAsync(parsed.value);
      toast.info('Health scoring saved. New checks use it; recorded scores keep their weights.');
    } catch (e) {
      const m = serverMessages(e);
      setErrors(m.errors);
      if (m.message) toast.error(m.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-label="Health score">
      <div className="card-header">
        <h2>Health score</h2>
      </div>
      <form
        className="card-body stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="plain-fieldset">
          <legend>Scoring model</legend>
          <div role="radiogroup" aria-label="Scoring model" className="stack">
            {MODEL_IDS.map((id) => (
              <label key={id} className="checkbox">
                <input type="radio" name="health-model" value={id} checked={modelId === id} onChange={() => fill(id)} />
                {MODELS[id].label} ({MODELS[id].source}): {MODELS[id].components.map((c) => c.label).join(', ')}; {describeThresholds(MODELS[id].thresholds)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="toolbar toolbar-top">
          {model.components.map((c) => (
            <TextField
              key={c.key}
              label={`${c.label} weight`}
              inputMode="numeric"
              value={weights[c.key] ?? ''}
              onChange={(e) => setWeights({ ...weights, [c.key]: e.target.value })}
              error={errors[`weights.${c.key}`]}
            />
          ))}
        </div>
        <p className={problem ? 'form-error' : 'muted'} role={errors.weights ? 'alert' : undefined}>
          {errors.weights ?? problem ?? `Total ${total}. A change applies to checks recorded from now on; recorded scores keep the weights they were computed with.`}
        </p>
        <div>
          <Button type="submit" variant="primary" disabled={saving}>
            Update scoring
          </Button>
        </div>
      </form>
    </section>
  );
}
