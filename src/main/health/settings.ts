import { DEFAULT_MODEL_ID, MODELS, MODEL_IDS, withWeights, type ModelId, type ModelWeights, type ScoringModel } from '../../shared/health/models';
import { HealthSettings, type UpdateHealthSettingsInput } from '../../shared/health/schema';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';

const KEY = 'health';

const defaults = (): HealthSettings => ({
  modelId: DEFAULT_MODEL_ID,
  weights: Object.fromEntries(MODEL_IDS.map((id) => [id, Object.fromEntries(MODELS[id].components.map((c) => [c.key, c.weight]))])),
});

/** The scoring model chosen in Settings and the weights of each model; defaults when never set. */
export function getHealthSettings(store: Store): HealthSettings {
  const row = store.first(store.q.selectFrom('settings').select('value').where('key', '=', KEY));
  if (!row) return defaults();
  const parsed = HealthSettings.safeParse(JSON.parse(row.value));
  return parsed.success ? { ...defaults(), ...parsed.data, weights: { ...defaults().weights, ...parsed.data.weights } } : defaults();
}

export function updateHealthSettings(store: Store, input: UpdateHealthSettingsInput): HealthSettings {
  const model = MODELS[input.modelId];
  const keys = new Set(model.components.map((c) => c.key));
  const named = Object.keys(input.weights);
  if (named.length !== keys.size || named.some((k) => !keys.has(k as never))) {
    throw new AppError('INVALID_INPUT', `Give a weight for each of the ${keys.size} components of this model.`, [
      { path: ['weights'], message: `Give a weight for each of the ${keys.size} components of this model.` },
    ]);
  }
  const current = getHealthSettings(store);
  const next: HealthSettings = { modelId: input.modelId, weights: { ...current.weights, [input.modelId]: input.weights } };
  const value = JSON.stringify(next);
  store.run(store.q.insertInto('settings').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
  return next;
}

/** The model new checks are scored with: the chosen one with its current weights. */
export function currentModel(store: Store): ScoringModel {
  const s = getHealthSettings(store);
  return withWeights(s.modelId, s.weights[s.modelId] as ModelWeights | undefined);
}

export function currentModelId(store: Store): ModelId {
  return getHealthSettings(store).modelId;
}
