/**
 * The policy engine as a reader of the generated policy meets it: which sections exist and in which order,
 * what the header says, how industry and posture change the text, which tool may take which data (in the
 * facts and in the rendered matrix), the optional parts, and the lint findings.
 */
import {describe, expect, it} from 'vitest';
import {type PolicyConfigInput, policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {decideToolClasses} from '../src/engine/decisions.js';
import {lintPolicy} from '../src/engine/lint.js';
import {INDUSTRY_IDS, type LintFinding, REGIME_IDS, type ToolClassDecision} from '../src/engine/model.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {
  configOf,
  documentOf,
  MINIMAL,
  markdownOf,
  nodesOfType,
  parseMarkdown,
  tableCells,
  textOf,
} from './support/policy.js';

const ids = (input: unknown) => documentOf(input).sections.map((section) => section.id);
const DEFAULT_ORDER = [
  'purpose-and-scope',
  'approved-tools',
  'data-classification',
  'code-review',
  'budgets',
  'incidents-and-exceptions',
];
/** Plain text of one rendered section (markdown parsed back, so escapes do not get in the way). */
const sectionPlain = (input: unknown, id: string) =>
  textOf(parseMarkdown(renderSectionMarkdown(documentOf(input), id)));

describe('sections and their ids', () => {
  it('has the built-in sections in the contract’s order when no regime is selected', () => {
    const document = documentOf(MINIMAL);
    expect(document.sections.map((section) => section.id)).toEqual(DEFAULT_ORDER);
    expect(document.sections.every((section) => section.kind === 'builtin')).toBe(true);
    expect(document.sections.map((section) => section.title)).toEqual([
      'Purpose and scope',
      'Approved tools',
      'Data classification',
      'Code review and ownership',
      'Budgets and cost accountability',
      'Incidents and exceptions',
    ]);
  });

  it('adds one section per selected regime, in canonical order whatever order the config lists them', () => {
    expect(ids({...MINIMAL, compliance: ['gdpr', 'soc2']})).toEqual([
      'purpose-and-scope',
      'approved-tools',
      'data-classification',
      'soc2',
      'gdpr',
      'code-review',
      'budgets',
      'incidents-and-exceptions',
    ]);
    const all = documentOf({...MINIMAL, compliance: [...REGIME_IDS].reverse()});
    expect(all.sections.map((section) => section.id)).toEqual([
      'purpose-and-scope',
      'approved-tools',
      'data-classification',
      'soc2',
      'hipaa',
      'gdpr',
      'iso27001',
      'pci-dss',
      'eu-ai-act',
      'iso42001',
      'nist-ai-rmf',
      'code-review',
      'budgets',
      'incidents-and-exceptions',
    ]);
    expect(all.sections.filter((section) => section.kind === 'regime')).toHaveLength(8);
    expect(all.header.compliance.map((regime) => regime.id)).toEqual([...REGIME_IDS]);
  });

  it('has no section for a regime that is not selected', () => {
    for (const regime of REGIME_IDS) {
      const others = REGIME_IDS.filter((id) => id !== regime);
      expect(ids({...MINIMAL, compliance: others})).not.toContain(regime);
      expect(ids({...MINIMAL, compliance: [regime]})).toEqual([
        ...DEFAULT_ORDER.slice(0, 3),
        regime,
        ...DEFAULT_ORDER.slice(3),
      ]);
    }
  });

  it('drops disabled sections, from the page and from the budget facts', () => {
    const document = documentOf({...MINIMAL, compliance: ['soc2'], sections: {disable: ['budgets', 'soc2']}});
    expect(document.sections.map((section) => section.id)).toEqual(
      DEFAULT_ORDER.filter((id) => id !== 'budgets'),
    );
    expect(document.facts.budgets).toBeNull();
    const markdown = renderPolicyMarkdown(document);
    expect(markdown).not.toContain('Budgets and cost accountability');
    expect(markdown).not.toContain('SOC 2 obligations');
    expect(documentOf(MINIMAL).facts.budgets).toEqual({
      owner: 'engineering manager',
      period: 'monthly',
      anomalyResponse: 'one business day',
    });
  });

  it('renames a section’s title but keeps its id', () => {
    const document = documentOf({
      ...MINIMAL,
      sections: {rename: {'code-review': 'Reviewing AI-written code'}},
    });
    const section = document.sections.find((candidate) => candidate.id === 'code-review')!;
    expect(section.title).toBe('Reviewing AI-written code');
    const headings = nodesOfType(parseMarkdown(renderPolicyMarkdown(document)), 'heading').map(textOf);
    expect(headings).toContain('Reviewing AI-written code');
    expect(headings).not.toContain('Code review and ownership');
  });

  it('puts sections listed in `order` first and keeps the rest in default order', () => {
    expect(
      ids({...MINIMAL, compliance: ['gdpr'], sections: {order: ['incidents-and-exceptions', 'gdpr']}}),
    ).toEqual([
      'incidents-and-exceptions',
      'gdpr',
      'purpose-and-scope',
      'approved-tools',
      'data-classification',
      'code-review',
      'budgets',
    ]);
  });

  it('places custom sections after their anchor, in config order, or before the footer', () => {
    const custom = (id: string, after?: string) => ({
      id,
      title: `Title of ${id}`,
      body: `Body of ${id}.`,
      ...(after ? {after} : {}),
    });
    expect(ids({...MINIMAL, sections: {custom: [custom('open-source', 'code-review')]}})).toEqual([
      'purpose-and-scope',
      'approved-tools',
      'data-classification',
      'code-review',
      'open-source',
      'budgets',
      'incidents-and-exceptions',
    ]);
    expect(ids({...MINIMAL, sections: {custom: [custom('glossary')]}})).toEqual([
      ...DEFAULT_ORDER,
      'glossary',
    ]);
    // Two sections after the same anchor read in the order the config lists them.
    expect(
      ids({
        ...MINIMAL,
        sections: {custom: [custom('one', 'approved-tools'), custom('two', 'approved-tools')]},
      }),
    ).toEqual([
      'purpose-and-scope',
      'approved-tools',
      'one',
      'two',
      'data-classification',
      'code-review',
      'budgets',
      'incidents-and-exceptions',
    ]);
    // A custom section may follow another custom section listed after it.
    expect(
      ids({...MINIMAL, sections: {custom: [custom('one', 'two'), custom('two', 'approved-tools')]}}),
    ).toEqual([
      'purpose-and-scope',
      'approved-tools',
      'two',
      'one',
      'data-classification',
      'code-review',
      'budgets',
      'incidents-and-exceptions',
    ]);
    // `order` may place custom sections too.
    expect(
      ids({...MINIMAL, sections: {order: ['two', 'one', 'budgets'], custom: [custom('one'), custom('two')]}}),
    ).toEqual(['two', 'one', 'budgets', ...DEFAULT_ORDER.filter((id) => id !== 'budgets')]);
  });

  it('renders a custom section’s markdown body under its title', () => {
    const document = documentOf({
      ...MINIMAL,
      sections: {
        custom: [
          {
            id: 'open-source',
            title: 'Open-source contributions',
            after: 'code-review',
            body: 'Ask the **OSPO** first.\n\n- one\n- two\n\nSee [the guide](https://example.com/oss).',
          },
        ],
      },
      links: {externalHosts: ['example.com']},
    });
    const section = document.sections.find((candidate) => candidate.id === 'open-source')!;
    expect(section.kind).toBe('custom');
    const tree = parseMarkdown(renderSectionMarkdown(document, 'open-source'));
    expect(textOf(nodesOfType(tree, 'heading')[0]!)).toBe('Open-source contributions');
    expect(nodesOfType(tree, 'strong').map(textOf)).toEqual(['OSPO']);
    expect(nodesOfType(tree, 'listItem').map(textOf)).toEqual(['one', 'two']);
    expect(nodesOfType(tree, 'link').map((link) => link.url)).toEqual(['https://example.com/oss']);
  });
});

describe('header', () => {
  const input = {
    ...MINIMAL,
    industry: 'healthcare',
    owner: 'Security team <security@acme.example>',
    posture: 'advisory',
    compliance: ['hipaa', 'soc2'],
    review: {cadence: 'semiannual', lastReviewed: '2026-05-31'},
  };

  it('carries organization, industry, dates, posture, compliance, owner and review', () => {
    const {header} = documentOf(input);
    expect(header).toEqual({
      organization: 'Acme Corp',
      industry: {id: 'healthcare', label: 'Healthcare'},
      effectiveDate: '2026-06-15',
      posture: {
        id: 'advisory',
        label: 'Advisory',
        statement: 'This policy is guidance: it describes expected practice and the reasons for it.',
      },
      compliance: [
        {id: 'soc2', label: 'SOC 2'},
        {id: 'hipaa', label: 'HIPAA'},
      ],
      owner: 'Security team <security@acme.example>',
      review: {cadence: 'semiannual', lastReviewed: '2026-05-31', nextDue: '2026-11-30'},
    });
  });

  it('shows the header fields at the top of the page, and the draft disclaimer at the bottom', () => {
    const markdown = markdownOf(input);
    const tree = parseMarkdown(markdown);
    expect(textOf(tree.children[0]!)).toBe('AI Tool Usage Policy');
    const fields = nodesOfType(tree, 'list')[0]!.children.map(textOf);
    expect(fields).toEqual([
      'Organization: Acme Corp',
      'Industry: Healthcare',
      'Effective date: 2026-06-15',
      'Posture: Advisory. This policy is guidance: it describes expected practice and the reasons for it.',
      'Compliance context: SOC 2, HIPAA',
      'Owner: Security team <security@acme.example>',
      'Last review: 2026-05-31 (reviewed semiannual)',
      'Next review due: 2026-11-30',
    ]);
    const last = textOf(tree.children.at(-1)!);
    expect(last).toContain('not legal advice');
    expect(last).toContain('have counsel review it');
  });

  it('says when there is no compliance context, no owner and no review yet', () => {
    const fields = nodesOfType(parseMarkdown(markdownOf(MINIMAL)), 'list')[0]!.children.map(textOf);
    expect(fields).toContain('Compliance context: None selected');
    expect(fields.some((field) => field.startsWith('Owner:'))).toBe(false);
    expect(fields).toContain('Last review: Not yet reviewed (reviewed quarterly)');
    // Without a review date, the first review is due a cadence after the effective date.
    expect(fields).toContain('Next review due: 2026-09-15');
  });
});

describe('industry framing', () => {
  const purposeFor = (industry: string) => sectionPlain({...MINIMAL, industry}, 'purpose-and-scope');

  it('gives each of the 8 industries its own purpose text', () => {
    const texts = INDUSTRY_IDS.map(purposeFor);
    expect(new Set(texts).size).toBe(INDUSTRY_IDS.length);
  });

  it.each([
    ['saas', [/customers who trust us with their data/, /proprietary source code/]],
    ['healthcare', [/patients/, /protected health information \(PHI\)/, /clinical records/]],
    ['financial-services', [/account holders/, /cardholder data/, /transaction records/]],
    ['government', [/citizens/, /public trust/, /citizen records/]],
    ['education', [/students/, /student records/, /minors/]],
    ['retail', [/shoppers/, /payment details/, /cardholder data/]],
    ['manufacturing', [/product designs/, /operational technology/]],
    ['other', [/people and organizations who trust us/]],
  ])('frames the %s purpose by what is at stake', (industry, patterns) => {
    const text = purposeFor(industry);
    for (const pattern of patterns) expect(text).toMatch(pattern);
    expect(text).toContain('applies to everyone who works with Acme Corp');
  });

  it('does not borrow another industry’s framing', () => {
    expect(purposeFor('saas')).not.toMatch(/patient|PHI|student|citizen/);
    expect(purposeFor('healthcare')).not.toMatch(/cardholder|student|citizen/);
    expect(purposeFor('education')).not.toMatch(/patient|cardholder|citizen/);
    expect(purposeFor('government')).not.toMatch(/patient|cardholder|student/);
  });
});

describe('posture', () => {
  /** A config that turns on every optional part, so every rule sentence the engine has is rendered. */
  const FULL: PolicyConfigInput = {
    organization: 'Acme Corp',
    industry: 'healthcare',
    effectiveDate: '2026-06-15',
    owner: 'Security team',
    compliance: [...REGIME_IDS],
    tools: [
      {name: 'Claude Code', vendor: 'Anthropic', agreement: 'baa', conditions: 'Through SSO only.'},
      {name: 'GitHub Copilot', agreement: 'enterprise', maxDataClass: 'internal'},
      {name: 'Chat Helper', agreement: 'standard'},
      {name: 'Free Bot', agreement: 'none'},
    ],
    prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}, 'Shadow AI'],
    unlistedTools: {maxDataClass: 'public'},
    useCases: {encouraged: ['writing tests'], prohibited: ['hiring decisions']},
    training: {required: true, before: 'first-use', course: 'AI 101', refresh: 'annually'},
    disclosure: {commitTrailer: 'Assisted-by: <tool>', pullRequests: true},
    toolReview: {turnaround: 'five business days', contact: 'the security team'},
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', categories: ['source-code']},
      {id: 'phi', name: 'Patient data', rule: 'baa-only', categories: ['phi', 'personal-data']},
      {id: 'cards', name: 'Card data', rule: 'never', categories: ['cardholder-data']},
      {id: 'secrets', name: 'Secrets', rule: 'never', categories: ['credentials']},
    ],
    budgets: {tooling: 'the AI gateway'},
    review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
    exceptions: {granted: [{who: 'data-science team', what: 'notebook assistant', expires: '2026-12-31'}]},
    incidents: {contact: 'security@acme.example', channel: '#security'},
    sections: {custom: [{id: 'open-source', title: 'Open source', body: 'Ask first.', after: 'code-review'}]},
  };
  const mandatory = markdownOf({...FULL, posture: 'mandatory'});
  const advisory = markdownOf({...FULL, posture: 'advisory'});
  const count = (text: string, word: string) => text.match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;

  it('changes the text, not only the header', () => {
    expect(mandatory).not.toBe(advisory);
    const body = (markdown: string) => markdown.slice(markdown.indexOf('## Purpose and scope'));
    expect(body(mandatory)).not.toBe(body(advisory));
  });

  it('binds in mandatory posture: "must" and a named consequence', () => {
    expect(count(mandatory, 'must')).toBeGreaterThan(20);
    const purpose = sectionPlain({...FULL, posture: 'mandatory'}, 'purpose-and-scope');
    expect(purpose).toContain('condition of access');
    expect(purpose).toMatch(/suspends the person’s access to AI tools/);
    expect(purpose).toMatch(/disciplinary process/);
    expect(mandatory).toContain('Company data and code must not go into any other AI tool');
  });

  it('guides in advisory posture: "should", and never "must", anywhere on the page', () => {
    expect(count(advisory, 'should')).toBeGreaterThan(20);
    expect(advisory.split('\n').filter((line) => /\bmust\b/i.test(line))).toEqual([]);
    expect(advisory).toContain('Company data and code should not go into any other AI tool');
    const purpose = sectionPlain({...FULL, posture: 'advisory'}, 'purpose-and-scope');
    expect(purpose).toContain('not disciplinary matters on their own');
    expect(purpose).not.toMatch(/suspends|condition of access/);
  });

  it('softens every rule sentence: each mandatory "must" has an advisory "should" counterpart', () => {
    // "should" also appears in plain prose ("data went somewhere it should not have"), in both postures.
    const prose = count(mandatory, 'should');
    expect(count(advisory, 'should')).toBe(prose + count(mandatory, 'must'));
  });

  it('never says "must" in advisory posture, for any industry, regime set or option', () => {
    const variants: Array<Partial<PolicyConfigInput>> = [
      {},
      {
        compliance: [],
        training: {required: false},
        disclosure: {publishedContent: false, customerFacing: false},
      },
      {incidents: {}, unlistedTools: {maxDataClass: null}, prohibitedTools: [], useCases: {}},
      {
        tools: [{name: 'Only Tool', agreement: 'none'}],
        unlistedTools: {maxDataClass: null},
        dataClasses: [
          {id: 'all', name: 'All', rule: 'any-approved-tool', categories: ['phi', 'cardholder-data']},
        ],
      },
    ];
    const offending: string[] = [];
    for (const industry of INDUSTRY_IDS) {
      for (const variant of variants) {
        const markdown = markdownOf({...FULL, ...variant, industry, posture: 'advisory'});
        offending.push(...markdown.split('\n').filter((line) => /\bmust\b/i.test(line)));
      }
    }
    expect([...new Set(offending)]).toEqual([]);
  });
});

describe('data classes and the tool x class matrix', () => {
  const CLASSES = [
    {id: 'public', name: 'Public', rule: 'any-approved-tool'},
    {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only'},
    {id: 'phi', name: 'Patient data', rule: 'baa-only', categories: ['phi']},
    {id: 'secrets', name: 'Secrets', rule: 'never', categories: ['credentials']},
  ];
  const TOOLS = [
    {name: 'Free Bot', agreement: 'none'},
    {name: 'Chat Helper', agreement: 'standard'},
    {name: 'Copilot', agreement: 'enterprise'},
    {name: 'Claude', agreement: 'baa'},
    {name: 'Limited BAA', agreement: 'baa', maxDataClass: 'internal'},
    {name: 'Public Only', agreement: 'enterprise', maxDataClass: 'public'},
  ];
  const input = {...MINIMAL, dataClasses: CLASSES, tools: TOOLS};

  type Reason = ToolClassDecision['reason'];
  /** Worked out by hand from the rules: agreement first, then the tool's own ceiling. */
  const EXPECTED: Record<string, [Reason, Reason, Reason, Reason]> = {
    'Free Bot': ['allowed', 'agreement-too-weak', 'agreement-too-weak', 'class-never'],
    'Chat Helper': ['allowed', 'agreement-too-weak', 'agreement-too-weak', 'class-never'],
    Copilot: ['allowed', 'allowed', 'agreement-too-weak', 'class-never'],
    Claude: ['allowed', 'allowed', 'allowed', 'class-never'],
    'Limited BAA': ['allowed', 'allowed', 'above-tool-ceiling', 'class-never'],
    'Public Only': ['allowed', 'above-tool-ceiling', 'agreement-too-weak', 'class-never'],
  };
  const CELL_TEXT: Record<Reason, string> = {
    allowed: 'Allowed',
    'agreement-too-weak': 'No: agreement does not cover it',
    'above-tool-ceiling': 'No: above this tool’s limit',
    'class-never': 'No: never in AI tools',
    'tool-prohibited': 'No: tool is prohibited',
    'unlisted-ceiling': 'No: unlisted tools',
  };

  it('decides every tool x class pair from agreement, rule and ceiling', () => {
    const {decisions} = documentOf(input).facts;
    expect(decisions).toHaveLength(TOOLS.length * CLASSES.length);
    for (const [tool, reasons] of Object.entries(EXPECTED)) {
      CLASSES.forEach((dataClass, index) => {
        const decision = decisions.find((d) => d.tool === tool && d.dataClass === dataClass.id);
        expect(decision, `${tool} x ${dataClass.id}`).toEqual({
          tool,
          dataClass: dataClass.id,
          allowed: reasons[index] === 'allowed',
          reason: reasons[index],
        });
      });
    }
  });

  it('renders the same decisions in the matrix table a reader sees', () => {
    const tree = parseMarkdown(renderSectionMarkdown(documentOf(input), 'data-classification'));
    const tables = nodesOfType(tree, 'table').map(tableCells);
    const matrix = tables.find((cells) => cells[0]![0] === 'Tool')!;
    expect(matrix[0]).toEqual(['Tool', 'Public', 'Internal', 'Patient data', 'Secrets']);
    for (const [tool, reasons] of Object.entries(EXPECTED)) {
      expect(matrix.find((row) => row[0] === tool)).toEqual([tool, ...reasons.map((r) => CELL_TEXT[r])]);
    }
    expect(matrix.at(-1)).toEqual(['Any tool not listed', ...Array(4).fill('No: unlisted tools')]);
    expect(matrix).toHaveLength(1 + TOOLS.length + 1);

    const classTable = tables.find((cells) => cells[0]![0] === 'Data class')!;
    expect(classTable.map((row) => [row[0], row[2]])).toEqual([
      ['Data class', 'May go into'],
      ['Public', 'Any approved tool'],
      ['Internal', 'Approved tools with an enterprise data agreement only'],
      ['Patient data', 'Approved tools covered by a BAA only'],
      ['Secrets', 'Never, in any AI tool'],
    ]);
  });

  it('lists in each approved tool what it may receive', () => {
    const items = nodesOfType(
      parseMarkdown(renderSectionMarkdown(documentOf(input), 'approved-tools')),
      'listItem',
    )
      .map(textOf)
      .filter((item) => item.includes('under'));
    expect(items).toContain('Copilot, under an enterprise data agreement. May receive: Public; Internal.');
    expect(items).toContain(
      'Claude, under a business associate agreement (BAA). May receive: Public; Internal; Patient data.',
    );
    expect(items).toContain('Free Bot, under no agreement. May receive: Public.');
  });

  it('says secrets never go into a prompt and are also caught by scanning', () => {
    const text = sectionPlain(input, 'data-classification');
    expect(text).toContain('Data in the class Secrets must not go into an AI prompt');
    expect(text).toMatch(/secret scanning in pre-commit hooks and in CI/);
  });

  it('marks a prohibited tool as prohibited for every class (engine level: validation rejects the overlap)', () => {
    // `tools` and `prohibitedTools` cannot overlap in a valid file; the engine still stays on the safe side.
    const config = policyConfigSchema.parse({...input, prohibitedTools: [{name: 'claude'}]});
    const claude = decideToolClasses(config).filter((d) => d.tool === 'Claude');
    expect(claude.map((d) => [d.allowed, d.reason])).toEqual(Array(4).fill([false, 'tool-prohibited']));
  });

  it('uses the three default classes when none are configured', () => {
    const {dataClasses} = documentOf(MINIMAL).facts;
    expect(dataClasses.map((dataClass) => [dataClass.id, dataClass.rule])).toEqual([
      ['public', 'any-approved-tool'],
      ['internal', 'enterprise-agreement-only'],
      ['restricted', 'never'],
    ]);
    expect(dataClasses[2]!.categories).toEqual(['customer-data', 'personal-data', 'credentials']);
  });
});

describe('tools not on the list', () => {
  const matrixRow = (input: unknown) => {
    const tree = parseMarkdown(renderSectionMarkdown(documentOf(input), 'data-classification'));
    return nodesOfType(tree, 'table')
      .map(tableCells)
      .find((cells) => cells[0]![0] === 'Tool')!
      .at(-1);
  };

  it('by default may receive nothing', () => {
    expect(sectionPlain(MINIMAL, 'approved-tools')).toContain(
      'AI tools that are not listed above must not receive company data or code of any class.',
    );
    expect(matrixRow(MINIMAL)).toEqual(['Any tool not listed', ...Array(3).fill('No: unlisted tools')]);
    expect(documentOf(MINIMAL).facts.unlistedTools).toEqual({maxDataClass: null});
  });

  it('may receive classes up to the configured ceiling that are open to any tool', () => {
    const input = {
      ...MINIMAL,
      dataClasses: [
        {id: 'public', name: 'Public', rule: 'any-approved-tool'},
        {id: 'docs', name: 'Docs', rule: 'any-approved-tool'},
        {id: 'code', name: 'Code', rule: 'any-approved-tool'},
        {id: 'secrets', name: 'Secrets', rule: 'never'},
      ],
      unlistedTools: {maxDataClass: 'docs'},
    };
    expect(matrixRow(input)).toEqual([
      'Any tool not listed',
      'Allowed',
      'Allowed',
      'No: unlisted tools',
      'No: unlisted tools',
    ]);
    expect(sectionPlain(input, 'approved-tools')).toContain(
      'AI tools that are not listed above may receive only Public; Docs; anything more sensitive must stay in an approved tool.',
    );
  });

  it('never receives a class that needs an agreement, even under the ceiling', () => {
    const input = {...MINIMAL, unlistedTools: {maxDataClass: 'internal'}};
    expect(matrixRow(input)).toEqual([
      'Any tool not listed',
      'Allowed',
      'No: unlisted tools',
      'No: unlisted tools',
    ]);
    expect(documentOf(input).findings.map((finding) => finding.code)).toContain('unlisted-ceiling-ignored');
  });
});

describe('optional parts appear only when configured', () => {
  const plain = (input: unknown) => textOf(parseMarkdown(markdownOf(input)));
  const headings = (input: unknown) => nodesOfType(parseMarkdown(markdownOf(input)), 'heading').map(textOf);

  it('training', () => {
    expect(headings(MINIMAL)).not.toContain('Training');
    const input = {...MINIMAL, training: {required: true, course: 'AI 101', refresh: 'annually'}};
    expect(headings(input)).toContain('Training');
    expect(sectionPlain(input, 'approved-tools')).toContain(
      'Everyone covered by this policy must complete the AI tool training (AI 101) before their access to any AI tool is provisioned, and repeat it annually.',
    );
    expect(
      sectionPlain({...MINIMAL, training: {required: true, before: 'first-use'}}, 'approved-tools'),
    ).toContain('complete the AI tool training before they first use an AI tool for work.');
    expect(documentOf(input).facts.training).toEqual({required: true, before: 'access', refresh: 'annually'});
  });

  it('disclosure', () => {
    const none = {...MINIMAL, disclosure: {publishedContent: false, customerFacing: false}};
    expect(headings(none)).not.toContain('Disclosing AI use');
    // Published content and customer-facing AI are disclosed by default.
    expect(headings(MINIMAL)).toContain('Disclosing AI use');
    expect(plain(MINIMAL)).not.toContain('trailer');
    expect(plain(MINIMAL)).not.toContain('Pull request descriptions');
    const all = {...MINIMAL, disclosure: {commitTrailer: 'Assisted-by: <tool>', pullRequests: true}};
    const text = sectionPlain(all, 'code-review');
    expect(text).toContain(
      'Commits with substantial AI-generated content must carry the trailer Assisted-by: <tool>.',
    );
    expect(text).toContain('Pull request descriptions must say which parts were AI-generated');
    const trailer = nodesOfType(
      parseMarkdown(renderSectionMarkdown(documentOf(all), 'code-review')),
      'inlineCode',
    );
    expect(trailer.map((node) => node.value)).toEqual(['Assisted-by: <tool>']);
  });

  it('use cases', () => {
    expect(headings(MINIMAL)).not.toContain('Encouraged uses');
    expect(headings(MINIMAL)).not.toContain('Prohibited uses');
    const input = {
      ...MINIMAL,
      useCases: {encouraged: ['drafting tests'], prohibited: ['performance reviews']},
    };
    expect(headings(input)).toEqual(expect.arrayContaining(['Encouraged uses', 'Prohibited uses']));
    const text = sectionPlain(input, 'approved-tools');
    expect(text).toContain('drafting tests');
    expect(text).toContain('Whatever the tool, AI must not be used for:performance reviews');
  });

  it('prohibited tools', () => {
    expect(headings(MINIMAL)).not.toContain('Prohibited tools');
    const input = {...MINIMAL, prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}, 'Shadow AI']};
    expect(headings(input)).toContain('Prohibited tools');
    const items = nodesOfType(
      parseMarkdown(renderSectionMarkdown(documentOf(input), 'approved-tools')),
      'listItem',
    );
    expect(items.map(textOf)).toEqual(expect.arrayContaining(['DeepSeek: data residency', 'Shadow AI']));
    expect(documentOf(input).facts.prohibitedTools).toEqual([
      {name: 'DeepSeek', reason: 'data residency'},
      {name: 'Shadow AI', reason: null},
    ]);
  });

  it('budgets, with the honest note that a document cannot enforce a cap', () => {
    const text = sectionPlain(
      {...MINIMAL, budgets: {owner: 'team lead', period: 'quarterly', tooling: 'LiteLLM'}},
      'budgets',
    );
    expect(text).toContain(
      'Every team has a quarterly budget for AI tools and API usage, owned by its team lead.',
    );
    expect(text).toContain('Spend is tracked and capped with LiteLLM.');
    expect(text).toContain('A written policy cannot stop a runaway bill.');
    expect(ids({...MINIMAL, sections: {disable: ['budgets']}})).not.toContain('budgets');
  });

  it('the register of granted exceptions', () => {
    const tablesOf = (input: unknown) =>
      nodesOfType(
        parseMarkdown(renderSectionMarkdown(documentOf(input), 'incidents-and-exceptions')),
        'table',
      );
    expect(tablesOf(MINIMAL)).toEqual([]);
    expect(sectionPlain(MINIMAL, 'incidents-and-exceptions')).toContain(
      'An exception to this policy must be approved in writing by the security owner and must carry an expiry date.',
    );
    const input = {
      ...MINIMAL,
      exceptions: {
        approver: 'CISO',
        granted: [
          {who: 'data-science team', what: 'notebook assistant', expires: '2026-12-31'},
          {who: 'support', what: 'ticket summaries', expires: '2027-03-31', approvedBy: 'VP Support'},
        ],
      },
    };
    expect(tablesOf(input).map(tableCells)).toEqual([
      [
        ['Who', 'What it allows', 'Approved by', 'Expires'],
        ['data-science team', 'notebook assistant', 'CISO', '2026-12-31'],
        ['support', 'ticket summaries', 'VP Support', '2027-03-31'],
      ],
    ]);
  });

  it('the incident contact', () => {
    expect(sectionPlain(MINIMAL, 'incidents-and-exceptions')).toContain(
      'report it at once to the security team.',
    );
    expect(
      sectionPlain(
        {...MINIMAL, incidents: {contact: 'security@acme.example', channel: '#sec'}},
        'incidents-and-exceptions',
      ),
    ).toContain('report it at once to security@acme.example or #sec.');
  });

  it('the new-tool path with its turnaround', () => {
    expect(sectionPlain(MINIMAL, 'approved-tools')).toContain('Reviews aim to finish within one week');
    expect(
      sectionPlain(
        {...MINIMAL, toolReview: {turnaround: 'three days', contact: 'the AI council'}},
        'approved-tools',
      ),
    ).toContain('request a security review from the AI council. Reviews aim to finish within three days');
  });
});

describe('lint: dates', () => {
  const reviewed = (cadence: string, lastReviewed: string) =>
    documentOf({...MINIMAL, effectiveDate: '2025-01-01', review: {cadence, lastReviewed}});
  const overdue = (cadence: string, lastReviewed: string, today: string) =>
    lintPolicy(reviewed(cadence, lastReviewed), {today}).filter(
      (finding) => finding.code === 'review-overdue',
    );

  it.each([
    ['monthly', '2026-01-31', '2026-02-28'],
    ['monthly', '2026-03-15', '2026-04-15'],
    ['quarterly', '2026-01-31', '2026-04-30'],
    ['quarterly', '2027-11-30', '2028-02-29'],
    ['semiannual', '2026-08-31', '2027-02-28'],
    ['annual', '2028-02-29', '2029-02-28'],
    ['annual', '2026-06-15', '2027-06-15'],
  ])('a %s review last done on %s is due on %s, and overdue the day after', (cadence, last, due) => {
    expect(reviewed(cadence, last).header.review.nextDue).toBe(due);
    expect(overdue(cadence, last, due)).toEqual([]);
    const dayAfter = new Date(`${due}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(overdue(cadence, last, dayAfter.toISOString().slice(0, 10))).toEqual([
      {
        code: 'review-overdue',
        severity: 'warning',
        message: `The policy's ${cadence} review was due on ${due} (last reviewed ${last}).`,
        path: 'review.lastReviewed',
        stale: true,
      },
    ]);
  });

  it('counts from the effective date when the policy was never reviewed', () => {
    const document = documentOf({...MINIMAL, effectiveDate: '2026-01-31', review: {cadence: 'monthly'}});
    expect(lintPolicy(document, {today: '2026-03-01'}).map((finding) => finding.message)).toEqual([
      "The policy's monthly review was due on 2026-02-28 (effective 2026-01-31, never reviewed).",
    ]);
  });

  it('reports an expired exception, the day after it expires', () => {
    const document = documentOf({
      ...MINIMAL,
      review: {cadence: 'annual', lastReviewed: '2026-06-15'},
      exceptions: {
        granted: [
          {who: 'support', what: 'ticket summaries', expires: '2027-06-30'},
          {who: 'data-science team', what: 'notebook assistant', expires: '2026-06-30'},
        ],
      },
    });
    expect(lintPolicy(document, {today: '2026-06-30'})).toEqual([]);
    expect(lintPolicy(document, {today: '2026-07-01'})).toEqual([
      {
        code: 'exception-expired',
        severity: 'warning',
        message:
          'The exception for data-science team (notebook assistant) expired on 2026-06-30; remove it or renew it.',
        path: 'exceptions.granted[1].expires',
        stale: true,
      },
    ]);
  });
});

describe('lint: contradictions', () => {
  type ConfigCode = Exclude<LintFinding['code'], 'review-overdue' | 'exception-expired'>;
  const standardTool = {name: 'Chat Helper', agreement: 'standard'} as const;

  /** A minimal config per code, each with the path the finding must point at. Typed so a new code fails here. */
  const TRIGGERS: Record<ConfigCode, Array<{input: PolicyConfigInput; path: string; message: RegExp}>> = {
    'ceiling-exceeds-agreement': [
      {
        input: {...MINIMAL, tools: [{name: 'Chat Helper', agreement: 'standard', maxDataClass: 'internal'}]},
        path: 'tools[0].maxDataClass',
        message:
          /Chat Helper is allowed up to "Internal code and documentation", but its standard terms does not cover/,
      },
    ],
    'phi-without-baa': [
      {
        input: {
          ...MINIMAL,
          compliance: ['hipaa'],
          training: {required: true},
          tools: [{name: 'Claude', agreement: 'baa'}, standardTool],
          dataClasses: [{id: 'phi', name: 'Patient data', rule: 'any-approved-tool', categories: ['phi']}],
        },
        path: 'dataClasses[0].rule',
        message: /"Patient data" carries PHI but may go into Chat Helper, which has no BAA/,
      },
      {
        input: {
          ...MINIMAL,
          compliance: ['hipaa'],
          training: {required: true},
          dataClasses: [
            {id: 'phi', name: 'Patient data', rule: 'enterprise-agreement-only', categories: ['phi']},
          ],
        },
        path: 'dataClasses[0].rule',
        message: /no approved tool has a BAA/,
      },
    ],
    'cardholder-data-allowed': [
      {
        input: {
          ...MINIMAL,
          compliance: ['pci-dss'],
          dataClasses: [
            {
              id: 'cards',
              name: 'Card data',
              rule: 'enterprise-agreement-only',
              categories: ['cardholder-data'],
            },
          ],
        },
        path: 'dataClasses[0].rule',
        message: /"Card data" carries cardholder data but may go into GitHub Copilot/,
      },
    ],
    'personal-data-without-agreement': [
      {
        input: {
          ...MINIMAL,
          compliance: ['gdpr'],
          incidents: {contact: 'dpo@acme.example'},
          tools: [standardTool],
          dataClasses: [
            {id: 'people', name: 'People data', rule: 'any-approved-tool', categories: ['personal-data']},
          ],
        },
        path: 'dataClasses[0].rule',
        message:
          /"People data" carries personal data but may go into Chat Helper without a data-processing agreement/,
      },
    ],
    'class-unreachable': [
      {
        input: {...MINIMAL, tools: [standardTool]},
        path: 'dataClasses[1].rule',
        message: /"Internal code and documentation" is not "never", yet no approved tool may receive it/,
      },
    ],
    'unlisted-ceiling-ignored': [
      {
        input: {...MINIMAL, unlistedTools: {maxDataClass: 'internal'}},
        path: 'unlistedTools.maxDataClass',
        message: /Unlisted tools are allowed up to "Internal code and documentation"/,
      },
    ],
    'regime-missing-data': [
      {
        input: {...MINIMAL, compliance: ['hipaa'], training: {required: true}},
        path: 'dataClasses',
        message: /no data class is marked with the "phi" category/,
      },
      {
        input: {...MINIMAL, compliance: ['gdpr']},
        path: 'incidents.contact',
        message: /72-hour clock, but the policy names no incident contact or channel/,
      },
      {
        input: {
          ...MINIMAL,
          compliance: ['hipaa'],
          dataClasses: [{id: 'phi', name: 'Patient data', rule: 'never', categories: ['phi']}],
        },
        path: 'training.required',
        message: /HIPAA requires security awareness training/,
      },
    ],
    'url-dropped': [
      {
        input: {...MINIMAL, tools: [{name: 'Copilot', url: 'javascript:alert(1)'}]},
        path: 'tools[0].url',
        message: /"javascript:alert\(1\)" is left out .*: it uses the javascript: scheme/,
      },
      {
        input: {...MINIMAL, sections: {custom: [{id: 'x', title: 'X', body: 'See [it](//evil.example).'}]}},
        path: 'sections.custom[0].body',
        message: /"\/\/evil\.example" on line 1 of the body is left out .*browsers open it on evil\.example/,
      },
    ],
    'url-external': [
      {
        input: {...MINIMAL, tools: [{name: 'Copilot', url: 'https://github.com/features/copilot'}]},
        path: 'tools[0].url',
        message:
          /leaves the site, so it is shown as text, not as a link; add "github\.com" to links\.externalHosts/,
      },
    ],
    'bidi-control-removed': [
      {
        input: {...MINIMAL, organization: 'Acme \u202eCorp'},
        path: 'organization',
        message: /^Removed an invisible bidirectional control character \(U\+202E RIGHT-TO-LEFT OVERRIDE\)/,
      },
    ],
  };

  for (const [code, cases] of Object.entries(TRIGGERS)) {
    it.each(cases.map((entry, index) => [index, entry] as const))(
      `${code} (case %i)`,
      (_, {input, path, message}) => {
        const findings = lintPolicy(documentOf(input), {today: '2026-06-15'});
        const finding = findings.find((candidate) => candidate.code === code && candidate.path === path);
        expect(finding, JSON.stringify(findings, null, 2)).toBeDefined();
        expect(finding!.message).toMatch(message);
        expect(finding!.severity).toBe('warning');
        expect(finding!.stale).toBe(false);
      },
    );
  }

  it('finds nothing in a clean config that selects every regime', () => {
    const clean: PolicyConfigInput = {
      ...MINIMAL,
      compliance: [...REGIME_IDS],
      tools: [
        {name: 'Copilot', agreement: 'enterprise'},
        {name: 'Claude', agreement: 'baa'},
      ],
      dataClasses: [
        {id: 'public', name: 'Public', rule: 'any-approved-tool'},
        {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', categories: ['source-code']},
        {id: 'phi', name: 'Patient data', rule: 'baa-only', categories: ['phi']},
        {id: 'people', name: 'People data', rule: 'never', categories: ['personal-data', 'cardholder-data']},
      ],
      unlistedTools: {maxDataClass: 'public'},
      training: {required: true},
      incidents: {contact: 'security@acme.example'},
      review: {cadence: 'quarterly', lastReviewed: '2026-06-15'},
    };
    const document = documentOf(clean);
    expect(document.findings).toEqual([]);
    expect(lintPolicy(document, {today: '2026-09-15'})).toEqual([]);
  });

  it('finds nothing in the minimal config', () => {
    expect(lintPolicy(documentOf(MINIMAL), {today: '2026-06-15'})).toEqual([]);
  });

  it('keeps config-only findings on the document and date-based ones out of it', () => {
    const document = buildPolicyDocument(
      configOf({...MINIMAL, tools: [standardTool], review: {cadence: 'monthly', lastReviewed: '2020-01-01'}}),
    );
    expect(document.findings.map((finding) => finding.code)).toEqual(['class-unreachable']);
    expect(lintPolicy(document, {today: '2026-06-15'}).map((finding) => finding.code)).toEqual([
      'class-unreachable',
      'review-overdue',
    ]);
  });
});
