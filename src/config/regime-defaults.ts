import type {RegimeId} from '../vocabulary/config-values.js';
import type {DataCategory, PolicyConfig} from './schema.js';

/** Regimes that require workforce training: HIPAA §164.308(a)(5), PCI DSS 12.6, EU AI Act Art. 4. */
const TRAINING_REGIMES: readonly RegimeId[] = ['hipaa', 'pci-dss', 'eu-ai-act'];

/** What the default restricted class also holds when a regime that names that kind of data is selected. */
const RESTRICTED_ADDITIONS: ReadonlyArray<{regime: RegimeId; category: DataCategory; example: string}> = [
  {regime: 'hipaa', category: 'phi', example: 'patient records and other PHI'},
  {regime: 'pci-dss', category: 'cardholder-data', example: 'card numbers and other cardholder data'},
];

/**
 * Defaults that depend on the selected regimes, applied only where the author wrote nothing: with HIPAA
 * selected and the default classes, the restricted class carries PHI, and training is required wherever
 * a selected regime requires it. A value the author wrote always wins.
 */
export function applyRegimeDefaults(config: PolicyConfig, raw: Record<string, unknown>): PolicyConfig {
  const selected = new Set(config.compliance);
  const rawTraining = raw.training;
  const trainingWritten =
    typeof rawTraining === 'object' && rawTraining !== null && 'required' in rawTraining;
  const training =
    !trainingWritten && TRAINING_REGIMES.some((regime) => selected.has(regime))
      ? {...config.training, required: true}
      : config.training;

  const additions = RESTRICTED_ADDITIONS.filter(({regime}) => selected.has(regime));
  const dataClasses =
    raw.dataClasses === undefined && additions.length > 0
      ? config.dataClasses.map((dataClass) =>
          dataClass.id === 'restricted'
            ? {
                ...dataClass,
                examples: [...dataClass.examples, ...additions.map(({example}) => example)],
                categories: [...dataClass.categories, ...additions.map(({category}) => category)],
              }
            : dataClass,
        )
      : config.dataClasses;
  return {...config, training, dataClasses};
}
