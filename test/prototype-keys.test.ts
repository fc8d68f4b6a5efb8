/**
 * Config data used as a lookup key must never reach `Object.prototype`: a custom section with the valid id
 * `constructor` once got the title `function Object() { [native code] }` (and crashed `docusaurus build`),
 * because the engine read `sections.rename[id]` from a plain object. Ids, class ids, rename keys and tool
 * names spelled like `Object.prototype`'s members go through the whole pipeline here: parse, build,
 * Markdown, JSON, single sections and the React theme.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {policyConfigSchema} from '../src/config/schema.js';
import {schemaKeysAt} from '../src/config/schema-keys.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {lintPolicy} from '../src/engine/lint.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {documentOf, MINIMAL, toYaml} from './support/policy.js';
import {mockSiteModules, renderDocumentHtml} from './support/theme.js';

mockSiteModules();

/** Names of `Object.prototype`'s members, and their kebab-case look-alikes (valid section and class ids). */
const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
];
const PROTOTYPE_IDS = ['constructor', 'to-string', 'value-of', 'has-own-property', 'proto', 'prototype'];

/** What a lookup that fell through to `Object.prototype` leaves in the output. */
const LEAKED = /\[native code\]|function Object\(|\[object Object\]/;

describe('a custom section with the id "constructor"', () => {
  const custom = {id: 'constructor', title: 'Working with constructors', body: 'Build *carefully*.'};

  it('keeps its own title in the model, the Markdown and the JSON', () => {
    const document = documentOf({...MINIMAL, sections: {custom: [custom]}});
    const section = document.sections.find((candidate) => candidate.id === 'constructor');
    expect(section?.title).toBe('Working with constructors');
    expect(renderPolicyMarkdown(document)).toContain('## Working with constructors');
    expect(renderPolicyMarkdown(document)).not.toMatch(LEAKED);
    expect(renderPolicyJson(document)).not.toMatch(LEAKED);
  });

  it('can be renamed, and renaming another section leaves it alone', () => {
    const renamed = documentOf({
      ...MINIMAL,
      sections: {custom: [custom], rename: {constructor: 'Constructors', budgets: 'Money'}},
    });
    const titles = new Map(renamed.sections.map((section) => [section.id, section.title]));
    expect(titles.get('constructor')).toBe('Constructors');
    expect(titles.get('budgets')).toBe('Money');
  });

  it('renders in the theme with its own title', async () => {
    const html = await renderDocumentHtml(documentOf({...MINIMAL, sections: {custom: [custom]}}));
    expect(html).toContain('<h2 id="constructor">Working with constructors</h2>');
    expect(html).not.toMatch(LEAKED);
  });
});

describe('rename keys spelled like Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES)('rejects rename key %j as an unknown section, with its location', (key) => {
    const result = parsePolicyConfig(
      toYaml({...MINIMAL, sections: {rename: Object.fromEntries([[key, 'Title']])}}),
      'ai-policy.yml',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({path: ['sections', 'rename', key], line: 8, column: 5}),
    ]);
    expect(result.problems[0]!.message).toContain(`unknown section "${key}"`);
  });
});

describe('the schema walk behind "did you mean" on unknown keys', () => {
  it.each(PROTOTYPE_NAMES)('finds no keys under %j instead of walking into Object.prototype', (key) => {
    expect(schemaKeysAt(policyConfigSchema, [key])).toEqual([]);
    expect(schemaKeysAt(policyConfigSchema, ['sections', key])).toEqual([]);
  });
});

// ---- The fuzz ------------------------------------------------------------------------------------------

const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES);
const prototypeId = fc.constantFrom(...PROTOTYPE_IDS);
/** Picks from a list that is only known once the rest is drawn: ids of this config's sections or classes. */
const pick = fc.nat();
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({weight: 9, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary});
const BUILTIN_IDS = ['purpose-and-scope', 'approved-tools', 'data-classification', 'code-review', 'budgets'];

/**
 * Mostly valid configs, so that the engine and renderers see these keys, not only the validator: every
 * reference picks from the ids the config defines. A few draws add one invalid key on purpose.
 */
const config = fc
  .record({
    tools: fc.uniqueArray(fc.oneof(prototypeName, prototypeId, fc.constant('Copilot')), {
      minLength: 1,
      maxLength: 4,
      selector: (name) => name.toLowerCase(),
    }),
    classIds: fc.option(
      fc.uniqueArray(fc.oneof(prototypeId, fc.constant('public')), {minLength: 1, maxLength: 4}),
      {
        nil: undefined,
      },
    ),
    ceilings: fc.array(fc.option(pick, {nil: undefined}), {minLength: 4, maxLength: 4}),
    unlisted: fc.option(pick, {nil: undefined}),
    prohibited: fc.uniqueArray(prototypeName, {maxLength: 3}),
    custom: fc.uniqueArray(
      fc.record({id: prototypeId, title: prototypeName, after: fc.option(pick, {nil: undefined})}),
      {maxLength: 4, selector: (section) => section.id},
    ),
    rename: fc.array(fc.tuple(pick, prototypeName), {maxLength: 4}),
    order: fc.option(fc.array(pick, {maxLength: 3}), {nil: undefined}),
    disable: fc.array(pick, {maxLength: 2}),
    strayKey: rarely(fc.tuple(fc.constantFrom('top', 'rename'), prototypeName)),
  })
  .map((drawn) => {
    const rules = ['any-approved-tool', 'enterprise-agreement-only', 'baa-only', 'never'] as const;
    const classIds = drawn.classIds ?? ['public', 'internal', 'restricted'];
    const sectionIds = [...BUILTIN_IDS, ...drawn.custom.map((section) => section.id)];
    const classAt = (index: number) => classIds[index % classIds.length]!;
    const sectionAt = (index: number) => sectionIds[index % sectionIds.length]!;
    const approved = new Set(drawn.tools.map((name) => name.toLowerCase()));
    const rename: Array<[string, string]> = drawn.rename.map(([index, title]) => [sectionAt(index), title]);
    if (drawn.strayKey?.[0] === 'rename') rename.push([drawn.strayKey[1], 'Stray']);
    return {
      organization: 'Acme Corp',
      effectiveDate: '2026-06-15',
      ...(drawn.strayKey?.[0] === 'top' ? Object.fromEntries([[drawn.strayKey[1], 'stray']]) : {}),
      tools: drawn.tools.map((name, index) => {
        const ceiling = drawn.ceilings[index];
        return {
          name,
          agreement: index % 2 === 0 ? 'enterprise' : 'standard',
          ...(ceiling === undefined ? {} : {maxDataClass: classAt(ceiling)}),
        };
      }),
      ...(drawn.classIds && {
        dataClasses: drawn.classIds.map((id, index) => ({id, name: `${id} data`, rule: rules[index % 4]})),
      }),
      ...(drawn.unlisted === undefined ? {} : {unlistedTools: {maxDataClass: classAt(drawn.unlisted)}}),
      prohibitedTools: drawn.prohibited.filter((name) => !approved.has(name.toLowerCase())),
      sections: {
        custom: drawn.custom.map(({id, title, after}) => ({
          id,
          title,
          body: `About ${title}.`,
          ...(after === undefined ? {} : {after: sectionAt(after)}),
        })),
        // fromEntries makes own properties, `__proto__` included, as YAML's parser does.
        rename: Object.fromEntries(rename),
        ...(drawn.order && {order: drawn.order.map(sectionAt)}),
        disable: drawn.disable.map(sectionAt),
      },
    };
  });

describe('configs keyed with Object.prototype names (fuzz)', () => {
  it('are rejected with located problems, or build and render without leaking the prototype', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(config, async (input) => {
        const source = toYaml(input);
        const result = parsePolicyConfig(source, 'ai-policy.yml');
        if (!result.ok) {
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.message).not.toMatch(LEAKED);
          }
          return;
        }
        valid++;
        const document = buildPolicyDocument(result.config);
        const outputs = [
          renderPolicyMarkdown(document),
          renderPolicyJson(document),
          ...document.sections.map((section) => renderSectionMarkdown(document, section.id)),
          await renderDocumentHtml(document),
          ...lintPolicy(document, {today: '2027-01-01'}).map((finding) => finding.message),
        ];
        for (const output of outputs) expect(output).not.toMatch(LEAKED);

        // Every custom section keeps its own title, or the one `rename` gives it, and nothing else.
        const rename = new Map(Object.entries(input.sections.rename));
        for (const custom of input.sections.custom) {
          const section = document.sections.find((candidate) => candidate.id === custom.id);
          if (section) expect(section.title).toBe(rename.get(custom.id) ?? custom.title);
        }
      }),
      {numRuns: 300, seed: 42},
    );
    // The generator must reach the engine, not only the validator.
    expect(valid).toBeGreaterThan(150);
  });
});
