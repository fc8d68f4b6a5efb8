import type {RegimeId} from './config-values.js';
import {REGIME_IDS} from './config-values.js';

export type BuiltinSectionId =
  | 'purpose-and-scope'
  | 'approved-tools'
  | 'data-classification'
  | 'code-review'
  | 'budgets'
  | 'enforcement'
  | 'incidents-and-exceptions';

/**
 * The id that embeds the control crosswalk (`::ai-policy{section="controls"}`) and its page's slug: not one of
 * the policy's sections, since it restates them by control.
 */
export const CROSSWALK_SECTION_ID = 'controls';

/** Every section the engine generates: a built-in one or a regime's. Custom sections are config data. */
export type SectionId = BuiltinSectionId | RegimeId;

/** Built-in sections in document order; regime sections sit between data classification and code review. */
export const SECTIONS_BEFORE_REGIMES: readonly BuiltinSectionId[] = [
  'purpose-and-scope',
  'approved-tools',
  'data-classification',
];
export const SECTIONS_AFTER_REGIMES: readonly BuiltinSectionId[] = [
  'code-review',
  'budgets',
  'enforcement',
  'incidents-and-exceptions',
];
export const BUILTIN_SECTION_IDS: readonly BuiltinSectionId[] = [
  ...SECTIONS_BEFORE_REGIMES,
  ...SECTIONS_AFTER_REGIMES,
];

/** The default order of built-in and regime sections for a set of selected regimes. */
export function defaultSectionOrder(compliance: readonly RegimeId[]): SectionId[] {
  // Regimes keep the canonical order, whatever order the config lists them in, so output is stable.
  const regimes = REGIME_IDS.filter((id) => compliance.includes(id));
  return [...SECTIONS_BEFORE_REGIMES, ...regimes, ...SECTIONS_AFTER_REGIMES];
}
