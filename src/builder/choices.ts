/**
 * The values the builder's form offers for each closed field, taken from the model the schema validates
 * against, so the form cannot offer a value `ai-policy check` rejects. Tiny and free of the engine: the
 * form renders these on the server and before the engine's chunk has loaded.
 */
export {
  AGREEMENTS,
  AI_CLIENTS,
  BUDGET_PERIODS,
  DATA_CATEGORIES,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
  REVIEW_CADENCES,
  TRAINING_MOMENTS,
} from '../vocabulary/config-values.js';
