import { withWeights, MODELS, type ModelId, type ModelWeights, type ScoringModel } from '../../shared/health/models';
import type { HealthSettings, UpdateHealthSettingsInput } from '../../shared/health/schema';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';
import { getSettings } from '../settings/service';
import { putSetting } from '../settings/repository';

/** The scoring model chosen in Settings and the weights of each model (typed setting `health`). */
export function getHealthSettings(store: Store): HealthSettings {
  return getSettings(store).health;
}

/** Chooses the model new checks use and sets its weights; the other model's weights are kept. */
export function updateHealthSettings(store: Store, input: UpdateHealthSettingsInput): HealthSettings {
  const model = MODELS[input.modelId];
  const keys = new Set<string>(model.components.map((c) => c.key));
  const named = Object.keys(input.weights);
  if (named.length !== keys.size || named.some((k) => !keys.has(k))) {
    const message = `Give a weight for each of the ${keys.size} components of this model.`;
    throw new AppError('INVALID_INPUT', message, [{ path: ['weights'], message }]);
  }
  const current = getHealthSettings(store);
  const next: HealthSettings = { modelId: input.modelId, weights: { ...current.weights, [input.modelId]: input.weights } };
  putSetting(store, 'health', JSON.stringify(next));
  return getHealthSettings(store);
}

/** The model new checks are scored with: the chosen one with its current weights. */
export function currentModel(store: Store): ScoringModel {
  const s = getHealthSettings(store);
  return withWeights(s.modelId, s.weights[s.modelId] as ModelWeights | undefined);
}

export function currentModelId(store: Store): ModelId {
  return getHealthSettings(store).modelId;
}
