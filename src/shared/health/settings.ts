import { z } from 'zod';
import { COMPONENT_KEYS, DEFAULT_MODEL_ID, MODELS, MODEL_IDS, weightsProblem } from './models';

const defaultWeights = () =>
  Object.fromEntries(MODEL_IDS.map((id) => [id, Object.fromEntries(MODELS[id].components.map((c) => [c.key, c.weight]))]));

/**
 * The health-scoring setting (typed settings, key `health`): the model new checks are scored
 * with and each model's weights. A stored value breaking these rules reads as the default.
 */
export const HealthSettings = z
  .object({
    modelId: z.enum(MODEL_IDS, { error: 'Choose a scoring model' }),
    weights: z.record(z.string(), z.partialRecord(z.enum(COMPONENT_KEYS), z.number().int())),
  })
  .superRefine((v, ctx) => {
    for (const [id, weights] of Object.entries(v.weights)) {
      const problem = weightsProblem(Object.values(weights));
      if (problem) ctx.addIssue({ code: 'custom', message: `${id}: ${problem}`, path: ['weights', id] });
    }
  })
  .default(() => ({ modelId: DEFAULT_MODEL_ID, weights: defaultWeights() }));
export type HealthSettings = z.output<typeof HealthSettings>;
