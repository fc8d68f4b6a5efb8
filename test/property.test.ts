/**
 * Property tests: whatever a user (or an editor accident) puts in `ai-policy.yml`, the only failure mode is
 * a located validation error, never a thrown exception; and whatever passes validation renders.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {stringify} from 'yaml';
import {parsePolicyConfig} from '../src/config/parse.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {lintPolicy} from '../src/engine/lint.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {
  AGREEMENTS,
  DATA_CLASS_RULES,
  INDUSTRY_IDS,
  POSTURES,
  REGIME_IDS,
} from '../src/vocabulary/config-values.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

const BASE: {[key: string]: Json} = {
  organization: 'Acme Corp',
  industry: 'healthcare',
  effectiveDate: '2026-06-15',
  owner: 'Security team <security@acme.example>',
  posture: 'mandatory',
  compliance: ['soc2', 'hipaa', 'gdpr', 'pci-dss'],
  tools: [
    {
      name: 'Claude Code',
      vendor: 'Anthropic',
      agreement: ['enterprise', 'baa'],
      maxDataClass: 'phi',
      conditions: 'SSO only.',
      url: 'https://x.example',
    },
    {name: 'GitHub Copilot', agreement: 'enterprise', maxDataClass: 'internal'},
    {name: 'Chat Helper', agreement: 'standard'},
  ],
  prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}, 'Shadow AI'],
  unlistedTools: {maxDataClass: 'public'},
  useCases: {encouraged: ['writing tests'], prohibited: ['hiring decisions']},
  training: {required: true, before: 'access', course: 'AI 101', refresh: 'annually'},
  disclosure: {commitTrailer: 'Assisted-by: <tool>', pullRequests: true},
  toolReview: {turnaround: 'one week', contact: 'security'},
  dataClasses: [
    {id: 'public', name: 'Public', rule: 'any-approved-tool', examples: ['docs']},
    {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', categories: ['source-code']},
    {id: 'phi', name: 'Patient data', rule: 'baa-only', categories: ['phi', 'personal-data']},
    {id: 'secrets', name: 'Secrets', rule: 'never', categories: ['credentials', 'cardholder-data']},
  ],
  budgets: {owner: 'engineering manager', period: 'monthly', anomalyResponse: 'a day', tooling: 'gateway'},
  review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
  exceptions: {approver: 'CISO', granted: [{who: 'ds team', what: 'notebooks', expires: '2026-12-31'}]},
  incidents: {contact: 'security@acme.example', channel: '#security'},
  sections: {
    order: ['purpose-and-scope'],
    disable: ['budgets'],
    rename: {'code-review': 'Reviewing AI code'},
    custom: [{id: 'open-source', title: 'Open source', after: 'code-review', body: '**Ask** first.'}],
  },
};

/**
 * Runs the whole pipeline the way the plugin and the CLI do. Throws (failing the property) on any
 * exception, on an unlocated problem, or on a valid config that does not render.
 */
function pipeline(source: string, fileName: string): 'valid' | 'invalid' {
  const result = parsePolicyConfig(source, fileName);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    const lineCount = source.split(/\r\n|\r|\n/).length;
    for (const problem of result.problems) {
      expect(problem.file).toBe(fileName);
      expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
      expect(Number.isInteger(problem.column) && problem.column >= 1).toBe(true);
      expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
      expect(typeof problem.message).toBe('string');
      expect(problem.message.trim()).not.toBe('');
      expect(Array.isArray(problem.path)).toBe(true);
      for (const segment of problem.path)
        expect(typeof segment === 'string' || Number.isInteger(segment)).toBe(true);
    }
    return 'invalid';
  }
  const document = buildPolicyDocument(result.config);
  const markdown = renderPolicyMarkdown(document);
  expect(markdown.length).toBeGreaterThan(100);
  const json = JSON.parse(renderPolicyJson(document));
  expect(json.schemaVersion).toBe(6);
  expect(json.organization).toBe(result.config.organization);
  expect(new Set(document.sections.map((section) => section.id)).size).toBe(document.sections.length);
  lintPolicy(document, {today: '2027-01-01'});
  return 'valid';
}

// ---- Structured mutations of a valid config object ----------------------------------------------------

type Path = Array<string | number>;

function allPaths(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...allPaths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...allPaths(item, [...prefix, key]));
  return paths;
}

function containerAt(root: Json, path: Path): {parent: Json; key: string | number} | undefined {
  if (path.length === 0) return undefined;
  let node: Json = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[segment] as Json;
  }
  return node !== null && typeof node === 'object' ? {parent: node, key: path.at(-1)!} : undefined;
}

/** Strings a user could plausibly write: near-misses of real values, ids, dates, and hostile text. */
const plausibleString = fc.oneof(
  fc.constantFrom(
    ...INDUSTRY_IDS,
    ...REGIME_IDS,
    ...AGREEMENTS,
    ...DATA_CLASS_RULES,
    ...POSTURES,
    'public',
    'internal',
    'phi',
    'secrets',
    'budgets',
    'code-review',
    'hipaa',
    'sass',
    'soc',
    'enterprize',
    '2026-02-30',
    '2026-6-1',
    '2026-06-15',
    '',
    ' ',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '| a | b |',
    '# h',
    '*x*',
  ),
  fc.string({maxLength: 20}),
  fc.string({unit: 'grapheme', maxLength: 12}),
);

const junk: fc.Arbitrary<Json> = fc.oneof(
  plausibleString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({maxDepth: 3}) as fc.Arbitrary<Json>,
  fc.array(plausibleString, {maxLength: 3}),
  fc.dictionary(plausibleString, plausibleString, {maxKeys: 3}),
);

type Mutation =
  | {kind: 'delete'; at: number}
  | {kind: 'replace'; at: number; value: Json}
  | {kind: 'add-key'; at: number; key: string; value: Json}
  | {kind: 'duplicate'; at: number}
  | {kind: 'case'; at: number};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('delete' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('replace' as const), at: fc.nat(), value: junk}),
  fc.record({
    kind: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(plausibleString, fc.constantFrom('tool', 'name', 'id', 'after', 'cadance', '__proto__')),
    value: junk,
  }),
  fc.record({kind: fc.constant('duplicate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('case' as const), at: fc.nat()}),
);

function applyMutation(root: Json, m: Mutation): Json {
  const paths = allPaths(root);
  const path = paths[m.at % paths.length]!;
  const target = containerAt(root, path);
  const current = path.reduce<Json>(
    (node, segment) => (node as Record<string | number, Json>)[segment] as Json,
    root,
  );
  switch (m.kind) {
    case 'delete':
      if (!target) return root;
      if (Array.isArray(target.parent)) target.parent.splice(target.key as number, 1);
      else delete (target.parent as Record<string, Json>)[target.key];
      return root;
    case 'replace':
      if (!target) return m.value;
      (target.parent as Record<string | number, Json>)[target.key] = m.value;
      return root;
    case 'add-key':
      if (current !== null && typeof current === 'object' && !Array.isArray(current))
        Object.defineProperty(current, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return root;
    case 'duplicate':
      if (target && Array.isArray(target.parent))
        target.parent.splice(target.key as number, 0, structuredClone(current));
      return root;
    case 'case':
      if (target && typeof current === 'string')
        (target.parent as Record<string | number, Json>)[target.key] = current.toUpperCase();
      return root;
  }
}

describe('mutated configs', () => {
  it('are either valid and render, or rejected with located problems (YAML)', () => {
    const outcomes = {valid: 0, invalid: 0};
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 6}), (mutations) => {
        const config = mutations.reduce(applyMutation, structuredClone(BASE) as Json);
        outcomes[pipeline(stringify(config), 'ai-policy.yml')]++;
      }),
      {numRuns: 1200},
    );
    // Both branches must be exercised, or the property proves little.
    expect(outcomes.valid).toBeGreaterThan(50);
    expect(outcomes.invalid).toBeGreaterThan(400);
    // 1,200 renders through mdast-util-to-markdown (~10 ms CPU each for a full policy): past vitest's 30 s
    // default on a loaded machine.
  }, 120_000);

  it('are either valid and render, or rejected with located problems (JSON)', () => {
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), fc.boolean(), (mutations, pretty) => {
        const config = mutations.reduce(applyMutation, structuredClone(BASE) as Json);
        pipeline(JSON.stringify(config, null, pretty ? 2 : undefined), 'ai-policy.json');
      }),
      {numRuns: 400},
    );
  });

  it('the unmutated base config is valid', () => {
    expect(pipeline(stringify(BASE), 'ai-policy.yml')).toBe('valid');
  });
});

// ---- Raw and mutated YAML text -----------------------------------------------------------------------

const BASE_YAML = stringify(BASE);
const YAML_CHARS = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  '\n',
  '\t',
  ' ',
  ',',
  '?',
  '\\',
  '\r',
  '\u0000',
  '\uFEFF',
  'é',
  '😀',
];

type TextEdit =
  | {kind: 'insert'; at: number; text: string}
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'duplicate-line'; at: number}
  | {kind: 'swap-lines'; a: number; b: number}
  | {kind: 'indent'; at: number; by: number};

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...YAML_CHARS),
      fc.string({maxLength: 6}),
      fc.constantFrom('&a ', '*a', '<<: *a', '!!binary ', '--- ', '...'),
    ),
  }),
  fc.record({kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 30})}),
  fc.record({kind: fc.constant('duplicate-line' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat()}),
  fc.record({kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({min: -4, max: 4})}),
);

function applyTextEdit(source: string, edit: TextEdit): string {
  const lines = source.split('\n');
  switch (edit.kind) {
    case 'insert': {
      const at = edit.at % (source.length + 1);
      return source.slice(0, at) + edit.text + source.slice(at);
    }
    case 'delete': {
      const at = edit.at % (source.length + 1);
      return source.slice(0, at) + source.slice(at + edit.length);
    }
    case 'duplicate-line': {
      const at = edit.at % lines.length;
      lines.splice(at, 0, lines[at]!);
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = edit.a % lines.length;
      const b = edit.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'indent': {
      const at = edit.at % lines.length;
      const line = lines[at]!;
      lines[at] =
        edit.by >= 0 ? ' '.repeat(edit.by) + line : line.replace(new RegExp(`^ {0,${-edit.by}}`), '');
      return lines.join('\n');
    }
  }
}

describe('arbitrary and mutated YAML text', () => {
  it('never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({maxLength: 200}),
          fc.string({unit: 'binary', maxLength: 100}),
          fc
            .array(fc.constantFrom(...YAML_CHARS, 'a', 'tools', 'organization', '1'), {maxLength: 80})
            .map((chars) => chars.join('')),
        ),
        (source) => {
          pipeline(source, 'ai-policy.yml');
        },
      ),
      {numRuns: 800},
    );
  });

  it('never throws for edited versions of a valid file', () => {
    const outcomes = {valid: 0, invalid: 0};
    fc.assert(
      fc.property(fc.array(textEdit, {minLength: 1, maxLength: 5}), (edits) => {
        outcomes[pipeline(edits.reduce(applyTextEdit, BASE_YAML), 'ai-policy.yml')]++;
      }),
      {numRuns: 1200},
    );
    expect(outcomes.valid).toBeGreaterThan(20);
    expect(outcomes.invalid).toBeGreaterThan(200);
  });

  it('rejects alias bombs with a located problem instead of hanging or throwing', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'organization: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '',
    ].join('\n');
    expect(pipeline(bomb, 'ai-policy.yml')).toBe('invalid');
  });
});

// ---- Valid configs generated from the schema's own vocabulary ----------------------------------------

/** Words that cannot spell "must", so the advisory check below is about the engine's own sentences. */
const word = fc.constantFrom('Acme', 'data', 'team', 'review', 'Ops', 'North', 'Quill', 'tool', 'lead', 'x');
const phrase = fc.array(word, {minLength: 1, maxLength: 4}).map((words) => words.join(' '));

const validConfig = fc
  .record({
    organization: phrase,
    industry: fc.constantFrom(...INDUSTRY_IDS),
    posture: fc.constantFrom(...POSTURES),
    compliance: fc.subarray([...REGIME_IDS]),
    classes: fc.array(fc.constantFrom(...DATA_CLASS_RULES), {minLength: 1, maxLength: 5}),
    categories: fc.array(fc.subarray(['phi', 'cardholder-data', 'personal-data', 'credentials'] as const), {
      minLength: 5,
      maxLength: 5,
    }),
    tools: fc.array(
      fc.record({agreement: fc.constantFrom(...AGREEMENTS), ceiling: fc.option(fc.nat(), {nil: undefined})}),
      {minLength: 1, maxLength: 5},
    ),
    unlisted: fc.option(fc.nat(), {nil: undefined}),
    training: fc.boolean(),
    incidents: fc.boolean(),
    useCases: fc.boolean(),
    disable: fc.subarray(['budgets', 'code-review'] as const),
  })
  .map((draw) => {
    const classIds = draw.classes.map((_, index) => `class-${index}`);
    return {
      organization: draw.organization,
      industry: draw.industry,
      effectiveDate: '2026-06-15',
      posture: draw.posture,
      compliance: draw.compliance,
      tools: draw.tools.map((tool, index) => ({
        name: `Tool ${index}`,
        agreement: tool.agreement,
        ...(tool.ceiling === undefined ? {} : {maxDataClass: classIds[tool.ceiling % classIds.length]}),
      })),
      dataClasses: draw.classes.map((rule, index) => ({
        id: classIds[index],
        name: `Class ${index}`,
        rule,
        categories: draw.categories[index],
      })),
      unlistedTools: {
        maxDataClass: draw.unlisted === undefined ? null : classIds[draw.unlisted % classIds.length],
      },
      training: {required: draw.training},
      incidents: draw.incidents ? {contact: 'security team'} : {},
      useCases: draw.useCases ? {encouraged: ['tests'], prohibited: ['hiring']} : {},
      sections: {disable: draw.disable},
    };
  });

describe('generated valid configs', () => {
  it('always validate, render deterministically, decide every pair, and keep advisory text advisory', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const source = stringify(config);
        const parsed = parsePolicyConfig(source, 'ai-policy.yml');
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const document = buildPolicyDocument(parsed.config);
        expect(document.facts.decisions).toHaveLength(config.tools.length * config.dataClasses.length);
        for (const decision of document.facts.decisions) {
          // Never-classes are never allowed; allowed means the reason says so.
          expect(decision.allowed).toBe(decision.reason === 'allowed');
          const rule = config.dataClasses.find((dataClass) => dataClass.id === decision.dataClass)!.rule;
          if (rule === 'never') expect(decision.allowed).toBe(false);
          const agreement = config.tools.find((tool) => tool.name === decision.tool)!.agreement;
          // A self-hosted model needs no vendor contract: it meets a BAA-only rule.
          if (rule === 'baa-only' && !agreement.includes('baa') && !agreement.includes('self-hosted'))
            expect(decision.allowed).toBe(false);
          // test/one-answer.test.ts checks every rule of the decision table; this is the quick smoke.
        }
        // Markdown rendering dominates the run time, so it is done once here: one section, then the page.
        const last = document.sections.at(-1)!;
        expect(renderSectionMarkdown(document, last.id)).toContain(last.title);
        const markdown = renderPolicyMarkdown(document);
        expect(renderPolicyJson(buildPolicyDocument(parsed.config))).toBe(renderPolicyJson(document));
        // Law and audit criteria keep "must" in every posture; the company's own rules follow the posture.
        // A duty a binding source imposes carries that source's citation on its line and says "must".
        const binding = /\*\((?:[^)]*; )?(SOC 2|HIPAA|GDPR|ISO\/IEC 27001|PCI DSS|EU AI Act|ISO\/IEC 42001) /;
        const companyRules = document.sections
          .filter((section) => section.kind !== 'regime' || section.id === 'nist-ai-rmf')
          .map((section) => renderSectionMarkdown(document, section.id))
          .join('\n')
          .split('\n')
          .filter((line) => !binding.test(line))
          .join('\n');
        // The hard rules on regulated data are the one legal duty inside the company's own rules.
        const withoutLegalDuty = companyRules.replaceAll(/In any case, it must not receive [^.]*\./g, '');
        if (config.posture === 'advisory') expect(withoutLegalDuty).not.toMatch(/\bmust\b/i);
        else expect(markdown).toMatch(/\bmust\b/);
      }),
      {numRuns: 250},
    );
  });
});
