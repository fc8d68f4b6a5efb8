/**
 * The content files (`messages/en/*.yml`): every message is valid ICU, every slot a message names is one
 * the engine fills, every message is used by some policy, and each renders in both postures.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {
  isArgumentElement,
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {type PolicyConfigInput, policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {MESSAGES} from '../src/engine/catalog.generated.js';
import type {MessageCatalog, MessageId} from '../src/engine/messages.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';
import {INDUSTRY_IDS, POSTURES, REGIME_IDS} from '../src/vocabulary/config-values.js';
import {configOf, documentOf, MINIMAL, markdownOf, parseMarkdown, textOf} from './support/policy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The policy's own sentences; the interface's (diff, history, CLI, its usage text, export) and the lint findings' words are covered by their own test. */
const INTERFACE_NAMESPACES = ['cli', 'config', 'diff', 'export', 'history', 'lint', 'reviewer', 'usage'];
const POLICY_MESSAGE_IDS = (Object.keys(MESSAGES) as MessageId[]).filter(
  (id) => !INTERFACE_NAMESPACES.includes(id.slice(0, id.indexOf('.'))),
);

/** The argument names a message uses, through every select and plural branch. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (isArgumentElement(element)) names.add(element.value);
    if (isSelectElement(element) || isPluralElement(element)) {
      names.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    }
  }
  return names;
}

/** Configs that between them take every branch a message can be chosen on. */
const VARIANTS: PolicyConfigInput[] = [
  MINIMAL,
  {
    ...MINIMAL,
    owner: 'Security team',
    compliance: [...REGIME_IDS],
    tools: [
      {name: 'Claude', vendor: 'Anthropic', agreement: ['enterprise', 'baa'], conditions: 'SSO only.'},
      {name: 'Free Bot', agreement: 'none'},
    ],
    prohibitedTools: [{name: 'DeepSeek', reason: 'data residency'}],
    unlistedTools: {maxDataClass: 'public'},
    useCases: {encouraged: ['tests'], prohibited: ['hiring']},
    training: {required: true, before: 'first-use', course: 'AI 101', refresh: 'annually'},
    disclosure: {commitTrailer: 'Assisted-by: <tool>', pullRequests: true},
    toolReview: {contact: 'the AI council'},
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {
        id: 'phi',
        name: 'Patient data',
        rule: 'baa-only',
        categories: ['phi', 'personal-data', 'confidential'],
      },
      {id: 'cards', name: 'Card data', rule: 'never', categories: ['cardholder-data']},
    ],
    budgets: {tooling: 'the gateway'},
    exceptions: {granted: [{who: 'QA', what: 'test data', expires: '2026-12-31'}]},
    incidents: {contact: 'security@acme.example'},
    sections: {custom: [{id: 'extra', title: 'Extra', body: 'Text.'}]},
  },
  {
    ...MINIMAL,
    compliance: ['hipaa', 'gdpr', 'eu-ai-act', 'nist-ai-rmf'],
    training: {required: false},
    dataClasses: [{id: 'public', name: 'Public', rule: 'any-approved-tool'}],
  },
  // A defense contractor's controlled classes bring their own law (src/engine/sector-clauses.ts).
  {
    ...MINIMAL,
    tools: [{name: 'Northgate Assistant', agreement: 'self-hosted'}],
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'cui', name: 'CUI', rule: 'never', categories: ['cui', 'export-controlled']},
      {id: 'classified', name: 'Classified', rule: 'never', categories: ['classified']},
    ],
    incidents: {contact: 'soc@northgate.example'},
  },
  // Every hard rule tightens a class, and a tool limit refuses one.
  {
    ...MINIMAL,
    compliance: ['hipaa', 'gdpr', 'pci-dss'],
    tools: [
      {name: 'Copilot', agreement: 'enterprise'},
      {name: 'Limited', agreement: 'enterprise', maxDataClass: 'people'},
      {name: 'Helper', agreement: 'standard'},
    ],
    training: {required: true},
    review: {cadence: 'monthly', lastReviewed: '2026-06-15'},
    dataClasses: [
      {id: 'people', name: 'People', rule: 'any-approved-tool', categories: ['personal-data']},
      {id: 'phi', name: 'PHI', rule: 'enterprise-agreement-only', categories: ['phi']},
      {id: 'cards', name: 'Cards', rule: 'enterprise-agreement-only', categories: ['cardholder-data']},
      {id: 'keys', name: 'Keys', rule: 'any-approved-tool', categories: ['credentials']},
    ],
  },
  // Personal data and PHI that no AI tool may receive: each said once, without the duties that assume it.
  {
    ...MINIMAL,
    compliance: ['hipaa', 'gdpr'],
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'people', name: 'People', rule: 'never', categories: ['personal-data', 'phi']},
    ],
  },
  // Enforcement: every client target excludes a class, but Claude Code's, which has nothing to exclude; a
  // gateway serves the approved tools' models; a tool without a client and a trailer without a key.
  {
    ...MINIMAL,
    tools: [
      {name: 'Cursor', agreement: 'standard', client: 'cursor'},
      {name: 'Gemini', agreement: 'standard', client: 'gemini-code-assist'},
      {name: 'JetBrains AI', agreement: 'standard', client: 'jetbrains-ai'},
      {name: 'Windsurf', agreement: 'standard', client: 'windsurf'},
      {name: 'Copilot', agreement: 'standard', client: 'github-copilot', models: ['gpt-4o']},
      {name: 'Claude Code', agreement: 'enterprise', client: 'claude-code'},
      {name: 'Cline', agreement: 'standard', client: 'cline'},
      {name: 'Aider', agreement: 'standard', client: 'aider'},
      {name: 'Plain Bot', agreement: 'standard'},
    ],
    prohibitedTools: ['DeepSeek', 'JetBrains AI Assistant'],
    disclosure: {commitTrailer: 'AI-assisted with <tool>'},
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', paths: ['secret/**']},
      {id: 'hr', name: 'HR', rule: 'never'},
    ],
  },
  {
    ...MINIMAL,
    tools: [{name: 'Claude Code', agreement: 'standard', client: 'claude-code'}],
    dataClasses: [
      {id: 'public', name: 'Public', rule: 'any-approved-tool'},
      {id: 'internal', name: 'Internal', rule: 'enterprise-agreement-only', paths: ['secret/**']},
    ],
  },
  {...MINIMAL, review: {cadence: 'semiannual', lastReviewed: '2026-06-15'}},
  {...MINIMAL, dataClasses: [{id: 'health', name: 'Health notes', rule: 'baa-only'}]},
  // A self-hosted model: it meets every agreement rule, and the class table says so.
  {
    ...MINIMAL,
    compliance: ['hipaa'],
    tools: [{name: 'Local Llama', agreement: 'self-hosted'}],
    dataClasses: [{id: 'phi', name: 'PHI', rule: 'baa-only', categories: ['phi']}],
  },
  {...MINIMAL, review: {cadence: 'annual'}},
  // No section says the policy-review duty: the header then says the cadence.
  {...MINIMAL, sections: {disable: ['incidents-and-exceptions']}},
];

/**
 * The English catalog as the engine is given it, recording each message the engine reads. Each message also
 * asks for every slot it names anywhere (an empty `select` per slot, appended): formatting then fails where
 * the engine leaves out a slot the message names, even in a branch this config does not take.
 */
function recordingEnglish(used: Set<string>): MessageCatalog {
  const strict = Object.fromEntries(
    Object.entries(MESSAGES).map(([id, text]) => [
      id,
      `${text}${[...argumentsOf(parse(text, {ignoreTag: true}))].map((name) => `{${name}, select, other {}}`).join('')}`,
    ]),
  );
  return recording(strict, used);
}

/** A catalog that notes each message id read from it, whether it has a text for it or not. */
function recording(catalog: MessageCatalog, used: Set<string>): MessageCatalog {
  return new Proxy(catalog, {
    get(target, id, receiver) {
      if (typeof id === 'string') used.add(id);
      return Reflect.get(target, id, receiver);
    },
  });
}

describe('the English message catalog', () => {
  const used = new Set<string>();
  const failures: string[] = [];
  beforeAll(() => {
    const english = {catalog: recordingEnglish(used), locale: 'en'};
    const attempt = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        failures.push((error as Error).message);
      }
    };
    for (const variant of VARIANTS)
      for (const posture of POSTURES)
        for (const industry of INDUSTRY_IDS)
          attempt(() => {
            const document = buildPolicyDocument(configOf({...variant, posture, industry}), english);
            renderPolicyMarkdown(document);
            // The crosswalk section is worded when it is first read.
            return document.controlsSection;
          });
    // The config's defaults are words only where they are translated: the English ones are the defaults.
    const french = {catalog: recording(shippedCatalog('fr'), used), locale: 'fr'};
    for (const variant of VARIANTS)
      attempt(() => buildPolicyDocument(policyConfigSchema.parse(variant), french));
    // A valid file cannot approve and prohibit one tool; the engine still words that cell.
    attempt(() =>
      buildPolicyDocument(
        policyConfigSchema.parse({...MINIMAL, prohibitedTools: ['GitHub Copilot']}),
        english,
      ),
    );
    // A policy built on a baseline (`extends`) names it in the header and marks what it set.
    attempt(() =>
      buildPolicyDocument(policyConfigSchema.parse(MINIMAL), english, {
        baselines: [{name: '@acme/ai-policy', version: '1.0.0', hash: '0123456789ab'}],
        tools: ['@acme/ai-policy'],
        dataClasses: ['@acme/ai-policy', null, null],
      }),
    );
  });

  it('holds one file per section and per regime, each a flat mapping of messages', () => {
    const files = readdirSync(path.join(ROOT, 'messages', 'en')).sort();
    expect(files).toEqual(
      [
        'approved-tools',
        'budgets',
        // What the command line says at the terminal (test/interface-messages.test.ts covers it).
        'cli',
        'code-review',
        'common',
        // The organization rules' one-sentence statements, for the control crosswalk and OSCAL.
        'controls',
        'data-classification',
        // The sentences of `ai-policy diff`, the history page and the builder (test/interface-messages.test.ts).
        'diff',
        'enforcement',
        // The prose of the files written for coding agents (test/interface-messages.test.ts).
        'export',
        'history',
        'incidents-and-exceptions',
        // The words of the lint findings (test/check-locale.test.ts).
        'lint',
        'purpose-and-scope',
        // The frame of counsel's notes, `render --reviewer` (test/cli.test.ts).
        'reviewer',
        // The command line's usage text and usage errors (test/cli.test.ts).
        'usage',
        // The config validation errors the command line says in its --locale (test/config-locales.test.ts).
        'config',
        ...REGIME_IDS,
      ]
        .map((name) => `${name}.yml`)
        .sort(),
    );
    for (const file of files) {
      const content = parseYaml(readFileSync(path.join(ROOT, 'messages', 'en', file), 'utf8'));
      for (const value of Object.values(content)) expect(typeof value).toBe('string');
    }
  });

  it('uses every message in some policy', () => {
    const unused = POLICY_MESSAGE_IDS.filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('names only slots the engine fills, in every call and every branch', () => {
    expect(failures).toEqual([]);
  });

  it('lets an editor change a sentence in the YAML file and nothing else', () => {
    // What docs/policy.md promises: the HIPAA minimum-necessary sentence is this entry of messages/en/hipaa.yml.
    const source = parseYaml(readFileSync(path.join(ROOT, 'messages', 'en', 'hipaa.yml'), 'utf8'));
    const input = {
      ...MINIMAL,
      compliance: ['hipaa'],
      tools: [{name: 'Claude', agreement: ['enterprise', 'baa']}],
      dataClasses: [{id: 'phi', name: 'PHI', rule: 'baa-only', categories: ['phi']}],
    };
    const hipaa = documentOf(input).sections.find((section) => section.id === 'hipaa')!;
    expect(textOf(parseMarkdown(markdownOf(input)))).toContain(source['min-necessary']);
    expect(hipaa).toBeDefined();
    expect(MESSAGES['hipaa.min-necessary' satisfies MessageId]).toBe(source['min-necessary']);
  });
});
