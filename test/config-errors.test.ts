/**
 * Every way `ai-policy.yml` can be wrong, checked against the exact line a reader sees in the terminal:
 * `file:line:column  path  message (did you mean "...")`.
 */
import {describe, expect, it} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {PolicyConfigError} from '../src/config/problems.js';
import {formatDiagnosticReport} from '../src/diagnostics/text.js';
import {problemLines} from './support/policy.js';

/** A valid head for configs whose problem is further down; three lines, so problems start on line 4. */
const HEAD =
  'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: GitHub Copilot, agreement: enterprise}]\n';

const TOP_LEVEL_KEYS =
  'organization, industry, effectiveDate, owner, posture, compliance, controlGaps, tools, prohibitedTools, unlistedTools, useCases, training, disclosure, toolReview, dataClasses, budgets, review, exceptions, incidents, sections, links, extends, remove, overlays';

describe('the document as a whole', () => {
  it('reports a YAML syntax error at its line and column, without yaml’s code excerpt', () => {
    const lines = problemLines(
      'organization: Acme Corp\ntools: [{name: Copilot\neffectiveDate: 2026-06-15\n',
    );
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) {
      expect(line).toMatch(/^ai-policy\.yml:\d+:\d+ {2}\(document\) {2}invalid YAML: \S/);
      expect(line).not.toContain('\n');
      // The location is already in front; yaml's own "at line 2, column 8" would repeat it.
      expect(line).not.toMatch(/at line \d+, column \d+/);
    }
    expect(lines[0]).toMatch(/^ai-policy\.yml:[23]:/);
  });

  it('reports an unclosed flow sequence at its opening bracket, not where yaml gives up', () => {
    expect(problemLines('compliance: [soc2\n')).toEqual([
      'ai-policy.yml:1:13  (document)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    // yaml notices only at the next key, a line later; the bracket to close is on line 3.
    expect(problemLines(`${HEAD}compliance: [soc2, gdpr\nowner: Security team\n`)).toEqual([
      'ai-policy.yml:4:13  (document)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reports each unclosed bracket and brace of a nested flow collection at its own opening', () => {
    expect(problemLines('tools:\n  - name: Copilot\n    models: [a, {id: [1\n    agreement: none\n')).toEqual(
      [
        'ai-policy.yml:3:13  (document)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'ai-policy.yml:3:17  (document)  invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
        'ai-policy.yml:3:22  (document)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    );
  });

  it('points at the bracket whose continuation is not indented enough, and at the stray line itself', () => {
    expect(problemLines('tools:\n  - name: [a,\n b]\n')).toEqual([
      'ai-policy.yml:2:11  (document)  invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'ai-policy.yml:3:2  (document)  invalid YAML: All mapping items must start at the same column',
      'ai-policy.yml:3:2  (document)  invalid YAML: Implicit map keys need to be followed by map values',
    ]);
  });

  it('reports an unclosed quoted string at its opening quote', () => {
    expect(problemLines(`${HEAD}owner: "Security team\nindustry: saas\n`)).toEqual([
      'ai-policy.yml:4:8  (document)  invalid YAML: Missing closing "quote',
    ]);
    expect(problemLines(`${HEAD}owner: 'Security team\nindustry: saas\n`)).toEqual([
      "ai-policy.yml:4:8  (document)  invalid YAML: Missing closing 'quote",
    ]);
  });

  it('reports an alias bomb at the alias that exceeds the limit, not at the top of the file', () => {
    const source = [
      HEAD.trimEnd(),
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      // Each *b stands for the ten values behind it; yaml's count passes its limit at the ninth.
      'useCases: {encouraged: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}',
      '',
    ].join('\n');
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:6:57  (document)  too many aliases: expanding this one would take the document past 100 aliased values, the pattern of a "billion laughs" attack; write the values out instead',
    ]);
  });

  it('reports an alias without its anchor at the alias', () => {
    expect(problemLines(`${HEAD}owner: *security\n`)).toEqual([
      'ai-policy.yml:4:8  (document)  invalid YAML: Unresolved alias (the anchor must be set before the alias): security',
    ]);
  });

  it('reports a tab used for indentation', () => {
    expect(problemLines('organization: Acme Corp\n\teffectiveDate: 2026-06-15\n')).toEqual([
      'ai-policy.yml:2:1  (document)  invalid YAML: Tabs are not allowed as indentation',
    ]);
  });

  it('reports a duplicate key at the second occurrence, also inside a list item', () => {
    expect(problemLines(`${HEAD}organization: Other Corp\n`)).toEqual([
      'ai-policy.yml:4:1  (document)  duplicate key: each key may appear once in a mapping',
    ]);
    expect(
      problemLines(
        'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools:\n  - name: Copilot\n    name: Claude\n',
      ),
    ).toEqual(['ai-policy.yml:5:5  (document)  duplicate key: each key may appear once in a mapping']);
  });

  it('reports an empty file, a whitespace-only file and a comment-only file as empty', () => {
    const empty =
      'ai-policy.yml:1:1  (document)  expected a mapping of policy settings (organization, effectiveDate, tools, ...), but the file is empty';
    expect(problemLines('')).toEqual([empty]);
    expect(problemLines('  \n\n')).toEqual([empty]);
    expect(problemLines('# TODO: write the policy\n')).toEqual([empty]);
  });

  it('reports a top-level list or scalar as not a mapping', () => {
    const notMapping =
      'ai-policy.yml:1:1  (document)  expected a mapping of policy settings (organization, effectiveDate, tools, ...), but the top level is not a mapping';
    expect(problemLines('- organization: Acme Corp\n- effectiveDate: 2026-06-15\n')).toEqual([notMapping]);
    expect(problemLines('Acme Corp\n')).toEqual([notMapping]);
  });
});

describe('required keys', () => {
  it('names every missing required key, pointing at the mapping where it belongs', () => {
    expect(problemLines('industry: saas\n')).toEqual([
      'ai-policy.yml:1:1  effectiveDate  is required: expected a date written as YYYY-MM-DD',
      'ai-policy.yml:1:1  organization  is required: expected the organization name (a string)',
      'ai-policy.yml:1:1  tools  is required: expected a list',
    ]);
  });

  it('rejects an empty tools list with what is expected', () => {
    expect(problemLines('organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: []\n')).toEqual([
      'ai-policy.yml:3:8  tools  expected at least one approved tool',
    ]);
  });

  it('names a missing key inside a list item', () => {
    expect(problemLines(`${HEAD}dataClasses:\n  - {id: public, rule: any-approved-tool}\n`)).toEqual([
      'ai-policy.yml:5:5  dataClasses[0].name  is required: expected the class name (a string)',
    ]);
  });
});

describe('unknown keys', () => {
  it('suggests `tools` for `tool` at the top level and lists the valid keys', () => {
    expect(
      problemLines(
        'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools: [{name: Copilot}]\ntool: [{name: Claude}]\n',
      ),
    ).toEqual([
      `ai-policy.yml:4:1  tool  unknown key "tool"; valid keys here: ${TOP_LEVEL_KEYS} (did you mean "tools"?)`,
    ]);
  });

  it('reports an unknown nested key at the key, with the keys valid at that level', () => {
    expect(problemLines(`${HEAD}review:\n  cadance: quarterly\n`)).toEqual([
      'ai-policy.yml:5:3  review.cadance  unknown key "cadance"; valid keys here: cadence, lastReviewed (did you mean "cadence"?)',
    ]);
  });

  it('reports an unknown key inside a list item, without a suggestion when nothing is close', () => {
    expect(
      problemLines(
        'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools:\n  - name: Copilot\n    colour: red\n',
      ),
    ).toEqual([
      'ai-policy.yml:5:5  tools[0].colour  unknown key "colour"; valid keys here: name, vendor, agreement, maxDataClass, conditions, url, client, models',
    ]);
  });
});

describe('keys that are object internals', () => {
  it('reports __proto__ and constructor as unknown keys and leaves Object.prototype alone', () => {
    const source = `${HEAD}__proto__: {polluted: true}\nconstructor: 1\n`;
    expect(problemLines(source)).toEqual([
      `ai-policy.yml:4:1  __proto__  unknown key "__proto__"; valid keys here: ${TOP_LEVEL_KEYS}`,
      `ai-policy.yml:5:1  constructor  unknown key "constructor"; valid keys here: ${TOP_LEVEL_KEYS}`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('enum near-misses', () => {
  it('suggests the industry, agreement, compliance regime and posture that were meant', () => {
    const source = [
      'organization: Acme Corp',
      'industry: sass',
      'effectiveDate: 2026-06-15',
      'posture: mandatroy',
      'compliance: [soc, gdpr, pci]',
      'tools:',
      '  - name: Claude Code',
      '    agreement: enterprize',
      '',
    ].join('\n');
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)',
      'ai-policy.yml:4:10  posture  expected one of advisory | mandatory, got "mandatroy" (did you mean "mandatory"?)',
      'ai-policy.yml:5:14  compliance[0]  expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "soc" (did you mean "soc2"?)',
      'ai-policy.yml:5:25  compliance[2]  expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "pci" (did you mean "pci-dss"?)',
      'ai-policy.yml:8:16  tools[0].agreement  expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
    ]);
  });

  it('takes one agreement or a list, and locates a misspelt or contradictory item in the list', () => {
    const source = [
      'organization: Acme Corp',
      'effectiveDate: 2026-06-15',
      'tools:',
      '  - {name: Claude, agreement: [enterprise, baa]}',
      '  - {name: Bard, agreement: [enterprise, bba]}',
      '  - {name: Bot, agreement: [none, standard]}',
      '  - {name: Twice, agreement: [baa, baa]}',
      '',
    ].join('\n');
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:5:42  tools[1].agreement[1]  expected one of none | standard | enterprise | baa | self-hosted, got "bba" (did you mean "baa"?)',
      'ai-policy.yml:6:28  tools[2].agreement  "none" means the tool has no agreement, so it cannot be combined with other agreements',
      'ai-policy.yml:7:36  tools[3].agreement[1]  "baa" is listed twice',
    ]);
  });

  it('suggests the canonical id for spaced or underscored spellings', () => {
    expect(problemLines(`${HEAD}industry: Financial Services\ncompliance: [eu_ai_act]\n`)).toEqual([
      'ai-policy.yml:4:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "Financial Services" (did you mean "financial-services"?)',
      'ai-policy.yml:5:14  compliance[0]  expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "eu_ai_act" (did you mean "eu-ai-act"?)',
    ]);
  });

  it('expands an unambiguous abbreviation', () => {
    expect(problemLines(`${HEAD}compliance: [nist, iso]\n`)).toEqual([
      'ai-policy.yml:4:14  compliance[0]  expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "nist" (did you mean "nist-ai-rmf"?)',
      // "iso" could be ISO 27001 or ISO 42001: no guess.
      'ai-policy.yml:4:20  compliance[1]  expected one of soc2 | hipaa | gdpr | iso27001 | pci-dss | eu-ai-act | iso42001 | nist-ai-rmf, got "iso"',
    ]);
  });

  it('gives no suggestion for a value that is nothing like the options', () => {
    expect(problemLines(`${HEAD}posture: whatever-works\n`)).toEqual([
      'ai-policy.yml:4:10  posture  expected one of advisory | mandatory, got "whatever-works"',
    ]);
  });
});

describe('wrong types', () => {
  it('says what was expected and what was found', () => {
    const source = [
      'organization: 42',
      'effectiveDate: 2026-06-15',
      'owner: ~',
      'compliance: soc2',
      'tools:',
      '  - name: null',
      '  - name: Claude',
      '    vendor: [Anthropic]',
      'training: {required: yes}',
      'sections:',
      '',
    ].join('\n');
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:1:15  organization  expected the organization name (a string), got number 42',
      'ai-policy.yml:3:8  owner  expected the policy owner (a string), got an empty value',
      'ai-policy.yml:4:13  compliance  expected a list, got "soc2"',
      'ai-policy.yml:6:11  tools[0].name  expected the tool name (a string), got an empty value',
      'ai-policy.yml:8:13  tools[1].vendor  expected the vendor name (a string), got a list',
      'ai-policy.yml:9:22  training.required  expected a boolean, got "yes"',
      'ai-policy.yml:10:10  sections  expected a mapping, got an empty value',
    ]);
  });

  it('rejects an empty string where text is required', () => {
    expect(problemLines('organization: "  "\neffectiveDate: 2026-06-15\ntools: [{name: Copilot}]\n')).toEqual(
      ['ai-policy.yml:1:15  organization  expected the organization name, got an empty string'],
    );
  });

  it('describes a prohibited tool that is neither a name nor a mapping', () => {
    expect(problemLines(`${HEAD}prohibitedTools: [DeepSeek, 3]\n`)).toEqual([
      'ai-policy.yml:4:29  prohibitedTools[1]  expected a string or a mapping with name and reason, got number 3',
    ]);
  });
});

describe('dates', () => {
  it('rejects a date that is not on the calendar', () => {
    expect(
      problemLines('organization: Acme Corp\neffectiveDate: 2026-02-30\ntools: [{name: Copilot}]\n'),
    ).toEqual(['ai-policy.yml:2:16  effectiveDate  expected a real calendar date written as YYYY-MM-DD']);
  });

  it('rejects a date without zero padding', () => {
    expect(
      problemLines('organization: Acme Corp\neffectiveDate: 2026-6-1\ntools: [{name: Copilot}]\n'),
    ).toEqual(['ai-policy.yml:2:16  effectiveDate  expected a date written as YYYY-MM-DD']);
  });

  it('rejects a number where a date belongs, and a bad review date', () => {
    expect(
      problemLines(
        'organization: Acme Corp\neffectiveDate: 20260615\ntools: [{name: Copilot}]\nreview: {lastReviewed: 2026-13-01}\n',
      ),
    ).toEqual([
      'ai-policy.yml:2:16  effectiveDate  expected a date written as YYYY-MM-DD, got number 20260615',
      'ai-policy.yml:4:24  review.lastReviewed  expected a real calendar date written as YYYY-MM-DD',
    ]);
  });

  it('requires an expiry on every granted exception', () => {
    const source = `${HEAD}exceptions:\n  granted:\n    - who: data-science team\n      what: use a notebook assistant\n`;
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:6:7  exceptions.granted[0].expires  is required: expected a date written as YYYY-MM-DD',
    ]);
  });
});

describe('references between fields', () => {
  it('rejects a tool ceiling naming an undefined data class, suggesting the one meant', () => {
    expect(
      problemLines(
        'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools:\n  - name: Claude\n    maxDataClass: internl\n',
      ),
    ).toEqual([
      'ai-policy.yml:5:19  tools[0].maxDataClass  refers to data class "internl", which is not defined; defined classes: public, internal, restricted (did you mean "internal"?)',
    ]);
  });

  it('checks ceilings against the classes the config defines, not the defaults', () => {
    const source = `${HEAD}dataClasses:\n  - {id: open, name: Open, rule: any-approved-tool}\n  - {id: secret, name: Secret, rule: never}\nunlistedTools: {maxDataClass: public}\n`;
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:7:31  unlistedTools.maxDataClass  refers to data class "public", which is not defined; defined classes: open, secret',
    ]);
  });

  it('rejects an unlisted-tools ceiling naming an undefined class, with a suggestion', () => {
    expect(problemLines(`${HEAD}unlistedTools:\n  maxDataClass: publc\n`)).toEqual([
      'ai-policy.yml:5:17  unlistedTools.maxDataClass  refers to data class "publc", which is not defined; defined classes: public, internal, restricted (did you mean "public"?)',
    ]);
  });

  it('rejects duplicate tool names, ignoring case and spacing', () => {
    const source =
      'organization: Acme Corp\neffectiveDate: 2026-06-15\ntools:\n  - name: GitHub Copilot\n  - name: Claude\n  - name: github  COPILOT\n';
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:6:11  tools[2].name  duplicate tool name "github  COPILOT": already used by tools[0]',
    ]);
  });

  it('rejects duplicate data class ids', () => {
    const source = `${HEAD}dataClasses:\n  - {id: public, name: Public, rule: any-approved-tool}\n  - {id: public, name: Also public, rule: never}\n`;
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:6:10  dataClasses[1].id  duplicate data class id "public": already used by dataClasses[0]',
    ]);
  });

  it('rejects a tool that is both approved and prohibited, by name or by entry', () => {
    const source = `${HEAD}prohibitedTools:\n  - github copilot\n  - {name: GITHUB COPILOT, reason: duplicate}\n`;
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:5:5  prohibitedTools[0]  "github copilot" is both approved (in tools) and prohibited; remove it from one of the lists',
      'ai-policy.yml:6:12  prohibitedTools[1].name  "GITHUB COPILOT" is both approved (in tools) and prohibited; remove it from one of the lists',
    ]);
  });

  it('rejects a compliance regime listed twice, at the second listing', () => {
    expect(problemLines(`${HEAD}compliance: [gdpr, soc2, gdpr]\n`)).toEqual([
      'ai-policy.yml:4:26  compliance[2]  "gdpr" is listed twice',
    ]);
  });
});

describe('sections', () => {
  const DEFAULT_IDS =
    'purpose-and-scope, approved-tools, data-classification, code-review, budgets, enforcement, incidents-and-exceptions';

  it('rejects disabling an unknown section, suggesting the id meant', () => {
    expect(problemLines(`${HEAD}sections:\n  disable: [budget]\n`)).toEqual([
      `ai-policy.yml:5:13  sections.disable[0]  refers to unknown section "budget"; sections of this policy: ${DEFAULT_IDS} (did you mean "budgets"?)`,
    ]);
  });

  it('explains that a regime section exists only when the regime is selected', () => {
    expect(
      problemLines(`${HEAD}compliance: [soc2]\nsections:\n  disable: [hipaa]\n  order: [gdpr]\n`),
    ).toEqual([
      'ai-policy.yml:6:13  sections.disable[0]  refers to the "hipaa" section, which exists only when "hipaa" is listed in compliance',
      'ai-policy.yml:7:11  sections.order[0]  refers to the "gdpr" section, which exists only when "gdpr" is listed in compliance',
    ]);
  });

  it('rejects renaming an unknown section at its key', () => {
    expect(problemLines(`${HEAD}sections:\n  rename:\n    code-reveiw: Reviewing AI code\n`)).toEqual([
      `ai-policy.yml:6:5  sections.rename.code-reveiw  refers to unknown section "code-reveiw"; sections of this policy: ${DEFAULT_IDS} (did you mean "code-review"?)`,
    ]);
  });

  it('rejects a custom section id that collides with a generated or regime section', () => {
    const source = `${HEAD}sections:\n  custom:\n    - {id: budgets, title: Our budget, body: text}\n    - {id: hipaa, title: Health data, body: text}\n`;
    expect(problemLines(source)).toEqual([
      `ai-policy.yml:6:12  sections.custom[0].id  "budgets" is a generated section's id; pick another id for a custom section`,
      `ai-policy.yml:7:12  sections.custom[1].id  "hipaa" is a generated section's id; pick another id for a custom section`,
    ]);
  });

  it('rejects a custom section placed after an unknown section, listing each id once', () => {
    const source = `${HEAD}sections:\n  custom:\n    - {id: open-source, title: Open source, body: text, after: code-reveiw}\n`;
    expect(problemLines(source)).toEqual([
      `ai-policy.yml:6:64  sections.custom[0].after  refers to unknown section "code-reveiw"; sections of this policy: ${DEFAULT_IDS}, open-source (did you mean "code-review"?)`,
    ]);
  });

  it('rejects a custom section id that is not kebab-case, and a missing body', () => {
    const source = `${HEAD}sections:\n  custom:\n    - {id: Open Source, title: Open source}\n`;
    expect(problemLines(source)).toEqual([
      'ai-policy.yml:6:7  sections.custom[0].body  is required: expected the section body as a markdown string',
      'ai-policy.yml:6:12  sections.custom[0].id  expected the section id in kebab-case: lowercase letters, digits and single hyphens',
    ]);
  });
});

describe('JSON configs', () => {
  it('locates a schema problem in a .json file by line and column', () => {
    const source = [
      '{',
      '  "organization": "Acme Corp",',
      '  "effectiveDate": "2026-06-15",',
      '  "tools": [',
      '    {"name": "Claude", "agreement": "enterprize"}',
      '  ],',
      '  "tool": []',
      '}',
      '',
    ].join('\n');
    expect(problemLines(source, 'ai-policy.json')).toEqual([
      'ai-policy.json:5:37  tools[0].agreement  expected one of none | standard | enterprise | baa | self-hosted, got "enterprize" (did you mean "enterprise"?)',
      `ai-policy.json:7:3  tool  unknown key "tool"; valid keys here: ${TOP_LEVEL_KEYS} (did you mean "tools"?)`,
    ]);
  });

  it('locates a JSON syntax error', () => {
    const source = '{\n  "organization": "Acme Corp",\n  "effectiveDate": "2026-06-15"\n  "tools": []\n}\n';
    const [line, ...rest] = problemLines(source, 'ai-policy.json');
    expect(rest).toEqual([]);
    expect(line).toMatch(/^ai-policy\.json:4:3 {2}\(document\) {2}invalid YAML: /);
  });
});

describe('many problems at once', () => {
  const SOURCE = [
    'organization: 42', // 1
    'industry: sass', // 2
    'effectiveDate: 2026-02-30', // 3
    'compliance: [soc, gdpr, gdpr]', // 4
    'tool: []', // 5
    'tools:', // 6
    '  - name: Claude', // 7
    '    agreement: enterprize', // 8
    '    maxDataClass: internl', // 9
    '  - name: claude', // 10
    'prohibitedTools: [CLAUDE]', // 11
    'exceptions:', // 12
    '  granted:', // 13
    '    - {who: a team, what: a tool}', // 14
    'sections:', // 15
    '  disable: [hipaa]', // 16
    '',
  ].join('\n');

  it('reports every problem in one pass, in file order', () => {
    const lines = problemLines(SOURCE);
    expect(lines).toHaveLength(12);
    const positions = lines.map((line) =>
      line
        .match(/^ai-policy\.yml:(\d+):(\d+)/)!
        .slice(1)
        .map(Number),
    );
    const sorted = [...positions].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(positions).toEqual(sorted);
    expect(positions.map(([line]) => line)).toEqual([1, 2, 3, 4, 4, 5, 8, 9, 10, 11, 14, 16]);
    expect(lines.map((line) => line.split('  ')[1])).toEqual([
      'organization',
      'industry',
      'effectiveDate',
      'compliance[0]',
      'compliance[2]',
      'tool',
      'tools[0].agreement',
      'tools[0].maxDataClass',
      'tools[1].name',
      'prohibitedTools[0]',
      'exceptions.granted[0].expires',
      'sections.disable[0]',
    ]);
  });

  it('gives a PolicyConfigError whose message is the report, with no stack trace', () => {
    const result = parsePolicyConfig(SOURCE, 'ai-policy.yml');
    if (result.ok) throw new Error('expected problems');
    const error = new PolicyConfigError(result.problems);
    const message = error.message.split('\n');
    expect(message[0]).toBe('Invalid AI policy config (12 problems):');
    expect(message.slice(1)).toHaveLength(12);
    for (const line of message.slice(1)) expect(line).toMatch(/^ {2}ai-policy\.yml:\d+:\d+ {2}\S/);
    expect(error.message).toBe(formatDiagnosticReport(result.problems));
    for (const text of [error.message, error.stack ?? '', String(error)]) {
      expect(text).not.toMatch(/^\s+at /m);
      expect(text).not.toMatch(/\.(ts|js):\d+:\d+\)?$/m);
    }
    expect(error.problems).toEqual(result.problems);
  });

  it('says "1 problem" for a single problem', () => {
    const result = parsePolicyConfig(`${HEAD}posture: strict\n`, 'ai-policy.yml');
    if (result.ok) throw new Error('expected problems');
    expect(new PolicyConfigError(result.problems).message.split('\n')[0]).toBe(
      'Invalid AI policy config (1 problem):',
    );
  });
});
