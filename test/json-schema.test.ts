/**
 * The JSON Schema shipped as `docusaurus-plugin-ai-policy/schema.json`, checked by a real validator (ajv):
 * for every config the tests write, valid and invalid, ajv and our own validation give the same verdict.
 * Two kinds of rule are ours alone, and the schema says so: refinements (a real calendar date, one-line
 * globs) and cross-field rules (unique names, class references), which `ai-policy check` reports.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {policyJsonSchema} from '../src/config/json-schema.js';
import {policyConfigSchema} from '../src/config/schema.js';
import {MINIMAL} from './support/policy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ajv = new Ajv2020({strict: false, allErrors: true});
const validate = ajv.compile(policyJsonSchema());

/** Our verdict on the schema level: valid, or invalid for a reason the JSON Schema can express. */
function ourVerdict(raw: unknown): 'valid' | 'invalid' | 'refinement-only' {
  const result = policyConfigSchema.safeParse(raw);
  if (result.success) return 'valid';
  return result.error.issues.every((issue) => issue.code === 'custom') ? 'refinement-only' : 'invalid';
}

function expectSameVerdict(raw: unknown) {
  const ours = ourVerdict(raw);
  const theirs = validate(raw) ? 'valid' : 'invalid';
  if (ours === 'refinement-only') expect(theirs, JSON.stringify(raw)).toBe('valid');
  else expect(theirs, `${JSON.stringify(raw)}\n${JSON.stringify(validate.errors)}`).toBe(ours);
}

/** The example's organization baseline: a whole policy. The site's own file extends it. */
const EXAMPLE = parse(readFileSync(path.join(ROOT, 'example-baseline', 'ai-policy.yml'), 'utf8'));
const EXAMPLE_OVERLAY = parse(readFileSync(path.join(ROOT, 'example-site', 'ai-policy.yml'), 'utf8'));

describe('the JSON Schema of ai-policy.yml', () => {
  it('accepts the example site, its baseline and the minimal config', () => {
    expect(validate(EXAMPLE), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(EXAMPLE_OVERLAY), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(MINIMAL)).toBe(true);
  });

  it('accepts the counsel fixtures, the defense contractor’s cui, export-controlled and classified classes included', () => {
    for (const name of ['university', 'defense-contractor']) {
      const fixture = parse(
        readFileSync(path.join(ROOT, 'test', 'fixtures', 'counsel', `${name}.yml`), 'utf8'),
      );
      expect(validate(fixture), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const withCategory = (category: string) => ({
      ...MINIMAL,
      dataClasses: [{id: 'controlled', name: 'Controlled', rule: 'never', categories: [category]}],
    });
    for (const category of ['cui', 'export-controlled', 'classified'])
      expectSameVerdict(withCategory(category));
    expect(validate(withCategory('cui'))).toBe(true);
    expect(validate(withCategory('itar'))).toBe(false);
  });

  it('requires the whole policy only of a file that extends no baseline', () => {
    expect(validate({extends: './base.yml', review: {cadence: 'monthly'}})).toBe(true);
    expect(validate({review: {cadence: 'monthly'}})).toBe(false);
    expect(validate({extends: './base.yml', review: {cadence: 'weekly'}})).toBe(false);
  });

  it.each([
    ['a misspelt enum value', {...MINIMAL, industry: 'sass'}],
    ['an unknown key', {...MINIMAL, tool: []}],
    ['a missing required key', {organization: 'Acme', tools: MINIMAL.tools}],
    ['a date in the wrong form', {...MINIMAL, effectiveDate: '2026-6-1'}],
    ['an agreement list with a typo', {...MINIMAL, tools: [{name: 'X', agreement: ['enterprise', 'bba']}]}],
    ['an empty tool list', {...MINIMAL, tools: []}],
    ['a wrong type', {...MINIMAL, training: {required: 'yes'}}],
  ])('rejects %s, as our validation does', (_, raw) => {
    expect(ourVerdict(raw)).toBe('invalid');
    expect(validate(raw)).toBe(false);
  });

  it('agrees with our validation on thousands of mutated configs', () => {
    const value = fc.oneof(
      fc.constantFrom(
        'saas',
        'sass',
        'enterprise',
        'enterprize',
        'baa',
        'never',
        '2026-06-15',
        '2026-6-1',
        '',
      ),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
    );
    const keys = [
      'industry',
      'posture',
      'effectiveDate',
      'compliance',
      'owner',
      'unlistedTools',
      'training',
      'review',
      'typo',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keys), value, fc.nat(3), (key, replacement, where) => {
        const raw = structuredClone(EXAMPLE) as Record<string, unknown>;
        if (where === 0) raw[key] = replacement;
        else if (where === 1) (raw.tools as Array<Record<string, unknown>>)[0]!.agreement = replacement;
        else if (where === 2) (raw.dataClasses as Array<Record<string, unknown>>)[1]!.rule = replacement;
        else delete raw[key];
        expectSameVerdict(raw);
      }),
      {numRuns: 2000},
    );
  });

  it('is shipped with each key’s description from the zod schema', () => {
    const shipped = path.join(ROOT, 'lib', 'ai-policy.schema.json');
    // Written by `npm run build`, which `npm test` runs first.
    expect(existsSync(shipped)).toBe(true);
    const schema = JSON.parse(readFileSync(shipped, 'utf8'));
    const undescribed = Object.entries(
      schema.properties as Record<string, {description?: string; properties?: object}>,
    )
      .filter(([, property]) => !property.description && !property.properties)
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
    const agreement = schema.properties.tools.items.properties.agreement;
    expect(agreement.description).toMatch(/a BAA is not a data-processing agreement/);
    // Plain text for editors that show it as such; the Markdown for those that render it (VS Code).
    expect(agreement.description).not.toContain('`');
    expect(agreement.markdownDescription).toContain('`[enterprise, baa]`');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).exports['./schema.json']).toBe(
      './lib/ai-policy.schema.json',
    );
  });
});
