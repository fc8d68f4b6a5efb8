/**
 * Random policies for the property tests, and the decision rules restated by hand from the decision table
 * in docs/decisions.md (`expectedAllowed`), so the engine's table (and every answer read from it) is
 * checked against an independent reading of the rules, not against itself.
 */
import fc from 'fast-check';
import type {PolicyConfig} from '../../src/config/schema.js';
import {DATA_CLASS_RULES, POSTURES, REGIME_IDS} from '../../src/vocabulary/config-values.js';

export type Agreement = 'none' | 'standard' | 'enterprise' | 'baa';
export type Category = 'personal-data' | 'special-category-data' | 'phi' | 'cardholder-data' | 'credentials';

/** The rules, as the decision table in docs/decisions.md states them. */
export function expectedAllowed(
  config: PolicyConfig,
  agreements: readonly Agreement[],
  ceiling: number,
  classIndex: number,
): boolean {
  const dataClass = config.dataClasses[classIndex]!;
  const has = (category: Category) => dataClass.categories.includes(category);
  const selected = (regime: (typeof REGIME_IDS)[number]) => config.compliance.includes(regime);
  if (dataClass.rule === 'never') return false;
  if (dataClass.rule === 'enterprise-agreement-only' && !agreements.includes('enterprise')) return false;
  if (dataClass.rule === 'baa-only' && !agreements.includes('baa')) return false;
  if (classIndex > ceiling) return false;
  if (has('credentials')) return false;
  if (selected('pci-dss') && has('cardholder-data')) return false;
  if (selected('hipaa') && has('phi') && !agreements.includes('baa')) return false;
  if (selected('gdpr') && (has('personal-data') || has('special-category-data')))
    return agreements.includes('enterprise');
  return true;
}

const agreementSets = fc.constantFrom<Agreement[]>(
  ['none'],
  ['standard'],
  ['enterprise'],
  ['baa'],
  ['enterprise', 'baa'],
  ['standard', 'baa'],
);
const CATEGORIES: Category[] = [
  'personal-data',
  'special-category-data',
  'phi',
  'cardholder-data',
  'credentials',
];

export const configs = fc
  .record({
    posture: fc.constantFrom(...POSTURES),
    compliance: fc.subarray([...REGIME_IDS]),
    classes: fc.array(
      fc.record({rule: fc.constantFrom(...DATA_CLASS_RULES), categories: fc.subarray(CATEGORIES)}),
      {minLength: 1, maxLength: 5},
    ),
    tools: fc.array(fc.record({agreement: agreementSets, ceiling: fc.option(fc.nat(), {nil: undefined})}), {
      minLength: 1,
      maxLength: 5,
    }),
    unlisted: fc.option(fc.nat(), {nil: undefined}),
  })
  .map((draw) => {
    const ids = draw.classes.map((_, index) => `class-${index}`);
    return {
      organization: 'Quill',
      effectiveDate: '2026-06-15',
      posture: draw.posture,
      compliance: draw.compliance,
      tools: draw.tools.map((tool, index) => ({
        name: `Tool ${String.fromCharCode(65 + index)}`,
        agreement: tool.agreement,
        ...(tool.ceiling === undefined ? {} : {maxDataClass: ids[tool.ceiling % ids.length]}),
      })),
      dataClasses: draw.classes.map((dataClass, index) => ({
        id: ids[index],
        name: `Kind ${String.fromCharCode(80 + index)}`,
        rule: dataClass.rule,
        categories: dataClass.categories,
      })),
      unlistedTools: {maxDataClass: draw.unlisted === undefined ? null : ids[draw.unlisted % ids.length]},
    };
  });
