/**
 * Diagnostics as data: every kind of config problem carries a stable code, its field path as an array and
 * its position, and the one set of formatters turns them into text, JSON for tools and GitHub annotations.
 */
import {readFileSync} from 'node:fs';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {PolicyConfigError} from '../src/config/problems.js';
import {CONFIG_PROBLEM_CODES} from '../src/diagnostics/config-codes.js';
import type {Diagnostic} from '../src/diagnostics/diagnostic.js';
import {formatPath} from '../src/diagnostics/diagnostic.js';
import {locateFindings, parsePath} from '../src/diagnostics/findings.js';
import {escapeData, escapeProperty, formatGithubAnnotation} from '../src/diagnostics/github.js';
import {formatDiagnosticsJson} from '../src/diagnostics/json.js';
import {formatDiagnostic, formatTaggedDiagnostic} from '../src/diagnostics/text.js';
import {lintPolicy} from '../src/engine/lint.js';
import {loadPolicy} from '../src/store/policy-store.js';
import type {LintFinding} from '../src/vocabulary/lint-finding.js';
import {documentOf, MINIMAL} from './support/policy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HEAD =
  'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';
const SHORT_HEAD = 'organization: Acme Corp\neffectiveDate: 2026-06-15\n';

type Expected = Pick<Diagnostic, 'code' | 'path' | 'line' | 'column'> & {suggestion?: string};

/** One config per code, with the problem it must give: code, array path, position, suggestion. */
const CASES: Array<[string, string, Expected]> = [
  ['an unclosed bracket', 'compliance: [soc2\n', {code: 'yaml-syntax', path: [], line: 1, column: 13}],
  [
    'a key written twice',
    'organization: A\norganization: B\n',
    {code: 'yaml-duplicate-key', path: [], line: 2, column: 1},
  ],
  [
    'an alias bomb',
    [
      HEAD.trimEnd(),
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'useCases: {encouraged: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}',
      '',
    ].join('\n'),
    {code: 'yaml-alias-limit', path: [], line: 6, column: 57},
  ],
  ['a list at the top level', '- a\n', {code: 'not-a-mapping', path: [], line: 1, column: 1}],
  [
    'a missing organization',
    'effectiveDate: 2026-06-15\ntools: [{name: X}]\n',
    {code: 'required', path: ['organization'], line: 1, column: 1},
  ],
  [
    'a number for a boolean',
    `${HEAD}training: {required: 3}\n`,
    {code: 'invalid-type', path: ['training', 'required'], line: 4, column: 22},
  ],
  [
    'a misspelt agreement in the list of the third tool',
    `${SHORT_HEAD}tools:\n  - name: A\n  - name: B\n  - name: C\n    agreement: [enterprise, enterprize]\n`,
    {
      code: 'invalid-enum-value',
      path: ['tools', 2, 'agreement', 1],
      line: 7,
      column: 29,
      suggestion: 'enterprise',
    },
  ],
  [
    'a misspelt top-level key',
    `${HEAD}revew: {cadence: quarterly}\n`,
    {code: 'unknown-key', path: ['revew'], line: 4, column: 1, suggestion: 'review'},
  ],
  [
    'a misspelt key in the mapping form of a prohibited tool',
    `${HEAD}prohibitedTools: [{name: X, reasn: y}]\n`,
    {code: 'unknown-key', path: ['prohibitedTools', 0, 'reasn'], line: 4, column: 29, suggestion: 'reason'},
  ],
  ['no tools', `${SHORT_HEAD}tools: []\n`, {code: 'too-small', path: ['tools'], line: 3, column: 8}],
  [
    'a class id with a space',
    `${HEAD}dataClasses: [{id: Bad Id, name: X, rule: never}]\n`,
    {code: 'invalid-format', path: ['dataClasses', 0, 'id'], line: 4, column: 20},
  ],
  [
    'an unreal date',
    'organization: A\neffectiveDate: 2026-02-30\ntools: [{name: X}]\n',
    {code: 'invalid-value', path: ['effectiveDate'], line: 2, column: 16},
  ],
  [
    'two tools of one name',
    `${SHORT_HEAD}tools: [{name: X}, {name: X}]\n`,
    {code: 'duplicate-tool-name', path: ['tools', 1, 'name'], line: 3, column: 27},
  ],
  [
    'two classes of one id',
    `${HEAD}dataClasses: [{id: a, name: A, rule: never}, {id: a, name: B, rule: never}]\n`,
    {code: 'duplicate-class-id', path: ['dataClasses', 1, 'id'], line: 4, column: 51},
  ],
  [
    'a ceiling that names no class',
    `${SHORT_HEAD}tools: [{name: X, maxDataClass: internl}]\n`,
    {
      code: 'unknown-data-class',
      path: ['tools', 0, 'maxDataClass'],
      line: 3,
      column: 33,
      suggestion: 'internal',
    },
  ],
  [
    'a tool both approved and prohibited',
    `${HEAD}prohibitedTools: [GitHub Copilot]\n`,
    {code: 'tool-approved-and-prohibited', path: ['prohibitedTools', 0], line: 4, column: 19},
  ],
  [
    'a regime listed twice',
    `${HEAD}compliance: [soc2, soc2]\n`,
    {code: 'listed-twice', path: ['compliance', 1], line: 4, column: 20},
  ],
  [
    'no agreement beside an agreement',
    `${SHORT_HEAD}tools: [{name: X, agreement: [none, standard]}]\n`,
    {code: 'agreement-none-combined', path: ['tools', 0, 'agreement'], line: 3, column: 30},
  ],
  [
    'a custom section with a generated id',
    `${HEAD}sections: {custom: [{id: budgets, title: T, body: b}]}\n`,
    {code: 'section-id-reserved', path: ['sections', 'custom', 0, 'id'], line: 4, column: 26},
  ],
  [
    'two custom sections of one id',
    `${HEAD}sections: {custom: [{id: x, title: T, body: b}, {id: x, title: U, body: c}]}\n`,
    {code: 'duplicate-section-id', path: ['sections', 'custom', 1, 'id'], line: 4, column: 54},
  ],
  [
    'a YAML tag that makes a value something else',
    `${HEAD}owner: !!binary QWNtZQ==\n`,
    {code: 'yaml-tag', path: ['owner'], line: 4, column: 17},
  ],
  [
    'a misspelt section to disable',
    `${HEAD}sections: {disable: [budgts]}\n`,
    {code: 'unknown-section', path: ['sections', 'disable', 0], line: 4, column: 22, suggestion: 'budgets'},
  ],
  [
    'the section of a regime not selected',
    `${HEAD}sections: {disable: [hipaa]}\n`,
    {code: 'section-regime-not-selected', path: ['sections', 'disable', 0], line: 4, column: 22},
  ],
  [
    'tools removed from a baseline the file does not extend',
    `${HEAD}remove: {tools: [Cursor]}\n`,
    {code: 'overlay-without-baseline', path: ['remove'], line: 4, column: 1},
  ],
];

describe('each config problem as data', () => {
  it.each(CASES)('%s gives its code, array path and position', (_, source, expected) => {
    const result = parsePolicyConfig(source, 'ai-policy.yml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({severity: 'error', file: 'ai-policy.yml'});
    const {code, path, line, column, suggestion} = problem!;
    expect({code, path, line, column, ...(suggestion !== undefined && {suggestion})}).toEqual(expected);
  });

  it('reports a missing file with its own code', async () => {
    const error = await loadPolicy(path.join(ROOT, 'test', 'no-such-policy.yml')).catch((caught) => caught);
    expect(error).toBeInstanceOf(PolicyConfigError);
    expect((error as PolicyConfigError).problems.map(({code, path}) => ({code, path}))).toEqual([
      {code: 'file-not-found', path: []},
    ]);
  });

  it.each([
    ['not-a-file', async (dir: string) => dir],
    [
      'file-too-large',
      async (dir: string) => {
        await writeFile(path.join(dir, 'big.yml'), Buffer.alloc(5 * 1024 * 1024, 0x23));
        return path.join(dir, 'big.yml');
      },
    ],
    [
      'not-utf8',
      async (dir: string) => {
        await writeFile(path.join(dir, 'u16.yml'), Buffer.from('\ufefforganization: Acme\n', 'utf16le'));
        return path.join(dir, 'u16.yml');
      },
    ],
  ])('reports a policy file that cannot be read as one with %s', async (code, make) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ai-policy-file-'));
    try {
      const error = await loadPolicy(await make(dir)).catch((caught) => caught);
      expect(error).toBeInstanceOf(PolicyConfigError);
      expect(
        (error as PolicyConfigError).problems.map(({code, path, line, column}) => ({
          code,
          path,
          line,
          column,
        })),
      ).toEqual([{code, path: [], line: 1, column: 1}]);
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });

  it('gives every documented code in some case above, and no code that is not documented', () => {
    // File problems need a file on disk (the case above); `extends` problems need several files:
    // test/extends.test.ts gives each of them.
    const needFiles = [
      'file-not-found',
      'not-a-file',
      'file-too-large',
      'not-utf8',
      'extends-invalid',
      'extends-not-found',
      'extends-cycle',
      'overlay-loosens',
      'overlay-unknown-tool',
      // Only the builder writes an overlay from a whole policy (test/builder.test.ts).
      'overlay-cannot-remove',
    ];
    const seen = new Set([...CASES.map(([, , expected]) => expected.code), ...needFiles]);
    expect([...seen].sort()).toEqual(Object.keys(CONFIG_PROBLEM_CODES).sort());
  });

  it('keeps the text line of today: file:line:col, the path as a reader writes it, the hint', () => {
    const result = parsePolicyConfig(CASES[6]![1], 'ai-policy.yml');
    expect(!result.ok && result.problems.map(formatDiagnostic)).toEqual([
      'ai-policy.yml:7:29  tools[2].agreement[1]  expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
    ]);
  });
});

describe('lint findings as data', () => {
  const overdue = documentOf({
    ...MINIMAL,
    review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
    exceptions: {granted: [{who: 'QA', what: 'Cursor', expires: '2026-07-01'}]},
  });

  it('reads the engine’s path strings back into arrays, the inverse of formatPath', () => {
    expect(parsePath('tools[1].maxDataClass')).toEqual(['tools', 1, 'maxDataClass']);
    expect(parsePath('sections.custom[0].body')).toEqual(['sections', 'custom', 0, 'body']);
    expect(parsePath('')).toEqual([]);
    for (const finding of lintPolicy(overdue, {today: '2026-12-01'}))
      expect(formatPath(parsePath(finding.path))).toBe(finding.path);
  });

  it('locates findings in the source with their code, severity and array path', () => {
    const source = [
      'organization: Acme Corp',
      'effectiveDate: 2026-06-15',
      'tools: [{name: GitHub Copilot, agreement: enterprise}]',
      'review: {cadence: quarterly, lastReviewed: 2026-06-15}',
      'exceptions:',
      '  granted:',
      '    - {who: QA, what: Cursor, expires: 2026-07-01}',
      '',
    ].join('\n');
    const findings = lintPolicy(overdue, {today: '2026-12-01'}).filter((finding) => finding.stale);
    const located = locateFindings(source, 'ai-policy.yml', findings);
    expect(
      located.map(({code, severity, path, line, column}) => ({code, severity, path, line, column})),
    ).toEqual([
      {code: 'review-overdue', severity: 'warning', path: ['review', 'lastReviewed'], line: 4, column: 44},
      {
        code: 'exception-expired',
        severity: 'warning',
        path: ['exceptions', 'granted', 0, 'expires'],
        line: 7,
        column: 40,
      },
    ]);
    expect(formatTaggedDiagnostic(located[1]!)).toBe(
      'warning  ai-policy.yml:7:40  exceptions.granted[0].expires  The exception for QA (Cursor) expired on 2026-07-01; remove it or renew it. [exception-expired]',
    );
  });
});

describe('the machine formats', () => {
  const diagnostics: Diagnostic[] = [
    {
      code: 'invalid-enum-value',
      severity: 'error',
      path: ['industry'],
      file: 'site,one:two/ai-policy.yml',
      line: 2,
      column: 11,
      message: 'expected one of saas | other, got "100%, sure: yes"\r\nsecond line',
      suggestion: 'saas',
    },
    {
      code: 'required',
      severity: 'error',
      path: [],
      file: 'ai-policy.yml',
      line: 1,
      column: 1,
      message: 'is required',
    },
    {
      code: 'review-overdue',
      severity: 'warning',
      path: ['review', 'lastReviewed'],
      file: 'ai-policy.yml',
      line: 9,
      column: 44,
      message: 'due on 2026-09-15',
    },
  ];

  it('writes GitHub annotations with GitHub’s escaping, in the properties and in the message', () => {
    expect(diagnostics.map(formatGithubAnnotation)).toEqual([
      '::error file=site%2Cone%3Atwo/ai-policy.yml,line=2,col=11,title=ai-policy invalid-enum-value::industry: expected one of saas | other, got "100%25, sure: yes"%0D%0Asecond line (did you mean "saas"?)',
      '::error file=ai-policy.yml,line=1,col=1,title=ai-policy required::is required',
      '::warning file=ai-policy.yml,line=9,col=44,title=ai-policy review-overdue::review.lastReviewed: due on 2026-09-15',
    ]);
    expect(escapeData('a%b\rc\nd,e:f')).toBe('a%25b%0Dc%0Ad,e:f');
    expect(escapeProperty('a%b\rc\nd,e:f')).toBe('a%25b%0Dc%0Ad%2Ce%3Af');
  });

  it('writes JSON with the documented fields in order, suggestion only when there is one', () => {
    const parsed = JSON.parse(formatDiagnosticsJson(diagnostics)) as Array<Record<string, unknown>>;
    expect(parsed.map((entry) => Object.keys(entry))).toEqual([
      ['code', 'severity', 'path', 'file', 'line', 'column', 'message', 'suggestion'],
      ['code', 'severity', 'path', 'file', 'line', 'column', 'message'],
      ['code', 'severity', 'path', 'file', 'line', 'column', 'message'],
    ]);
    expect(parsed[0]).toEqual(diagnostics[0]);
    expect(formatDiagnosticsJson([])).toBe('[]');
  });
});

describe('the docs', () => {
  const docs = (page: string) => readFileSync(path.join(ROOT, 'docs', page), 'utf8');

  /** The rows of the first table after the line of `page` that starts with `marker`. */
  function tableAfter(page: string, marker: string): string[] {
    const lines = docs(page).split('\n');
    const start = lines.findIndex((line) => line.startsWith(marker));
    expect(start).toBeGreaterThan(-1);
    const header = lines.findIndex((line, index) => index > start && line.startsWith('|'));
    const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'));
    return lines.slice(header + 2, end);
  }

  it('lists every config problem code with its meaning, as the code documents it', () => {
    expect(tableAfter('cli.md', '### Config problem codes')).toEqual(
      Object.entries(CONFIG_PROBLEM_CODES).map(([code, when]) => `| \`${code}\` | ${when} |`),
    );
  });

  it('lists every lint code', () => {
    // Typed by the engine's union: a code added there and missing here fails the type check.
    const lintCodes: Record<LintFinding['code'], true> = {
      'review-overdue': true,
      'exception-expired': true,
      'ceiling-exceeds-agreement': true,
      'phi-without-baa': true,
      'cardholder-data-allowed': true,
      'personal-data-without-agreement': true,
      'class-unreachable': true,
      'unlisted-ceiling-ignored': true,
      'regime-missing-data': true,
      'credentials-allowed': true,
      'baa-is-not-enterprise': true,
      'class-order': true,
      'review-in-future': true,
      'review-before-effective': true,
      'regime-section-disabled': true,
      'owner-unset': true,
      'pci-dss-no-acceptable-uses': true,
      'exception-too-long': true,
      'exception-too-broad': true,
      'exception-waives-hard-rule': true,
      'exception-no-approver': true,
      'exception-expired-before-effective': true,
      'cardholder-data-without-pci-dss': true,
      'education-without-eu-ai-act': true,
      'dpo-conflict-of-interest': true,
      'controlled-data-outside-self-hosted': true,
      'classified-data-allowed': true,
      'duty-weaker-than-source': true,
      'soc2-no-confidentiality': true,
      'url-dropped': true,
      'url-names-file': true,
      'url-external': true,
      'bidi-control-removed': true,
      'control-gap': true,
    };
    const documented = tableAfter('policy.md', '## Lint').map(
      (row) => /^\| `([a-z0-9-]+)` \|/.exec(row)?.[1],
    );
    expect(documented.sort()).toEqual(Object.keys(lintCodes).sort());
    // One namespace: a tool reading `code` never has to ask which table it came from.
    expect(documented.filter((code) => code! in CONFIG_PROBLEM_CODES)).toEqual([]);
  });
});

describe('diagnostic codes', () => {
  it('are the known ones only: a config problem code or a lint finding code (checked by `npm run typecheck`)', () => {
    const known: Diagnostic['code'][] = ['unknown-key', 'review-overdue'];
    // @ts-expect-error: a code neither list has does not compile, so a typo cannot reach a report.
    const unknown: Diagnostic['code'] = 'unknown-keys';
    expect(known.every((code) => code in CONFIG_PROBLEM_CODES || code === 'review-overdue')).toBe(true);
    expect(Object.keys(CONFIG_PROBLEM_CODES)).not.toContain(unknown);
  });
});
