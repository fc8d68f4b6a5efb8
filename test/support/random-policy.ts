/**
 * Random policies for the property tests, and the decision rules restated by hand from the decision table
 * in docs/decisions.md (`expectedAllowed`), so the engine's table (and every answer read from it) is
 * checked against an independent reading of the rules, not against itself.
 */
import fc from 'fast-check';
import type {PolicyConfig} from '../../src/config/schema.js';
import {DATA_CLASS_RULES, POSTURES, REGIME_IDS} from '../../src/vocabulary/config-values.js';

export type Agreement = 'none' | 'standard' | 'enterprise' | 'baa' | 'self-hosted';
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
  // A self-hosted model hands the data to no vendor: it meets every agreement rule.
  const covered = (agreement: Agreement) =>
    agreements.includes(agreement) || agreements.includes('self-hosted');
  if (dataClass.rule === 'never') return false;
  if (dataClass.rule === 'enterprise-agreement-only' && !covered('enterprise')) return false;
  if (dataClass.rule === 'baa-only' && !covered('baa')) return false;
  if (classIndex > ceiling) return false;
  if (has('credentials')) return false;
  if (selected('pci-dss') && has('cardholder-data')) return false;
  if (selected('hipaa') && has('phi') && !covered('baa')) return false;
  if (selected('gdpr') && (has('personal-data') || has('special-category-data')))
    return covered('enterprise');
  return true;
}

/** A class's rule as the decision table in docs/decisions.md states it, read independently of the engine. */
export function expectedRule(config: PolicyConfig, classIndex: number) {
  const dataClass = config.dataClasses[classIndex]!;
  const has = (category: Category) => dataClass.categories.includes(category);
  const selected = (regime: (typeof REGIME_IDS)[number]) => config.compliance.includes(regime);
  const by: string[] = [];
  if (has('credentials')) by.push('credentials');
  if (selected('pci-dss') && has('cardholder-data')) by.push('PCI DSS');
  if (dataClass.rule === 'never') return {never: true, requires: [] as Agreement[], by: []};
  if (by.length > 0) return {never: true, requires: [] as Agreement[], by};
  const requires = new Set<Agreement>(
    dataClass.rule === 'enterprise-agreement-only'
      ? ['enterprise']
      : dataClass.rule === 'baa-only'
        ? ['baa']
        : [],
  );
  if (selected('hipaa') && has('phi') && !requires.has('baa')) {
    requires.add('baa');
    by.push('HIPAA');
  }
  if (
    selected('gdpr') &&
    (has('personal-data') || has('special-category-data')) &&
    !requires.has('enterprise')
  ) {
    requires.add('enterprise');
    by.push('GDPR');
  }
  return {never: false, requires: (['enterprise', 'baa'] as const).filter((a) => requires.has(a)), by};
}

/** Whether a hard rule governs the class in this config (its categories meet a selected rule). */
export function governedByHardRule(config: PolicyConfig, classIndex: number): boolean {
  const dataClass = config.dataClasses[classIndex]!;
  const has = (category: Category) => dataClass.categories.includes(category);
  const selected = (regime: (typeof REGIME_IDS)[number]) => config.compliance.includes(regime);
  return (
    has('credentials') ||
    (selected('pci-dss') && has('cardholder-data')) ||
    (selected('hipaa') && has('phi')) ||
    (selected('gdpr') && (has('personal-data') || has('special-category-data')))
  );
}

const agreementSets = fc.constantFrom<Agreement[]>(
  ['none'],
  ['standard'],
  ['enterprise'],
  ['baa'],
  ['enterprise', 'baa'],
  ['standard', 'baa'],
  ['self-hosted'],
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
    prohibitsATool: fc.boolean(),
    exception: fc.option(fc.record({classIndex: fc.nat(), expired: fc.boolean()}), {nil: undefined}),
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
      // A prohibited tool is not in the matrix; it changes how the matrix and the text name the others.
      prohibitedTools: draw.prohibitsATool ? ['Tool Z'] : [],
      unlistedTools: {maxDataClass: draw.unlisted === undefined ? null : ids[draw.unlisted % ids.length]},
      exceptions: {
        granted:
          draw.exception === undefined
            ? []
            : [
                {
                  who: 'Team Z',
                  what: 'a pilot',
                  dataClasses: [ids[draw.exception.classIndex % ids.length]],
                  expires: draw.exception.expired ? '2026-01-31' : '2026-12-31',
                  approvedBy: 'CISO',
                },
              ],
      },
    };
  });
