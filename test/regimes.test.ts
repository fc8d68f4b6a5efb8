import {describe, expect, it} from 'vitest';
import {type PolicyConfigInput, policyConfigSchema} from '../src/config/schema.js';
import {MESSAGES} from '../src/engine/catalog.generated.js';
import {citationText} from '../src/engine/citations.js';
import {createPolicyContext, type PolicyContext} from '../src/engine/context.js';
import {inlineText, toInlines} from '../src/engine/inline.js';
import {type MessageId, say} from '../src/engine/messages.js';
import {REGIMES} from '../src/engine/regimes/index.js';
import type {RegimeClause} from '../src/engine/regimes/regime.js';
import {buildRegimeSection, clauseSentence} from '../src/engine/sections/regime-section.js';
import type {RegimeId} from '../src/vocabulary/config-values.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';

const BASE: PolicyConfigInput = {
  organization: 'Acme Health',
  effectiveDate: '2026-07-01',
  // Every regime, so the decision table applies every regime's hard rule, as on a page that shows them.
  compliance: [...REGIME_IDS],
  tools: [
    {name: 'Claude Code', vendor: 'Anthropic', agreement: 'baa'},
    {name: 'GitHub Copilot', vendor: 'GitHub', agreement: 'enterprise'},
    {name: 'Free Chatbot', agreement: 'none'},
  ],
  // Spelled out rather than left to the schema default: the default is not parsed, so its first class
  // would lack `categories` (see the report on `src/config/schema.ts`).
  dataClasses: [
    {id: 'public', name: 'Public data and open-source code', rule: 'any-approved-tool', categories: []},
    {
      id: 'internal',
      name: 'Internal code and documentation',
      rule: 'enterprise-agreement-only',
      categories: ['source-code', 'confidential'],
    },
    {
      id: 'restricted',
      name: 'Customer data, PII, credentials and secrets',
      rule: 'never',
      categories: ['customer-data', 'personal-data', 'credentials'],
    },
  ],
};

function contextFor(overrides: Partial<PolicyConfigInput> = {}): PolicyContext {
  return createPolicyContext(policyConfigSchema.parse({...BASE, ...overrides}));
}

function clause(regime: RegimeId, id: string): RegimeClause {
  const found = REGIMES[regime].clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in ${regime}`);
  return found;
}

function sentence(regime: RegimeId, id: string, context: PolicyContext) {
  return clauseSentence(REGIMES[regime], clause(regime, id), context);
}

function text(regime: RegimeId, id: string, context: PolicyContext): string {
  return inlineText(toInlines(sentence(regime, id, context)));
}

function intro(id: RegimeId, context: PolicyContext): string {
  return inlineText(toInlines(say(context, `${id}.intro` as MessageId)));
}

function caveat(id: RegimeId, context: PolicyContext): string {
  return inlineText(toInlines(say(context, `${id}.caveat` as MessageId)));
}

/** Every row of `shared/reference/regime-clauses.md`, by regime. */
const FACT_SHEET_IDS: Record<RegimeId, string[]> = {
  soc2: [
    'soc2.vendor-risk',
    'soc2.access',
    // From the fact sheet's precision notes: usage logs belong to CC7.2, not to the access criteria.
    'soc2.monitoring',
    'soc2.transmission',
    'soc2.change',
    'soc2.confidential',
    'soc2.communicate',
    'soc2.policies',
  ],
  hipaa: [
    'hipaa.baa',
    'hipaa.min-necessary',
    'hipaa.deid',
    'hipaa.risk-analysis',
    'hipaa.sanctions',
    'hipaa.training',
    'hipaa.incidents',
    'hipaa.breach',
    // Added beyond the fact sheet (issue #23), each with what was checked and an honest status.
    'hipaa.breach-media',
    'hipaa.breach-hhs',
    'hipaa.breach-associates',
    'hipaa.documentation',
  ],
  gdpr: [
    'gdpr.processor',
    'gdpr.lawful-basis',
    'gdpr.minimisation',
    'gdpr.notices',
    'gdpr.dpia',
    'gdpr.ropa',
    'gdpr.transfers',
    'gdpr.automated',
    'gdpr.security',
    'gdpr.breach',
    'gdpr.incidents',
    'gdpr.breach-people',
  ],
  iso27001: [
    'iso27001.policy',
    'iso27001.acceptable-use',
    'iso27001.classification',
    'iso27001.transfer',
    'iso27001.suppliers',
    'iso27001.cloud',
    'iso27001.ip',
    'iso27001.pii',
    'iso27001.training',
    'iso27001.discipline',
    'iso27001.dlp',
    'iso27001.sdlc',
  ],
  'pci-dss': [
    'pci.aup',
    // Added beyond the fact sheet (counsel's yearly refresh), from secondary copies: partially verified.
    'pci.training-yearly',
    'pci.aup-training',
    'pci.no-sad',
    'pci.pan',
    'pci.tpsp',
    'pci.code-review',
    'pci.policy-review',
  ],
  'eu-ai-act': [
    'euaiact.literacy',
    'euaiact.prohibited',
    'euaiact.deployer',
    // Art. 26(2), the source of a person taking the decisions the organization reserves (issue #23).
    'euaiact.oversight',
    'euaiact.fria',
    'euaiact.fria-public',
    'euaiact.transparency',
  ],
  iso42001: [
    'iso42001.policy',
    'iso42001.alignment',
    'iso42001.review',
    'iso42001.roles',
    'iso42001.concerns',
    'iso42001.impact',
    'iso42001.use',
    'iso42001.third-party',
  ],
  'nist-ai-rmf': [
    'nist.legal',
    'nist.review',
    'nist.inventory',
    'nist.roles',
    'nist.training',
    'nist.third-party',
    'nist.contingency',
    'nist.incidents',
  ],
};

const PREFIX: Record<RegimeId, string> = {
  soc2: 'soc2.',
  hipaa: 'hipaa.',
  gdpr: 'gdpr.',
  iso27001: 'iso27001.',
  'pci-dss': 'pci.',
  'eu-ai-act': 'euaiact.',
  iso42001: 'iso42001.',
  'nist-ai-rmf': 'nist.',
};

/** Configs that exercise the branches of the config-driven sentences. */
const VARIED_CONTEXTS: Array<[string, PolicyContext]> = [
  ['defaults', contextFor()],
  ['advisory', contextFor({posture: 'advisory'})],
  ['no agreements', contextFor({tools: [{name: 'Free Chatbot', agreement: 'none'}]})],
  [
    'fully configured',
    contextFor({
      owner: 'Head of Platform',
      training: {required: true, before: 'first-use', course: 'AI Safety 101', refresh: 'annually'},
      incidents: {contact: 'security@acme.test', channel: '#sec-incidents'},
      toolReview: {turnaround: 'three days', contact: 'tools@acme.test'},
      review: {cadence: 'annual', lastReviewed: '2026-06-01'},
      useCases: {encouraged: ['writing tests'], prohibited: ['hiring decisions']},
      dataClasses: [
        {id: 'public', name: 'Public', rule: 'any-approved-tool'},
        {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', categories: ['confidential']},
        {id: 'cards', name: 'Card data', rule: 'enterprise-agreement-only', categories: ['cardholder-data']},
        {id: 'patients', name: 'Patient records', rule: 'baa-only', categories: ['phi', 'personal-data']},
        {id: 'health', name: 'Health data', rule: 'never', categories: ['special-category-data']},
      ],
    }),
  ],
];

describe('REGIMES', () => {
  it('has one module per regime, keyed in the order of REGIME_IDS', () => {
    expect(Object.keys(REGIMES)).toEqual([...REGIME_IDS]);
    for (const id of REGIME_IDS) expect(REGIMES[id].id).toBe(id);
  });

  it.each(REGIME_IDS)(
    '%s has at least four clauses with unique, prefixed ids and non-empty citations',
    (id) => {
      const regime = REGIMES[id];
      expect(regime.clauses.length).toBeGreaterThanOrEqual(4);
      const ids = regime.clauses.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of regime.clauses) {
        expect(c.id.startsWith(PREFIX[id])).toBe(true);
        expect(citationText(c.citation, 'en').trim()).not.toBe('');
        expect(c.source.trim()).not.toBe('');
        expect(['verified', 'partially', 'reported']).toContain(c.status);
      }
    },
  );

  it.each(REGIME_IDS)('%s covers every row of the fact sheet, and nothing else', (id) => {
    expect(REGIMES[id].clauses.map((c) => c.id)).toEqual(FACT_SHEET_IDS[id]);
  });

  it('gives each regime a label, a title, an instrument and an https source', () => {
    for (const id of REGIME_IDS) {
      const regime = REGIMES[id];
      expect(buildRegimeSection(regime, contextFor()).title).toMatch(
        new RegExp(
          `^${MESSAGES[`${id}.label`].replace('/', '\\/')} (obligations|criteria|controls|requirements|practices)$`,
        ),
      );
      expect(MESSAGES[`${id}.instrument`]).not.toBe('');
      expect(regime.canonicalUrl).toMatch(/^https:\/\//);
    }
  });

  it('classifies each regime by its nature', () => {
    const natures = Object.fromEntries(REGIME_IDS.map((id) => [id, REGIMES[id].nature]));
    expect(natures).toEqual({
      soc2: 'attestation',
      hipaa: 'law',
      gdpr: 'law',
      iso27001: 'certification',
      'pci-dss': 'standard',
      'eu-ai-act': 'law',
      iso42001: 'certification',
      'nist-ai-rmf': 'framework',
    });
  });
});

describe('cited facts', () => {
  const context = contextFor();
  it.each<[RegimeId, string, string, RegExp]>([
    ['gdpr', 'gdpr.processor', 'Art. 28(1)–(3)', /Art\. 28 data-processing agreement/],
    ['gdpr', 'gdpr.breach', 'Art. 33(1), (2)', /72 hours.*without undue delay/],
    ['gdpr', 'gdpr.lawful-basis', 'Art. 6; Art. 9', /lawful basis.*Art\. 9\(2\)/],
    ['gdpr', 'gdpr.transfers', 'Arts. 44–46', /standard contractual clauses/],
    [
      'hipaa',
      'hipaa.baa',
      '§164.502(e); §164.504(e); §164.308(b)(1), (b)(3); §164.314(a)',
      /business associate agreement/,
    ],
    ['hipaa', 'hipaa.breach', '§164.404(b)', /60 calendar days/],
    [
      'hipaa',
      'hipaa.breach-associates',
      '§164.410',
      /as our subcontractor, must notify Acme Health within the same limits/,
    ],
    ['hipaa', 'hipaa.documentation', '§164.316(b)(2)', /kept six years/],
    [
      'hipaa',
      'hipaa.breach-hhs',
      '§164.408',
      /as a business associate, must notify the covered entity .*The covered entity then notifies the people affected, HHS/,
    ],
    [
      'hipaa',
      'hipaa.breach-media',
      '§164.406',
      /HHS and, above 500 residents of a State or jurisdiction, the media/,
    ],
    [
      'hipaa',
      'hipaa.min-necessary',
      '§164.502(b); §164.514(d)',
      /only the minimum PHI necessary, with no exception for a business associate/,
    ],
    [
      'gdpr',
      'gdpr.dpia',
      'Art. 35(1), (3)',
      /likely to result in a high risk to people’s rights and freedoms/,
    ],
    [
      'gdpr',
      'gdpr.notices',
      'Art. 13(1)(e); Art. 14(1)(e)',
      /its vendors or their categories named in processing records and privacy notices/,
    ],
    ['gdpr', 'gdpr.ropa', 'Art. 30', /named in processing records/],
    [
      'gdpr',
      'gdpr.breach-people',
      'Art. 34(1)',
      /If a high risk to them is likely, it must also tell the people affected without undue delay\./,
    ],
    ['iso42001', 'iso42001.impact', '6.1.4; A.5', /must first have a documented AI system impact assessment/],
    ['hipaa', 'hipaa.deid', '§164.514(a), (b)', /Safe Harbor/],
    ['pci-dss', 'pci.no-sad', '3.3.1', /Sensitive authentication data.*even encrypted/],
    ['pci-dss', 'pci.pan', '3.4.1; 3.5.1', /BIN and last four digits/],
    ['pci-dss', 'pci.policy-review', '12.1.2', /must be .*reviewed every quarter/],
    ['iso27001', 'iso27001.cloud', 'A.5.23', /retention settings and an exit plan/],
    ['iso27001', 'iso27001.policy', 'A.5.1', /ISMS document set/],
    ['soc2', 'soc2.vendor-risk', 'CC9.2', /security review before first use\. It covers the vendor’s risks/],
    ['soc2', 'soc2.access', 'CC6.1; CC6.2; CC6.3', /granted per role and removed on exit/],
    ['eu-ai-act', 'euaiact.literacy', 'Art. 4', /The training must give each role sufficient AI literacy\./],
    [
      'eu-ai-act',
      'euaiact.prohibited',
      'Art. 5(1)',
      /practices the EU AI Act bans: emotion inference at work or in education \(except for medical or safety reasons\)/,
    ],
    [
      'eu-ai-act',
      'euaiact.deployer',
      'Art. 26(1), (2), (5), (6), (7), (11); Art. 3(4)',
      /^A high-risk AI system.*at least six months/,
    ],
    // Art. 26 and Art. 50 are stated without a date: the policy applies them now (the dates are in `checked`).
    ['eu-ai-act', 'euaiact.transparency', 'Art. 50(3), (4)', /^Deepfakes must be labelled/],
    ['iso42001', 'iso42001.policy', '5.2; A.2.2', /Top management must approve this policy/],
    ['nist-ai-rmf', 'nist.inventory', 'GOVERN 1.6; GV-1.6-001', /AI system inventory/],
  ])('%s %s cites %s and says %s', (regime, id, citation, pattern) => {
    expect(citationText(clause(regime, id).citation, 'en')).toBe(citation);
    expect(text(regime, id, context)).toMatch(pattern);
  });

  it('prefixes ISO 27001 Annex A controls with "A."', () => {
    for (const c of REGIMES.iso27001.clauses) {
      for (const part of citationText(c.citation, 'en').split('; ')) expect(part).toMatch(/^A\.\d+\.\d+$/);
    }
  });

  it('marks only the rows the fact sheet does not fully verify', () => {
    const notVerified = REGIME_IDS.flatMap((id) => REGIMES[id].clauses)
      .filter((c) => c.status !== 'verified')
      .map((c) => `${c.id}:${c.status}`);
    expect(notVerified).toEqual([
      'soc2.monitoring:partially',
      'hipaa.min-necessary:partially',
      'hipaa.sanctions:partially',
      'hipaa.breach-media:partially',
      'hipaa.breach-hhs:partially',
      'hipaa.breach-associates:partially',
      'gdpr.notices:reported',
      'gdpr.breach-people:reported',
      'pci.training-yearly:partially',
      'euaiact.prohibited:partially',
      'euaiact.fria:reported',
      'euaiact.fria-public:reported',
      'iso42001.impact:reported',
    ]);
    // Each clause that is not fully verified carries a note for counsel, kept off the page.
    for (const id of REGIME_IDS)
      for (const c of REGIMES[id].clauses)
        if (c.status !== 'verified' && c.id !== 'soc2.monitoring' && c.id !== 'hipaa.min-necessary')
          expect(c.caveat, c.id).toBeDefined();
  });
});

describe('posture', () => {
  const mandatory = contextFor({posture: 'mandatory'});
  const advisory = contextFor({posture: 'advisory'});

  it('renders a voluntary framework’s practice in the policy’s voice', () => {
    const binding = text('nist-ai-rmf', 'nist.legal', mandatory);
    const guiding = text('nist-ai-rmf', 'nist.legal', advisory);
    expect(binding).toMatch(/\bmust\b/);
    expect(guiding).toMatch(/\bshould\b/);
    expect(guiding).not.toMatch(/\bmust\b/);
  });

  it('states every duty of law and audit criteria with "must", whatever the voice it is given', () => {
    for (const id of REGIME_IDS.filter((regime) => REGIMES[regime].nature !== 'framework')) {
      for (const c of REGIMES[id].clauses) {
        expect(inlineText(toInlines(sentence(id, c.id, mandatory))), c.id).toMatch(/\bmust\b/);
        expect(inlineText(toInlines(sentence(id, c.id, advisory))), c.id).toMatch(/\bmust\b/);
        // Where a sentence adds our own rule ("Our own rule: …", GDPR Art. 32's settings), that sentence alone takes
        // the posture's voice; the law's part of it stays binding.
        const lawPart = inlineText(toInlines(sentence(id, c.id, advisory))).replace(
          /Our own rule: [^.]*\./g,
          '',
        );
        expect(lawPart, c.id).toMatch(/\bmust\b/);
        expect(lawPart, c.id).not.toMatch(/\bshould\b/);
      }
    }
  });

  it('states every framework practice with a modal verb from the posture', () => {
    // With NIST AI RMF alone, no binding source backs its shared duties: they keep the posture's voice.
    const mandatory = contextFor({posture: 'mandatory', compliance: ['nist-ai-rmf']});
    const advisory = contextFor({posture: 'advisory', compliance: ['nist-ai-rmf']});
    for (const c of REGIMES['nist-ai-rmf'].clauses) {
      expect(inlineText(toInlines(sentence('nist-ai-rmf', c.id, mandatory))), c.id).toMatch(/\bmust\b/);
      expect(inlineText(toInlines(sentence('nist-ai-rmf', c.id, advisory))), c.id).toMatch(/\bshould\b/);
      expect(inlineText(toInlines(sentence('nist-ai-rmf', c.id, advisory))), c.id).not.toMatch(/\bmust\b/);
    }
  });
});

describe('config-driven sentences', () => {
  const PHI_CLASS = {id: 'phi', name: 'Patient data', rule: 'enterprise-agreement-only', categories: ['phi']};

  it('states the HIPAA BAA rule once and leaves which tools take PHI to the matrix', () => {
    const context = contextFor({
      tools: [
        {name: 'Claude Code', agreement: ['enterprise', 'baa']},
        {name: 'GitHub Copilot', agreement: 'enterprise'},
      ],
      dataClasses: [PHI_CLASS] as PolicyConfigInput['dataClasses'],
    });
    const inlines = toInlines(sentence('hipaa', 'hipaa.baa', context));
    // The matrix decides which tools take PHI; the clause states the law once, without a second framing.
    expect(inlineText(inlines)).toBe(
      'PHI must go only into AI tools under a business associate agreement (BAA).',
    );
    expect(inlineText(inlines)).not.toMatch(/matrix|Claude Code|GitHub Copilot/);
  });

  it('keeps PHI out of every AI tool when no tool has a BAA', () => {
    const context = contextFor({
      tools: [{name: 'GitHub Copilot', agreement: 'enterprise'}],
      dataClasses: [PHI_CLASS] as PolicyConfigInput['dataClasses'],
    });
    expect(text('hipaa', 'hipaa.baa', context)).toBe(
      'PHI (Patient data) must not go into any AI tool; HIPAA would allow only AI vendors under a business associate agreement (BAA).',
    );
  });

  it('keeps PHI out of BAA tools too when the PHI class is never allowed', () => {
    const context = contextFor({
      dataClasses: [{id: 'phi', name: 'Patient data', rule: 'never', categories: ['phi']}],
    });
    const flat = text('hipaa', 'hipaa.baa', context);
    expect(flat).toMatch(/^PHI \(Patient data\) must not go into any AI tool/);
    expect(flat).not.toContain('Claude Code');
    // Nothing can reach a tool, so no sentence speaks of PHI inside a BAA tool.
    expect(clause('hipaa', 'hipaa.min-necessary').appliesTo!(context)).toBe(false);
  });

  it('says in the GDPR processor clause that a vendor needs Art. 28 terms, and leaves the tools to the matrix', () => {
    const people: NonNullable<PolicyConfigInput['dataClasses']>[number] = {
      id: 'people',
      name: 'People data',
      rule: 'any-approved-tool',
      categories: ['personal-data'],
    };
    const flat = text('gdpr', 'gdpr.processor', contextFor({dataClasses: [people]}));
    expect(flat).toBe('Personal data must go only to AI vendors under Art. 28 processor terms.');
    // With the default classes no personal data may reach any tool: the sentence says so once.
    expect(text('gdpr', 'gdpr.processor', contextFor())).toContain(
      'Personal data (Customer data, PII, credentials and secrets) must not go into any AI tool: our own rule, stricter than the GDPR',
    );
    expect(flat).not.toContain('BAA');
  });

  it('makes a healthcare organization the covered entity that notifies, and its AI vendors the business associates', () => {
    const flat = text('hipaa', 'hipaa.breach', contextFor({industry: 'healthcare'}));
    expect(flat).toMatch(/^After a breach of unsecured PHI, Acme Health must notify each person affected/);
    expect(flat).toContain(
      'It must notify HHS at the same time if 500 or more are affected, otherwise within 60 days of year-end.',
    );
    expect(flat).toContain(
      'Above 500 affected residents of a State or jurisdiction, it must also notify prominent media there.',
    );
    // A vendor without a BAA is no business associate: only those under one notify the hospital.
    expect(flat).toContain(
      // §164.410(b): a business associate's own 60 days from its discovery, not the HHS year-end limit before it.
      'Each AI vendor under a BAA, as our business associate, must notify Acme Health without unreasonable delay, within 60 days of discovery.',
    );
    expect(flat).not.toContain('the covered entity');
  });

  it('says that cardholder data never reaches an AI tool, whatever the class rule', () => {
    expect(text('pci-dss', 'pci.pan', contextFor())).toMatch(
      /^Cardholder data never goes into an AI tool \(our rule\)\. Where a PAN appears anyway, AI logs included, it must show at most the BIN and last four digits/,
    );
    const open = contextFor({
      dataClasses: [
        {id: 'cards', name: 'Card data', rule: 'enterprise-agreement-only', categories: ['cardholder-data']},
      ],
    });
    expect(text('pci-dss', 'pci.pan', open)).toMatch(
      /^Cardholder data \(Card data\) never goes into an AI tool \(our rule\)\./,
    );
    expect(text('pci-dss', 'pci.tpsp', open)).not.toContain('Claude Code');
  });

  it('refers to the policy’s training instead of repeating it, and quotes the incident contact', () => {
    const context = contextFor({
      training: {required: true, before: 'access', course: 'AI Safety 101', refresh: 'annually'},
      incidents: {contact: 'security@acme.test'},
    });
    // One training duty carries what every regime adds: HIPAA's whole workforce, the EU AI Act's literacy.
    expect(text('hipaa', 'hipaa.training', context)).toBe(text('eu-ai-act', 'euaiact.literacy', context));
    expect(text('hipaa', 'hipaa.training', context)).toMatch(
      /^Everyone covered, managers included, must complete AI Safety 101, as part of security awareness training\. The training must give each role sufficient AI literacy\./,
    );
    // Reporting at once is said once, under Incidents; the GDPR clause states the notification duties.
    // Documenting the breach is said once too, under Incidents: the GDPR clause starts with the notices.
    expect(text('gdpr', 'gdpr.breach', context)).toMatch(
      /^As controller, Acme Health must notify the supervisory authority/,
    );
    // Training the config does not require is still required by the regimes: the duty says so.
    expect(text('eu-ai-act', 'euaiact.literacy', contextFor())).toMatch(
      /must complete training that covers this policy/,
    );
  });

  it('words SOC 2 C1.1 as a rule for the reader, not as the drafter’s condition on the audit’s scope', () => {
    // Whether the report covers the Confidentiality category is the drafter's question; the reader gets the rule.
    expect(text('soc2', 'soc2.confidential', contextFor())).toMatch(
      /^Confidential data must follow the matrix\.$/,
    );
  });

  it.each(VARIED_CONTEXTS)('renders every clause, intro and caveat as clean prose (%s)', (_name, context) => {
    for (const id of REGIME_IDS) {
      const regime = REGIMES[id];
      const pieces = [
        intro(id, context),
        ...regime.clauses.map((c) => inlineText(toInlines(sentence(id, c.id, context)))),
        ...regime.clauses.flatMap((c) => (c.caveat ? [inlineText(toInlines(say(context, c.caveat)))] : [])),
      ];
      for (const piece of pieces) {
        expect(piece.trim()).not.toBe('');
        expect(piece).toMatch(/[.)]$/);
        expect(piece).not.toMatch(/undefined|null|\[object| {2}|\s[,.;]|,,|\.\./);
      }
    }
  });
});

describe('caveats and intros', () => {
  const context = contextFor();

  it('labels the EU AI Act Omnibus changes as reported and points to the Official Journal', () => {
    const all = caveat('eu-ai-act', context);
    expect(all).toMatch(/^Reported, not verified/);
    expect(all).toContain('Official Journal');
    expect(all).toContain('2 December 2027');
    expect(all).toContain('2 August 2028');
    expect(all).toContain('29 June 2026');
    expect(all).toContain('Art. 50(2)');
  });

  it.each<[RegimeId, RegExp]>([
    ['soc2', /attestation, not law/],
    ['iso27001', /^Certification criteria/],
    ['iso42001', /^Certification criteria, not law/],
    ['nist-ai-rmf', /^Voluntary guidance/],
    ['pci-dss', /binding by contract/],
  ])('%s says in a few words what kind of source it is, and not law', (id, nature) => {
    const text = intro(id, context);
    expect(text).toMatch(nature);
    expect(text.replace('not law', '')).not.toMatch(/\blaw\b/);
    // ISO/IEC 27001's names the Statement of Applicability in full, as counsel asked: ten words at most.
    expect(text.split(' ').length).toBeLessThanOrEqual(id === 'iso27001' ? 10 : 6);
  });

  it.each<RegimeId>(['hipaa', 'gdpr', 'eu-ai-act'])('%s says in a few words that it is law', (id) => {
    const text = intro(id, context);
    expect(text).toMatch(/\blaw\b/);
    // The organization's name counts as one word.
    expect(text.replace('Acme Health', 'Acme').split(' ').length).toBeLessThanOrEqual(6);
  });
});
