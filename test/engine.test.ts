/**
 * The policy engine as a reader of the generated policy meets it: which sections exist and in which order,
 * what the header says, how industry and posture change the text, which tool may take which data (in the
 * facts and in the rendered matrix), the optional parts, and the lint findings.
 */
import {describe, expect, it} from 'vitest';
import {type PolicyConfigInput, policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {buildDecisionTable} from '../src/engine/decisions.js';
import {lintPolicy} from '../src/engine/lint.js';
import type {PolicySection, ToolClassDecision} from '../src/engine/model.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderPolicyMarkdown, renderSectionMarkdown} from '../src/render/markdown.js';
import {INDUSTRY_IDS, REGIME_IDS} from '../src/vocabulary/config-values.js';
import type {LintFinding} from '../src/vocabulary/lint-finding.js';
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
    const {fields, ...header} = documentOf(input).header;
    expect(fields.map((field) => field.key)).toEqual([
      'organization',
      'industry',
      'effectiveDate',
      'posture',
      'compliance',
      'owner',
      'lastReviewed',
      'nextReview',
    ]);
    expect(header).toEqual({
      organization: 'Acme Corp',
      industry: {id: 'healthcare', label: 'Healthcare'},
      effectiveDate: '2026-06-15',
      posture: {
        id: 'advisory',
        label: 'Advisory',
        statement: 'guidance for Acme Corp’s own rules; duties of law and audit criteria apply as written.',
      },
      compliance: [
        {id: 'soc2', label: 'SOC 2'},
        {id: 'hipaa', label: 'HIPAA'},
      ],
      owner: 'Security team <security@acme.example>',
      review: {cadence: 'semiannual', lastReviewed: '2026-05-31', nextDue: '2026-11-30'},
      baselines: [],
    });
  });

  it('shows the header fields at the top of the page, and no drafting note for reviewers', () => {
    const markdown = markdownOf(input);
    const tree = parseMarkdown(markdown);
    expect(textOf(tree.children[0]!)).toBe('AI Tool Usage Policy');
    const fields = nodesOfType(tree, 'list')[0]!.children.map(textOf);
    expect(fields).toEqual([
      'Organization: Acme Corp',
      'Industry: Healthcare',
      'Effective date: 15 June 2026',
      'Posture: Advisory — guidance for Acme Corp’s own rules; duties of law and audit criteria apply as written.',
      'Compliance context: SOC 2, HIPAA',
      'Owner: Security team <security@acme.example>',
      'Last review: 31 May 2026',
      'Next review due: 30 November 2026',
    ]);
    // "A draft …, not legal advice" would undercut every rule of the adopted policy: it is for reviewers.
    expect(markdown).not.toMatch(/not legal advice|counsel should review|\bdraft\b/i);
    expect(documentOf(input).reviewerNote).toBe(
      'A draft from Acme Corp’s policy file, not legal advice: counsel should review it before adoption and after changes.',
    );
  });

  it('ends a policy whose file records no review with the note that it is a draft for counsel', () => {
    const tree = parseMarkdown(markdownOf({...input, review: {cadence: 'semiannual'}}));
    expect(textOf(tree.children.at(-1)!)).toBe(
      'A draft from Acme Corp’s policy file, not legal advice: counsel should review it before adoption and after changes.',
    );
  });

  it('says when there is no compliance context, no owner and no review yet', () => {
    const fields = nodesOfType(parseMarkdown(markdownOf(MINIMAL)), 'list')[0]!.children.map(textOf);
    expect(fields).toContain('Compliance context: None selected');
    expect(fields.some((field) => field.startsWith('Owner:'))).toBe(false);
    // Never reviewed: only the first review's date, due a cadence after the effective date.
    expect(fields.some((field) => field.startsWith('Last review:'))).toBe(false);
    expect(fields).toContain('Next review due: 15 September 2026');
  });

  it('says the review cadence once: in the policy-review sentence, or in the header when no section says it', () => {
    const everyQuarter = (markdown: string) => markdown.match(/every quarter/g)?.length ?? 0;
    const markdown = markdownOf(MINIMAL);
    expect(everyQuarter(markdown)).toBe(1);
    expect(markdown).toMatch(/This policy must be reviewed every quarter/);
    const withoutIncidents = markdownOf({...MINIMAL, sections: {disable: ['incidents-and-exceptions']}});
    expect(everyQuarter(withoutIncidents)).toBe(1);
    const fields = nodesOfType(parseMarkdown(withoutIncidents), 'list')[0]!.children.map(textOf);
    expect(fields).toContain('Next review due: 15 September 2026 (reviewed every quarter)');
  });
});

describe('industry framing', () => {
  const purposeFor = (industry: string) => sectionPlain({...MINIMAL, industry}, 'purpose-and-scope');

  it('gives each of the 8 industries its own purpose text', () => {
    const texts = INDUSTRY_IDS.map(purposeFor);
    expect(new Set(texts).size).toBe(INDUSTRY_IDS.length);
  });

  it.each([
    ['saas', [/our customers’ data, our source code/, /covers employees, contractors and vendors/]],
    ['healthcare', [/patients, their health information and the clinicians/, /covers staff, clinicians/]],
    ['financial-services', [/client funds, account and card data, and our regulatory standing/]],
    ['government', [/citizens’ personal data, public records and public trust/, /covers officials, staff/]],
    ['education', [/student records, research data/, /covers academic and other staff, contractors/]],
    ['retail', [/shoppers’ personal and payment data and our storefront systems/]],
    ['manufacturing', [/designs, process know-how and the systems that run our plants/]],
    ['other', [/the people who trust us with theirs/]],
  ])('frames the %s purpose by what is at stake', (industry, patterns) => {
    const text = purposeFor(industry);
    for (const pattern of patterns) expect(text).toMatch(pattern);
    expect(text).toContain('with Acme Corp’s systems, data or code');
  });

  it('speaks the industry’s own language beyond the purpose section', () => {
    const university = markdownOf({...MINIMAL, industry: 'education'});
    expect(university).not.toMatch(/company data|customers|customer record/i);
    expect(university).toContain('such as student records in an unapproved tool');
    expect(university).toContain('Students must be told');
    const hospital = markdownOf({...MINIMAL, industry: 'healthcare'});
    expect(hospital).toContain('such as patient information in an unapproved tool');
    expect(hospital).not.toMatch(/BAA|cardholder/);
    expect(hospital).toContain('Patients must be told');
    const agency = markdownOf({...MINIMAL, industry: 'government'});
    expect(agency).toContain('Acme Corp’s data or code');
    expect(agency).toContain('Members of the public must be told');
  });

  it('does not borrow another industry’s framing', () => {
    expect(purposeFor('saas')).not.toMatch(/patient|PHI|student|citizen/);
    expect(purposeFor('healthcare')).not.toMatch(/cardholder|student|citizen/);
    expect(purposeFor('education')).not.toMatch(/patient|cardholder|citizen/);
    expect(purposeFor('government')).not.toMatch(/patient|cardholder|student/);
  });
});

/** The one legal duty inside the company's own rules: the hard rules on regulated data stay "must". */
const withoutLegalDuty = (line: string) => line.replace(/In any case, it must not receive [^.]*\./, '');

describe('posture', () => {
  /** A config that turns on every optional part, so every rule sentence the engine has is rendered. */
  const FULL: PolicyConfigInput = {
    organization: 'Acme Corp',
    industry: 'healthcare',
    effectiveDate: '2026-06-15',
    owner: 'Security team',
    compliance: [...REGIME_IDS],
    tools: [
      {
        name: 'Claude Code',
        vendor: 'Anthropic',
        agreement: ['enterprise', 'baa'],
        conditions: 'Through SSO only.',
      },
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
  /**
   * The organization's own rules: every line of the built-in sections (and of the voluntary NIST AI RMF)
   * that no law, audit criterion or contractual standard backs. A duty such a source imposes carries its
   * citation on its line and says "must" in both postures, wherever it is said.
   */
  const BINDING_CITATION =
    /\*\((?:[^)]*; )?(SOC 2|HIPAA|GDPR|ISO\/IEC 27001|PCI DSS|EU AI Act|ISO\/IEC 42001) /;
  const isCompanyRule = (section: PolicySection) => section.kind !== 'regime' || section.id === 'nist-ai-rmf';
  const companyMarkdown = (input: PolicyConfigInput) => {
    const document = documentOf(input);
    return document.sections
      .filter(isCompanyRule)
      .map((section) => renderSectionMarkdown(document, section.id))
      .join('\n')
      .split('\n')
      .filter((line) => !BINDING_CITATION.test(line))
      .join('\n');
  };
  const mandatoryRules = companyMarkdown({...FULL, posture: 'mandatory'});
  const advisoryRules = companyMarkdown({...FULL, posture: 'advisory'});
  const count = (text: string, word: string) => text.match(new RegExp(`\\b${word}\\b`, 'gi'))?.length ?? 0;

  it('changes the text, not only the header', () => {
    expect(mandatory).not.toBe(advisory);
    const body = (markdown: string) => markdown.slice(markdown.indexOf('## Purpose and scope'));
    expect(body(mandatory)).not.toBe(body(advisory));
  });

  it('binds in mandatory posture: "must" and a named consequence', () => {
    expect(count(mandatory, 'must')).toBeGreaterThan(20);
    const purpose = sectionPlain({...FULL, posture: 'mandatory'}, 'purpose-and-scope');
    expect(mandatory).toContain(
      '**Posture:** Mandatory — a condition of access to Acme Corp’s systems, data and code.',
    );
    expect(purpose).toMatch(
      /A violation suspends the person’s AI access until the Security team restores it/,
    );
    // HIPAA (selected here) sanctions every violation, in proportion to it.
    expect(purpose).toMatch(/each violation must be sanctioned in proportion to its gravity/);
    expect(mandatory).toContain('New tools must pass a security review before first use');
  });

  it('guides in advisory posture: "should", and never "must", in the company’s own rules', () => {
    expect(count(advisoryRules, 'should')).toBeGreaterThan(10);
    expect(advisoryRules.split('\n').filter((line) => /\bmust\b/i.test(withoutLegalDuty(line)))).toEqual([]);
    const own = markdownOf({...FULL, compliance: [], posture: 'advisory'});
    expect(own).toContain('New tools should pass a security review before first use');
    expect(own).toContain('Everyone covered should complete *AI 101*');
    expect(own).toContain('AI-generated code should pass human review');
    const purpose = sectionPlain({...FULL, posture: 'advisory'}, 'purpose-and-scope');
    expect(purpose).toContain('discussed with your manager');
    expect(purpose).toContain('duties of law or audit criteria apply as written');
    expect(purpose).not.toMatch(/suspends|condition of access|not disciplinary/);
  });

  it('keeps law law: the duties of law and audit criteria read the same in both postures', () => {
    const regimeSection = (posture: 'advisory' | 'mandatory', id: string) =>
      renderSectionMarkdown(documentOf({...FULL, posture}), id);
    // The GDPR section's one own-rule bullet (settings beyond Art. 32) takes the posture's voice.
    const lawOnly = (markdown: string) =>
      markdown
        .split('\n')
        .filter((line) => !line.startsWith('- Our own rule:'))
        .join('\n');
    for (const id of ['soc2', 'hipaa', 'gdpr', 'iso27001', 'pci-dss', 'eu-ai-act', 'iso42001']) {
      expect(lawOnly(regimeSection('advisory', id)), id).toBe(lawOnly(regimeSection('mandatory', id)));
      expect(regimeSection('advisory', id), id).toMatch(/\bmust\b/);
      expect(regimeSection('advisory', id), id).not.toMatch(/\bshould not\b|not disciplinary/);
    }
    expect(sectionPlain({...FULL, posture: 'advisory'}, 'purpose-and-scope')).toContain(
      'duties of law or audit criteria apply as written, and a violation of them must lead to sanctions under the disciplinary process. (HIPAA §164.308(a)(1)(ii)(C); §164.530(e); ISO/IEC 27001 A.6.4)',
    );
    // The voluntary framework takes the policy's voice.
    expect(regimeSection('advisory', 'nist-ai-rmf')).not.toMatch(/\bmust\b/);
  });

  it('says a duty a selected regime imposes with "must" in both postures, wherever it is said', () => {
    for (const posture of ['advisory', 'mandatory'] as const) {
      const policy = markdownOf({...FULL, compliance: ['hipaa', 'pci-dss', 'eu-ai-act'], posture});
      expect(policy).toContain(
        'Everyone covered, managers included, must complete *AI 101*, as part of security awareness training.',
      );
      expect(policy).toContain('*(HIPAA §164.308(a)(5)(i); PCI DSS 12.6.3; 12.6.3.2; EU AI Act Art. 4)*');
      expect(policy).toMatch(
        /AI-generated code must pass human review[^\n]*\*\(PCI DSS 6\.2\.3; 6\.2\.3\.1\)\*/,
      );
      expect(policy).toMatch(
        /AI alone must not make decisions|AI must not be used for practices the EU AI Act bans/,
      );
    }
    // A voluntary framework alone leaves the organization's own voice.
    const guidance = markdownOf({...FULL, compliance: ['nist-ai-rmf'], posture: 'advisory'});
    expect(guidance).toContain('Everyone covered should complete *AI 101*');
    expect(guidance).toContain('*(NIST AI RMF GOVERN 2.2)*');
  });

  it('says training, the review cadence and the vendor review once, with every citation together', () => {
    const policy = markdownOf({...FULL, posture: 'advisory'});
    const times = (pattern: RegExp) => policy.match(new RegExp(pattern, 'g'))?.length ?? 0;
    expect(times(/complete \*AI 101\*/)).toBe(1);
    expect(times(/\btrain(ed|ing) (on|covers|must cover)/i)).toBe(0);
    expect(times(/reviewed every quarter by|at planned intervals|reviewed at least every 12 months/)).toBe(1);
    expect(times(/security review before first use|vendor risk assessment|AI suppliers must be vetted/)).toBe(
      1,
    );
    expect(policy).toMatch(
      /\*\(SOC 2 CC9\.2; ISO\/IEC 27001 A\.5\.19; A\.5\.20; A\.5\.21; A\.5\.22; PCI DSS 12\.8\.1–12\.8\.5; ISO\/IEC 42001 A\.10\.2; A\.10\.3; NIST AI RMF GOVERN 6\.1; GV-6\.1-007\)\*/,
    );
    // Each regime section names the shared duties in one line instead of restating them.
    expect(sectionPlain({...FULL, posture: 'advisory'}, 'hipaa')).toContain(
      'Also required: sanctions, AI literacy, incident reporting and policy review.',
    );
  });

  it('softens every rule sentence: each mandatory "must" has an advisory "should" counterpart', () => {
    // "should" also appears in plain prose ("data went somewhere it should not have"), in both postures.
    const prose = count(mandatoryRules, 'should');
    // One more: where a law requires the review ("must", cited), an advisory policy says its own cadence
    // apart ("Our own rule: … should be reviewed every quarter"); a mandatory one folds it into the duty.
    expect(advisoryRules).toContain('Our own rule: this policy should be reviewed every quarter.');
    expect(count(advisoryRules, 'should')).toBe(prose + count(mandatoryRules, 'must') + 1);
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
        const markdown = companyMarkdown({...FULL, ...variant, industry, posture: 'advisory'});
        offending.push(...markdown.split('\n').filter((line) => /\bmust\b/i.test(withoutLegalDuty(line))));
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
    {name: 'Claude', agreement: ['enterprise', 'baa']},
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
    // A BAA alone is not an enterprise data agreement.
    'Limited BAA': ['allowed', 'agreement-too-weak', 'above-tool-ceiling', 'class-never'],
    'Public Only': ['allowed', 'above-tool-ceiling', 'agreement-too-weak', 'class-never'],
  };
  const CELL_TEXT: Record<Reason, string> = {
    allowed: 'Allowed',
    'agreement-too-weak': 'No: agreement',
    'above-tool-ceiling': 'No: tool limit',
    'class-never': 'No: never',
    'tool-prohibited': 'No: prohibited',
    'unlisted-ceiling': 'No: not listed',
    'credentials-never': 'No: credentials',
    'pci-dss-cardholder-data': 'No: PCI DSS',
    'hipaa-needs-baa': 'No: HIPAA needs a BAA',
    'gdpr-needs-dpa': 'No: GDPR needs a processing agreement',
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
    expect(matrix.at(-1)).toEqual(['Other tools', ...Array(4).fill('No: not listed')]);
    expect(matrix).toHaveLength(1 + TOOLS.length + 1);

    const classTable = tables.find((cells) => cells[0]![0] === 'Data class')!;
    // The rule is the last column (Examples is left out when no class has examples).
    expect(classTable.map((row) => [row[0], row.at(-1)])).toEqual([
      ['Data class', 'Rule'],
      ['Public', 'Any approved tool'],
      ['Internal', 'Enterprise agreement only'],
      ['Patient data', 'BAA only'],
      ['Secrets', 'Never'],
    ]);
  });

  it('lists each approved tool with its agreements, and leaves what it may receive to the matrix', () => {
    const items = nodesOfType(
      parseMarkdown(renderSectionMarkdown(documentOf(input), 'approved-tools')),
      'listItem',
    ).map(textOf);
    expect(items).toContain('Copilot: enterprise agreement.');
    expect(items).toContain('Claude: enterprise agreement and BAA.');
    expect(items).toContain('Free Bot: no agreement.');
    expect(items.join(' ')).not.toMatch(/May receive/);
  });

  it('says secrets never go into a prompt, and that secret scanning must run (under code review)', () => {
    // The class that holds credentials says "Never" in the table; the sentence is there only without one.
    expect(sectionPlain(input, 'data-classification')).not.toMatch(/secret scanning/i);
    const withoutCredentialsClass = {
      ...MINIMAL,
      dataClasses: [{id: 'public', name: 'Public', rule: 'any-approved-tool'}],
    };
    expect(sectionPlain(withoutCredentialsClass, 'data-classification')).toContain(
      'Credentials and secrets never go into an AI tool.',
    );
    expect(sectionPlain(input, 'code-review')).toContain(
      'Secret scanning must run in pre-commit hooks and CI; a finding is an incident.',
    );
  });

  it('marks a prohibited tool as prohibited for every class (engine level: validation rejects the overlap)', () => {
    // `tools` and `prohibitedTools` cannot overlap in a valid file; the engine still stays on the safe side.
    const config = policyConfigSchema.parse({...input, prohibitedTools: [{name: 'claude'}]});
    const claude = buildDecisionTable(config).decisions.filter((d) => d.tool === 'Claude');
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
      'Any other AI tool must not receive Acme Corp’s data or code; a network or gateway allow-list must enforce that.',
    );
    expect(matrixRow(MINIMAL)).toEqual(['Other tools', ...Array(3).fill('No: not listed')]);
    expect(documentOf(MINIMAL).facts.unlistedTools).toEqual({
      maxDataClass: null,
      decisions: ['public', 'internal', 'restricted'].map((dataClass) => ({
        dataClass,
        allowed: false,
        reason: 'unlisted-ceiling',
      })),
    });
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
      'Other tools',
      'Allowed',
      'Allowed',
      'No: not listed',
      'No: not listed',
    ]);
    expect(sectionPlain(input, 'approved-tools')).toContain(
      'Until it is approved as a new tool, any other AI tool may receive only Public; Docs.',
    );
  });

  it('never receives a class that needs an agreement, even under the ceiling', () => {
    const input = {...MINIMAL, unlistedTools: {maxDataClass: 'internal'}};
    expect(matrixRow(input)).toEqual(['Other tools', 'Allowed', 'No: agreement', 'No: not listed']);
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
      'Everyone covered must complete AI 101.The training must be taken before AI access and repeated annually.',
    );
    expect(
      sectionPlain({...MINIMAL, training: {required: true, before: 'first-use'}}, 'approved-tools'),
    ).toContain('complete the AI tools training.The training must be taken before first using an AI tool.');
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
    expect(text).toContain('Pull request descriptions must say which parts are AI-generated.');
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
    expect(text).toContain('AI must not be used for performance reviews.');
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

  it('budgets, without a note that the policy cannot enforce them', () => {
    const text = sectionPlain(
      {...MINIMAL, budgets: {owner: 'team lead', period: 'quarterly', tooling: 'LiteLLM'}},
      'budgets',
    );
    expect(text).toContain(
      'Each team must have a quarterly AI budget owned by its team lead, tracked per person and project; exceeding it needs its team lead’s approval.',
    );
    expect(text).toContain('Spend is tracked and capped with LiteLLM.');
    expect(text).not.toMatch(/cannot enforce/);
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
      'Exceptions must be approved in writing by the security team and expire on a set date. None can waive a legal or audit duty or the rule on Customer data, PII, credentials and secrets.',
    );
    // No industry's data words (PHI, cardholder data) where the policy does not speak of them, and an office
    // named by its function reads with its article.
    const officer = sectionPlain(
      {...MINIMAL, exceptions: {approver: 'Data Protection Officer'}},
      'incidents-and-exceptions',
    );
    expect(officer).toContain('approved in writing by the Data Protection Officer');
    expect(officer).not.toMatch(/PHI|cardholder/);
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
        // An approval nobody recorded is not asserted.
        ['data-science team', 'notebook assistant', 'not recorded', '2026-12-31'],
        ['support', 'ticket summaries', 'VP Support', '2027-03-31'],
      ],
    ]);
  });

  it('the incident contact', () => {
    expect(sectionPlain(MINIMAL, 'incidents-and-exceptions')).toContain('to the security team at once');
    expect(
      sectionPlain(
        {...MINIMAL, incidents: {contact: 'security@acme.example', channel: '#sec'}},
        'incidents-and-exceptions',
      ),
    ).toContain('to security@acme.example (#sec) at once');
  });

  it('the register shows no row the rules forbid: none expired before the policy, none waiving a hard rule', () => {
    const input: PolicyConfigInput = {
      ...MINIMAL,
      compliance: ['gdpr'],
      tools: [{name: 'Free Bot', agreement: 'none'}],
      dataClasses: [
        {id: 'public', name: 'Public', rule: 'any-approved-tool'},
        {
          id: 'people',
          name: 'Customer e-mail lists',
          rule: 'any-approved-tool',
          categories: ['personal-data'],
        },
      ],
      exceptions: {
        granted: [
          {
            who: 'marketing',
            what: 'Free Bot on customer e-mail lists',
            expires: '2026-12-31',
            approvedBy: 'CISO',
          },
          {who: 'QA', what: 'old pilot', expires: '2026-01-31', approvedBy: 'CISO'},
          {who: 'docs team', what: 'Free Bot on public pages', expires: '2026-12-31', approvedBy: 'CISO'},
        ],
      },
    };
    const text = sectionPlain(input, 'incidents-and-exceptions');
    expect(text).toContain('docs team');
    expect(text).not.toContain('marketing');
    expect(text).not.toContain('old pilot');
    const document = documentOf(input);
    const register = document.sections
      .find((section) => section.id === 'incidents-and-exceptions')!
      .blocks.find((block) => block.type === 'table');
    expect(register).toMatchObject({caption: 'Exceptions granted, each until its expiry date'});
    expect(document.facts.exceptions.granted.map((row) => row.expired)).toEqual([false, true, false]);
    expect(document.findings.filter((finding) => finding.severity === 'error').map((f) => f.path)).toEqual([
      'exceptions.granted[0]',
    ]);
  });

  it('the new-tool path with its turnaround', () => {
    expect(sectionPlain(MINIMAL, 'approved-tools')).toContain('Reviews aim to take at most one week');
    expect(
      sectionPlain(
        {...MINIMAL, toolReview: {turnaround: 'three days', contact: 'the AI council'}},
        'approved-tools',
      ),
    ).toContain(
      'New tools must pass a security review before first use (ask the AI council). Reviews aim to take at most three days',
    );
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
          {who: 'support', what: 'ticket summaries', expires: '2027-06-30', approvedBy: 'CISO'},
          {who: 'data-science team', what: 'notebook assistant', expires: '2026-06-30', approvedBy: 'CISO'},
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
          /Chat Helper is allowed up to "Internal code and documentation", but its agreement \(standard terms\) does not cover/,
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
        message:
          /^The rule of "Patient data" \(any-approved-tool\) was tightened: HIPAA is selected, and PHI goes only into tools covered by a BAA \(agreement: baa\)\. The policy keeps the class out of Chat Helper\.$/,
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
        message:
          /"Patient data" \(enterprise-agreement-only\) was tightened: HIPAA.*out of GitHub Copilot\.$/,
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
        message:
          /"Card data" \(enterprise-agreement-only\) was tightened: PCI DSS is selected, and cardholder data never goes into an AI tool\. The policy keeps the class out of GitHub Copilot\./,
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
          /"People data" \(any-approved-tool\) was tightened: GDPR is selected, and personal data goes only into tools under a data-processing agreement \(agreement: enterprise\)\. The policy keeps the class out of Chat Helper\./,
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
        input: {
          ...MINIMAL,
          compliance: ['hipaa'],
          dataClasses: [{id: 'public', name: 'Public', rule: 'any-approved-tool'}],
        },
        path: 'dataClasses',
        message: /no data class is marked with the "phi" category/,
      },
      {
        input: {...MINIMAL, compliance: ['gdpr']},
        path: 'incidents.contact',
        message: /72-hour clock, but the policy names no incident contact or channel/,
      },
    ],
    'duty-weaker-than-source': [
      {
        input: {
          ...MINIMAL,
          compliance: ['hipaa', 'eu-ai-act'],
          training: {required: false},
          dataClasses: [{id: 'phi', name: 'Patient data', rule: 'never', categories: ['phi']}],
        },
        path: 'training.required',
        message:
          /training\.required is false, but HIPAA §164\.308\(a\)\(5\)\(i\) and EU AI Act Art\. 4 require training; the policy says "must" anyway/,
      },
    ],
    'cardholder-data-without-pci-dss': [
      {
        input: {
          ...MINIMAL,
          tools: [{name: 'Free Bot', agreement: 'none'}],
          dataClasses: [
            {id: 'cards', name: 'Card data', rule: 'any-approved-tool', categories: ['cardholder-data']},
          ],
        },
        path: 'dataClasses[0].rule',
        message:
          /"Card data" holds cardholder data and may go into Free Bot; PCI DSS binds card merchants by contract/,
      },
    ],
    'education-without-eu-ai-act': [
      {
        input: {
          ...MINIMAL,
          industry: 'education',
          compliance: ['gdpr'],
          incidents: {contact: 'dpo@uni.example'},
        },
        path: 'compliance',
        message: /GDPR is selected for an education institution, but the EU AI Act is not/,
      },
    ],
    'dpo-conflict-of-interest': [
      {
        input: {
          ...MINIMAL,
          compliance: ['gdpr'],
          owner: 'Data Protection Officer',
          incidents: {contact: 'dpo@uni.example'},
        },
        path: 'owner',
        message:
          /owner is "Data Protection Officer", a data protection officer, who then owns this policy .*GDPR Art\. 38\(6\)/,
      },
      {
        input: {
          ...MINIMAL,
          compliance: ['gdpr'],
          owner: 'CIO',
          exceptions: {approver: 'DPO'},
          incidents: {contact: 'dpo@uni.example'},
        },
        path: 'exceptions.approver',
        message:
          /exceptions\.approver is "DPO", a data protection officer, who then approves exceptions to this policy/,
      },
    ],
    'controlled-data-outside-self-hosted': [
      {
        input: {
          ...MINIMAL,
          tools: [
            {name: 'Vendor Bot', agreement: 'enterprise'},
            {name: 'Own Model', agreement: 'self-hosted'},
          ],
          dataClasses: [{id: 'cui', name: 'CUI', rule: 'enterprise-agreement-only', categories: ['cui']}],
        },
        path: 'dataClasses[0].rule',
        message:
          /"CUI" holds controlled unclassified or export-controlled information and may go into Vendor Bot, which is not self-hosted/,
      },
    ],
    'classified-data-allowed': [
      {
        input: {
          ...MINIMAL,
          tools: [{name: 'Own Model', agreement: 'self-hosted'}],
          dataClasses: [
            {id: 'secret', name: 'Secret', rule: 'any-approved-tool', categories: ['classified']},
          ],
        },
        path: 'dataClasses[0].rule',
        message:
          /"Secret" holds classified information and may go into Own Model; .*Set the class's rule to never\./,
      },
    ],
    'exception-waives-hard-rule': [
      {
        input: {
          ...MINIMAL,
          compliance: ['gdpr'],
          tools: [{name: 'Free Bot', agreement: 'none'}],
          dataClasses: [
            {
              id: 'people',
              name: 'Customer e-mail lists',
              rule: 'any-approved-tool',
              categories: ['personal-data'],
            },
          ],
          exceptions: {
            granted: [
              {
                who: 'marketing',
                what: 'Free Bot on customer e-mail lists',
                expires: '2026-12-31',
                approvedBy: 'CISO',
              },
            ],
          },
        },
        path: 'exceptions.granted[0]',
        message:
          /opens "Customer e-mail lists" to Free Bot, but a rule no exception can waive keeps it closed \(GDPR is selected/,
      },
      {
        input: {
          ...MINIMAL,
          dataClasses: [{id: 'keys', name: 'Keys', rule: 'never', categories: ['credentials']}],
          exceptions: {
            granted: [
              {
                who: 'ops',
                what: 'debugging',
                dataClasses: ['keys'],
                expires: '2026-12-31',
                approvedBy: 'CISO',
              },
            ],
          },
        },
        path: 'exceptions.granted[0]',
        message: /opens "Keys" to GitHub Copilot/,
      },
    ],
    'exception-no-approver': [
      {
        input: {...MINIMAL, exceptions: {granted: [{who: 'QA', what: 'test data', expires: '2026-12-31'}]}},
        path: 'exceptions.granted[0]',
        message: /records no approver; exceptions need written approval from security team: add approvedBy/,
      },
    ],
    'exception-expired-before-effective': [
      {
        input: {
          ...MINIMAL,
          exceptions: {granted: [{who: 'QA', what: 'test data', expires: '2026-01-31', approvedBy: 'CISO'}]},
        },
        path: 'exceptions.granted[0].expires',
        message:
          /expired on 2026-01-31, before the policy took effect \(2026-06-15\); it is left off the page/,
      },
    ],
    'credentials-allowed': [
      {
        input: {
          ...MINIMAL,
          dataClasses: [{id: 'keys', name: 'Keys', rule: 'any-approved-tool', categories: ['credentials']}],
        },
        path: 'dataClasses[0].rule',
        message: /credentials and secrets never go into an AI tool, in any policy\. .*out of GitHub Copilot/,
      },
    ],
    'baa-is-not-enterprise': [
      {
        input: {...MINIMAL, tools: [{name: 'Claude', agreement: 'baa'}]},
        path: 'tools[0].agreement',
        message: /Claude has a BAA but no enterprise data agreement.*agreement: \[enterprise, baa\]/,
      },
    ],
    'class-order': [
      {
        input: {
          ...MINIMAL,
          dataClasses: [
            {id: 'secret', name: 'Secret', rule: 'never'},
            {id: 'public', name: 'Public', rule: 'any-approved-tool'},
          ],
        },
        path: 'dataClasses[1]',
        message: /"Public" \(any-approved-tool\) is listed after the stricter "Secret" \(never\)/,
      },
    ],
    'review-in-future': [
      {
        input: {...MINIMAL, review: {lastReviewed: '2026-07-01'}},
        path: 'review.lastReviewed',
        message: /dated 2026-07-01, after today \(2026-06-15\)/,
      },
    ],
    'review-before-effective': [
      {
        input: {...MINIMAL, review: {lastReviewed: '2026-01-10'}},
        path: 'review.lastReviewed',
        message: /The last review \(2026-01-10\) is before the effective date \(2026-06-15\)/,
      },
    ],
    'regime-section-disabled': [
      {
        input: {...MINIMAL, compliance: ['soc2'], sections: {disable: ['budgets', 'soc2']}},
        path: 'sections.disable[1]',
        message: /"soc2" is selected in compliance, but its section is disabled/,
      },
    ],
    'owner-unset': [
      {
        input: {...MINIMAL, compliance: ['iso42001']},
        path: 'owner',
        message: /ISO\/IEC 42001 A\.3\.2 expects AI responsibilities assigned by name or role/,
      },
    ],
    'pci-dss-no-acceptable-uses': [
      {
        input: {...MINIMAL, compliance: ['pci-dss']},
        path: 'useCases.encouraged',
        message: /PCI DSS 12\.2\.1 requires the acceptable-use policy to list the acceptable uses/,
      },
    ],
    'exception-too-long': [
      {
        input: {
          ...MINIMAL,
          exceptions: {granted: [{who: 'QA', what: 'test data in Copilot', expires: '2029-01-01'}]},
        },
        path: 'exceptions.granted[0].expires',
        message: /runs until 2029-01-01, more than a year away/,
      },
    ],
    'exception-too-broad': [
      {
        input: {
          ...MINIMAL,
          exceptions: {granted: [{who: 'QA', what: 'use any AI tool with all data', expires: '2026-12-01'}]},
        },
        path: 'exceptions.granted[0].what',
        message: /has no clear limit/,
      },
    ],
    'soc2-no-confidentiality': [
      {
        input: {...MINIMAL, compliance: ['soc2'], tools: [{name: 'Free Bot', agreement: 'none'}]},
        path: 'tools[0].agreement',
        message: /SOC 2 is selected .* but Free Bot has no agreement/,
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
    'url-names-file': [
      {
        input: {...MINIMAL, tools: [{name: 'Copilot', url: '@site/.env'}]},
        path: 'tools[0].url',
        message: /"@site\/\.env" names a file on the build machine, not a page: it starts with "@"/,
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
    'control-gap': [
      {
        input: {...MINIMAL, compliance: ['iso27001'], sections: {disable: ['incidents-and-exceptions']}},
        path: 'sections.disable',
        message:
          /^ISO\/IEC 27001: nothing in the policy addresses A\.5\.26 \(Response to information security incidents\), A\.5\.36 .*, A\.6\.8 \(Information security event reporting\), because `incidents-and-exceptions` is in `sections.disable`/,
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
        // An exception that would waive a hard rule, or a link that names a file, is refused outright
        // (`check` fails on it); every other contradiction is the owner's call.
        expect(finding!.severity).toBe(
          code === 'exception-waives-hard-rule' || code === 'url-names-file' ? 'error' : 'warning',
        );
        expect(finding!.stale).toBe(false);
      },
    );
  }

  /**
   * Findings about links and hidden characters quote a URL or a code point and explain a browser's behaviour;
   * they are still worded in English in every language (docs/i18n.md says so).
   */
  const STILL_ENGLISH = new Set<string>([
    'url-dropped',
    'url-names-file',
    'url-external',
    'bidi-control-removed',
    'control-gap',
  ]);
  /** Words of the English findings that a French or German one may not keep. */
  const ENGLISH_WORDS = /\b(the|is|are|but|was|policy|tools?|exception|review|allowed|selected|never goes)\b/;

  for (const locale of ['fr', 'de'] as const) {
    const language = {catalog: shippedCatalog(locale), locale};
    for (const [code, cases] of Object.entries(TRIGGERS).filter(([code]) => !STILL_ENGLISH.has(code))) {
      it.each(cases.map((entry, index) => [index, entry] as const))(
        `${code} (case %i) is said in ${locale}, with the same code and path`,
        (_, {input, path}) => {
          const english = lintPolicy(documentOf(input), {today: '2026-06-15'}).find(
            (candidate) => candidate.code === code && candidate.path === path,
          )!;
          const findings = lintPolicy(buildPolicyDocument(configOf(input), language), {
            today: '2026-06-15',
            language,
          });
          const finding = findings.find((candidate) => candidate.code === code && candidate.path === path);
          expect(finding, JSON.stringify(findings, null, 2)).toMatchObject({
            severity: english.severity,
            stale: false,
          });
          expect(finding!.message).not.toBe(english.message);
          // Config keys, ids and the config's own names are quoted as written (`agreement: baa`,
          // `any-approved-tool`, « Patient data »), so strip those first.
          const prose = finding!.message.replace(
            /[\w.-]+: [\w[\], -]+|\b[a-z]+[A-Z.][\w.[\]]*|\b[a-z]+(?:-[a-z]+)+\b|«[^»]*»|„[^“]*“/g,
            ' ',
          );
          expect(prose).not.toMatch(ENGLISH_WORDS);
          // Dates in prose take the language's long form, as every other sentence writes them.
          expect(finding!.message).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        },
      );
    }
  }

  it('finds nothing in a clean config that selects every regime', () => {
    const clean: PolicyConfigInput = {
      ...MINIMAL,
      compliance: [...REGIME_IDS],
      tools: [
        {name: 'Copilot', agreement: 'enterprise'},
        {name: 'Claude', agreement: ['enterprise', 'baa']},
      ],
      owner: 'Security team',
      useCases: {encouraged: ['writing tests']},
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
      configOf({
        ...MINIMAL,
        effectiveDate: '2019-12-01',
        tools: [standardTool],
        review: {cadence: 'monthly', lastReviewed: '2020-01-01'},
      }),
    );
    expect(document.findings.map((finding) => finding.code)).toEqual(['class-unreachable']);
    expect(lintPolicy(document, {today: '2026-06-15'}).map((finding) => finding.code)).toEqual([
      'class-unreachable',
      'review-overdue',
    ]);
  });
});
