/**
 * The interface's words (`messages/<locale>/diff.yml`, `history.yml`, `cli.yml`): the sentences of
 * `ai-policy diff`, the history page and the builder's changes, and what the CLI says at the terminal.
 * French and German have every one of them; a change is said in the reader's language with its reasons in
 * words, never as a code; `--locale` picks the language of `render`, `check` and `diff`, and refuses an
 * unknown one with the nearest choice.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createDraftEvaluator, draftChangesMarkdown} from '../src/builder/draft.js';
import {policyConfigSchema} from '../src/config/schema.js';
import {agreementLabel, describeChange, reasonLabel} from '../src/diff/describe.js';
import {renderDiffMarkdown} from '../src/diff/markdown.js';
import type {PolicyChange} from '../src/diff/model.js';
import {MESSAGES} from '../src/engine/catalog.generated.js';
import type {PolicyLanguage} from '../src/engine/context.js';
import {inlineText} from '../src/engine/inline.js';
import {DECISION_REASON_EXPLANATIONS, HARD_RULE_EXPLANATIONS} from '../src/engine/labels.js';
import {ENGLISH, type MessageId} from '../src/engine/messages.js';
import type {PolicyHistory} from '../src/history/model.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {builderLabels} from '../src/plugin/builder-route.js';
import {historyContent} from '../src/plugin/history-route.js';
import {AGREEMENTS, DATA_CATEGORIES, REVIEW_CADENCES} from '../src/vocabulary/config-values.js';
import {runCliCaptured} from './support/cli.js';

const INTERFACE = ['cli', 'diff', 'export', 'history', 'lint', 'reviewer', 'usage'];
const interfaceIds = (Object.keys(MESSAGES) as MessageId[]).filter((id) =>
  INTERFACE.includes(id.slice(0, id.indexOf('.'))),
);
const LANGUAGES: Record<'fr' | 'de', PolicyLanguage> = {
  fr: {catalog: shippedCatalog('fr'), locale: 'fr'},
  de: {catalog: shippedCatalog('de'), locale: 'de'},
};
const ENGLISH_WORDS: PolicyLanguage = {catalog: MESSAGES, locale: 'en'};

/** Every change the diff knows, taking every branch a sentence has. */
const ref = (id: string, name: string) => ({id, name});
const CHANGES: PolicyChange[] = [
  {
    code: 'policy-created',
    organization: 'Acme Corp',
    tools: ['Claude'],
    dataClasses: [ref('public', 'Public')],
    regimes: ['GDPR'],
    posture: 'Mandatory',
  },
  {
    code: 'policy-created',
    organization: 'Acme Corp',
    tools: ['Claude', 'Copilot'],
    dataClasses: [],
    regimes: [],
    posture: 'Advisory',
  },
  {code: 'policy-deleted', organization: 'Acme Corp'},
  {
    code: 'decision-flipped',
    tool: 'Claude',
    dataClass: ref('people', 'People'),
    allowed: true,
    reason: 'allowed',
    previousReason: 'gdpr-needs-dpa',
  },
  {
    code: 'decision-flipped',
    tool: 'Claude',
    dataClass: ref('phi', 'PHI'),
    allowed: false,
    reason: 'hipaa-needs-baa',
    previousReason: 'allowed',
  },
  {code: 'tool-added', tool: 'Cursor', agreement: ['standard'], maxDataClass: null, receives: []},
  {
    code: 'tool-added',
    tool: 'Cursor',
    agreement: ['baa', 'enterprise'],
    maxDataClass: ref('internal', 'Internal'),
    receives: [ref('public', 'Public'), ref('internal', 'Internal')],
  },
  {code: 'tool-removed', tool: 'Cursor'},
  {code: 'tool-renamed', from: 'Claude', to: 'Claude Code'},
  {code: 'tool-agreement-changed', tool: 'Claude', from: ['standard'], to: ['self-hosted']},
  {code: 'tool-ceiling-changed', tool: 'Claude', from: ref('a', 'A'), to: null, direction: 'raised'},
  {code: 'tool-ceiling-changed', tool: 'Claude', from: null, to: ref('b', 'B'), direction: 'lowered'},
  {code: 'tool-ceiling-changed', tool: 'Claude', from: ref('a', 'A'), to: ref('b', 'B'), direction: 'raised'},
  {code: 'tool-prohibited', tool: 'DeepSeek', reason: null},
  {code: 'tool-prohibited', tool: 'DeepSeek', reason: 'Data residency.'},
  // A reason from the config without its own period: the sentence still ends with one.
  {code: 'tool-prohibited', tool: 'DeepSeek', reason: 'No data processing agreement'},
  {code: 'tool-unprohibited', tool: 'DeepSeek'},
  {code: 'unlisted-ceiling-changed', from: null, to: ref('public', 'Public')},
  {code: 'unlisted-ceiling-changed', from: ref('public', 'Public'), to: null},
  {code: 'class-added', dataClass: ref('hr', 'HR'), rule: 'never', receivers: []},
  {code: 'class-added', dataClass: ref('hr', 'HR'), rule: 'baa-only', receivers: ['Claude']},
  {code: 'class-removed', dataClass: ref('hr', 'HR')},
  {
    code: 'class-rule-changed',
    dataClass: ref('hr', 'HR'),
    from: 'any-approved-tool',
    to: 'enterprise-agreement-only',
  },
  {code: 'class-renamed', id: 'hr', from: 'HR', to: 'People'},
  {code: 'class-categories-changed', dataClass: ref('hr', 'HR'), added: ['phi'], removed: ['credentials']},
  {code: 'classes-reordered', from: ['a', 'b'], to: ['b', 'a']},
  {code: 'regime-added', id: 'gdpr', label: 'GDPR'},
  {code: 'regime-removed', id: 'hipaa', label: 'HIPAA'},
  {code: 'posture-changed', from: 'Mandatory', to: 'Advisory'},
  {code: 'industry-changed', from: 'Software / SaaS', to: 'Healthcare'},
  {code: 'effective-date-changed', from: '2026-06-15', to: '2026-09-01'},
  {code: 'reviewed', from: null, to: '2026-09-01'},
  {code: 'reviewed', from: '2026-06-01', to: '2026-09-01'},
  {code: 'reviewed', from: '2026-06-01', to: null},
  {code: 'review-cadence-changed', from: 'quarterly', to: 'annual'},
  {code: 'exception-granted', who: 'QA', what: 'Cursor on tests', expires: '2026-12-31', approvedBy: null},
  {code: 'exception-granted', who: 'QA', what: 'Cursor on tests', expires: '2026-12-31', approvedBy: 'CISO'},
  {code: 'exception-removed', who: 'QA', what: 'Cursor', expires: '2026-03-31', expired: true},
  {code: 'exception-removed', who: 'QA', what: 'Cursor', expires: '2026-12-31', expired: false},
  {code: 'exception-removed', who: 'QA', what: 'Cursor', expires: '2026-12-31', expired: null},
  {code: 'exception-expiry-changed', who: 'QA', what: 'Cursor', from: '2026-03-31', to: '2026-09-30'},
  {code: 'exception-expiry-changed', who: 'QA', what: 'Cursor', from: '2026-09-30', to: '2026-06-30'},
  {code: 'section-added', id: 'extra', title: 'Extra'},
  {code: 'section-removed', id: 'budgets', title: 'Budgets and cost accountability'},
  {code: 'section-enabled', id: 'budgets', title: 'Budgets and cost accountability'},
  {code: 'section-disabled', id: 'budgets', title: 'Budgets and cost accountability'},
  {code: 'section-renamed', id: 'code-review', from: 'Code review', to: 'Reviewing AI code'},
  {code: 'section-text-changed', id: 'extra', title: 'Extra'},
  {code: 'sections-reordered', from: ['a', 'b'], to: ['b', 'a']},
  {code: 'use-case-added', kind: 'encouraged', text: 'Writing tests'},
  {code: 'use-case-added', kind: 'prohibited', text: 'Hiring decisions'},
  {code: 'use-case-removed', kind: 'encouraged', text: 'Writing tests'},
  {code: 'use-case-removed', kind: 'prohibited', text: 'Hiring decisions'},
  {code: 'setting-changed', path: 'owner', subject: null, key: 'owner', from: null, to: 'CISO'},
  {code: 'setting-changed', path: 'training.required', subject: null, key: 'required', from: true, to: false},
  {
    code: 'setting-changed',
    path: 'tools[Claude].url',
    subject: 'Claude',
    key: 'url',
    from: 'https://a.example',
    to: null,
  },
  {
    code: 'setting-changed',
    path: 'incidents.channel',
    subject: null,
    key: 'channel',
    from: 'x',
    to: 'y'.repeat(200),
  },
  {
    code: 'setting-changed',
    path: 'tools[Claude].examples',
    subject: 'Claude',
    key: 'examples',
    from: [],
    to: ['a'],
  },
  {code: 'some-future-change'} as unknown as PolicyChange,
];

/** French sets a narrow no-break space before `: ;` (the typographer's own test covers it): read as a space. */
const plain = (text: string) => text.replace(/\u202F/g, ' ');

/**
 * The English message ids read while `run` runs: each entry of the English catalog becomes, for that time, a
 * getter that notes its id (the engine reads `catalog[id]` on every call), so the engine needs no hook.
 */
function englishReads(run: () => void): Set<string> {
  const used = new Set<string>();
  const catalog = ENGLISH as Record<string, string>;
  const entries = Object.getOwnPropertyDescriptors(catalog);
  for (const [id, entry] of Object.entries(entries))
    Object.defineProperty(catalog, id, {
      configurable: true,
      enumerable: true,
      get() {
        used.add(id);
        return entry.value;
      },
    });
  try {
    run();
  } finally {
    for (const [id, entry] of Object.entries(entries)) Object.defineProperty(catalog, id, entry);
  }
  return used;
}

const sentences = (language: PolicyLanguage) =>
  CHANGES.map((change) => inlineText(describeChange(change, language)));

describe('the interface messages', () => {
  it('are used, every one of the diff and history messages, by some change, notice or heading', () => {
    const used = englishReads(() => {
      sentences(ENGLISH_WORDS);
      // Every reason the decision table gives, every agreement, category and cadence, said in words.
      for (const code of Object.keys(DECISION_REASON_EXPLANATIONS).concat(
        Object.keys(HARD_RULE_EXPLANATIONS),
      )) {
        reasonLabel(code);
        expect(reasonLabel(code, LANGUAGES.de), code).not.toBe(code);
      }
      expect(agreementLabel([...AGREEMENTS])).not.toMatch(/self-hosted|enterprise,|baa\b/);
      describeChange({
        code: 'class-categories-changed',
        dataClass: ref('a', 'A'),
        added: [...DATA_CATEGORIES],
        removed: [],
      });
      for (const cadence of REVIEW_CADENCES)
        describeChange({code: 'review-cadence-changed', from: cadence, to: cadence});
      agreementLabel([]);
      // Each setting's name, looked up by its config path as the diff does for a top-level setting.
      for (const id of interfaceIds.filter((candidate) => candidate.startsWith('diff.setting.'))) {
        const key = id.slice('diff.setting.'.length);
        describeChange({code: 'setting-changed', path: key, subject: null, key, from: 'a', to: 'b'});
      }
      for (const summary of [[], CHANGES])
        for (const version of ['aaa', null])
          renderDiffMarkdown({
            base: {label: 'main', version},
            head: {label: 'ai-policy.yml', version: 'aaa'},
            changes: summary,
          });
      const file = 'ai-policy.yml';
      const notices = [
        {code: 'no-git', message: '', slots: {file}},
        {code: 'not-a-repository', message: '', slots: {file}},
        {code: 'git-failed', message: '', slots: {file, detail: 'fatal'}},
        {code: 'not-committed', message: '', slots: {file}},
        {code: 'shallow', message: '', slots: {file, date: '2026-01-01'}},
      ] as PolicyHistory['notices'];
      historyContent({
        history: {version: 'v', entries: [], unreleased: null, notices, truncated: false, repository: null},
        policyFile: file,
        commitLinkBase: null,
        locale: 'en',
      });
    });
    // `diff.draft` names the builder's side, `diff.agreement.*` and the rest are words the sentences pick.
    const unused = interfaceIds.filter(
      (id) => !/^(cli|export|lint|reviewer|usage)\./.test(id) && !used.has(id) && id !== 'diff.draft',
    );
    expect(unused).toEqual([]);
  });

  it.each(['fr', 'de'] as const)(
    'are all translated in %s, and each translation reads differently',
    (locale) => {
      const catalog = shippedCatalog(locale);
      expect(interfaceIds.filter((id) => catalog[id] === undefined)).toEqual([]);
      // Words that are the same in both languages: "version", "secrets", "commits" in French, the
      // natures of a regime; "Commits" in German.
      const same: Record<string, string[]> = {
        fr: [
          'diff.side-version',
          'cli.init.nature.attestation',
          'cli.init.nature.certification',
          'export.agents.secrets',
          'export.agents.commits',
        ],
        de: ['diff.setting', 'diff.setting-of', 'export.agents.commits'],
      };
      const words = (text: string) =>
        text
          .replace(/\{[^{}]*\}/g, '')
          .replace(/[^\p{L}]+/gu, ' ')
          .trim();
      const untranslated = interfaceIds.filter(
        (id) =>
          /\p{L}{4}/u.test(words(MESSAGES[id])) &&
          catalog[id] === MESSAGES[id] &&
          !same[locale]!.includes(id),
      );
      expect(untranslated).toEqual([]);
    },
  );

  it.each(['fr', 'de'] as const)(
    'say every change in %s, with no English sentence and no reason code',
    (locale) => {
      const said = sentences(LANGUAGES[locale]);
      const english = sentences(ENGLISH_WORDS);
      expect(said.filter((sentence, index) => sentence === english[index])).toEqual([]);
      for (const sentence of said)
        expect(sentence).not.toMatch(
          /gdpr-needs-dpa|hipaa-needs-baa|self-hosted|any-approved-tool|\bbaa-only/,
        );
      expect(said.join('\n')).not.toMatch(/\b(may now receive|is no longer|New approved tool|before:)/);
    },
  );

  it.each(['fr', 'de'] as const)(
    'says each change in %s as whole sentences: one colon after a head, a final period',
    (locale) => {
      for (const sentence of sentences(LANGUAGES[locale]).map(plain)) {
        expect(sentence, sentence).toMatch(/[.!?]$/);
        // Outside brackets, a sentence's colon is its head's: no second one before the next ";" or sentence.
        const doubled = sentence
          .replace(/\([^()]*\)/g, '')
          .split(/\. (?=\p{Lu})/u)
          .filter((part) => /:[^;]*:/.test(part));
        expect(doubled, sentence).toEqual([]);
      }
    },
  );

  it.each([
    [
      'fr',
      [
        'Classe de données HR : désormais marquée comme contenant des données de la catégorie « informations de santé protégées (PHI) » ; n’est plus marquée comme contenant des données de la catégorie « identifiants de connexion ».',
        'Dérogation (bénéficiaire : QA ; Cursor) : échéance reportée au 30 septembre 2026 (auparavant : 31 mars 2026).',
        'Dérogation (bénéficiaire : QA ; Cursor) : échéance avancée au 30 juin 2026 (auparavant : 30 septembre 2026).',
        'L’outil DeepSeek est désormais interdit : No data processing agreement.',
      ],
    ],
    [
      'de',
      [
        'Datenklasse HR: Kennzeichnung „geschützte Gesundheitsinformationen (PHI)“ ergänzt; Kennzeichnung „Zugangsdaten“ entfernt.',
        'Ausnahme (für: QA; Cursor): Frist verlängert auf den 30. September 2026 (vorher: 31. März 2026).',
        'Ausnahme (für: QA; Cursor): Frist verkürzt auf den 30. Juni 2026 (vorher: 30. September 2026).',
        'Ausnahme erteilt (für: QA): Cursor on tests; befristet bis 31. Dezember 2026.',
        'Werkzeug Claude: vertragliche Grundlage geändert (vorher: Standardbedingungen; jetzt: selbst betrieben).',
        'Neue erwünschte Nutzung: Writing tests.',
      ],
    ],
  ])('words the %s diff as the policy does, with the categories as quoted labels', (locale, expected) => {
    const said = sentences(LANGUAGES[locale as 'fr' | 'de']).map(plain);
    for (const sentence of expected) expect(said).toContain(sentence.replace(/\u202F/g, ' '));
  });

  it('says a hard rule as a reason in words, in English too', () => {
    const [allowed, refused] = [CHANGES[3]!, CHANGES[4]!].map((change) => inlineText(describeChange(change)));
    expect(allowed).toBe(
      'Claude may now receive People (before: GDPR is selected, and personal data goes only into tools under a data processing agreement).',
    );
    expect(refused).toBe(
      'Claude may no longer receive PHI: HIPAA is selected, and PHI goes only into tools covered by a business associate agreement.',
    );
    const german = inlineText(describeChange(CHANGES[3]!, LANGUAGES.de));
    expect(german).toBe(
      'Das Werkzeug Claude darf jetzt Daten der Klasse People erhalten (vorher: Die DSGVO ist ausgewählt, und personenbezogene Daten gelangen nur in Werkzeuge mit einem Auftragsverarbeitungsvertrag nach Art. 28 DSGVO).',
    );
  });

  it('names a default class in the language, and a class the config named as written', () => {
    const flip = (id: string, name: string): PolicyChange => ({
      code: 'decision-flipped',
      tool: 'Claude',
      dataClass: {id, name},
      allowed: false,
      reason: 'class-never',
      previousReason: 'allowed',
    });
    const french = (change: PolicyChange) => inlineText(describeChange(change, LANGUAGES.fr));
    expect(french(flip('public', 'Public data and open-source code'))).not.toContain('Public data');
    expect(french(flip('restricted', 'Patient and personal data, credentials and secrets'))).not.toContain(
      'Patient and personal',
    );
    expect(french(flip('public', 'Open data'))).toContain('Open data');
  });

  it('lets the builder preview and word its changes in the page language it is given', () => {
    const input = {
      organization: 'Acme Corp',
      industry: 'saas',
      effectiveDate: '2026-06-15',
      tools: [{name: 'Claude', agreement: 'enterprise'}],
    };
    const current = policyConfigSchema.parse(input);
    const context = {current, fileName: 'ai-policy.yml', currentVersion: 'v1', today: '2026-07-01'};
    const draft = {...input, tools: [...input.tools, {name: 'Cursor', agreement: 'standard'}]};
    const french = createDraftEvaluator({...context, language: LANGUAGES.fr})(draft);
    const english = createDraftEvaluator(context)(draft);
    if (!french.ok || !english.ok) throw new Error('the draft is valid');
    expect(french.title).toBe(shippedCatalog('fr')['common.title']);
    expect(french.changes.map((change) => plain(inlineText(change.text)))).toEqual([
      'Nouvel outil approuvé : Cursor ; cadre contractuel : conditions standard. Classes qu’il peut recevoir : Données publiques et code open source.',
    ]);
    expect(english.title).toBe('AI Tool Usage Policy');
    expect(draftChangesMarkdown(french, {...context, language: LANGUAGES.fr})).toContain(
      '`ai-policy.yml (brouillon)`',
    );
  });

  it('gives the builder one word per value, the one the policy page uses', () => {
    const french = builderLabels(LANGUAGES.fr);
    expect(french.industry.saas).toBe(shippedCatalog('fr')['common.industry.saas']);
    expect(french.regime.gdpr).toBe('RGPD');
    expect(builderLabels(ENGLISH_WORDS).industry.saas).toBe('Software / SaaS');
    expect(builderLabels(LANGUAGES.de).cadence.quarterly).toBe('vierteljährlich');
  });
});

describe('--locale', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-locale-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const policy = (agreement: string) => `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
posture: mandatory
compliance: [gdpr]
tools:
  - name: Claude
    agreement: ${agreement}
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: people, name: Customer records, rule: any-approved-tool, categories: [personal-data]}
review: {cadence: quarterly, lastReviewed: 2026-06-15}
`;
  writeFileSync(path.join(dir, 'base.yml'), policy('standard'));
  writeFileSync(path.join(dir, 'ai-policy.yml'), policy('enterprise'));

  it.each([
    ['healthcare', 'en', 'Budget owner: changed from “Jane Doe” to “budget holder”.'],
    ['healthcare', 'fr', 'désormais\u202f: «\u202fresponsable du budget\u202f»'],
    ['healthcare', 'de', 'jetzt: „budgetverantwortliche Stelle“'],
    ['saas', 'en', 'Budget owner: changed from “Jane Doe” to “engineering manager”.'],
    ['saas', 'fr', 'désormais\u202f: «\u202fdirection de l’ingénierie\u202f»'],
    ['saas', 'de', 'jetzt: „Engineering-Leitung“'],
  ])(
    'diff names the default budget owner of a %s policy in %s as its page does',
    async (industry, locale, expected) => {
      const owner = (value: string) =>
        `organization: Acme\nindustry: ${industry}\neffectiveDate: 2026-06-15\ntools:\n  - name: Claude\n    agreement: enterprise\nbudgets:\n  owner: ${value}\n`;
      writeFileSync(path.join(dir, `owner-${industry}-a.yml`), owner('Jane Doe'));
      writeFileSync(path.join(dir, `owner-${industry}-b.yml`), owner('engineering manager'));
      const run = await runCliCaptured(
        ['diff', `owner-${industry}-a.yml`, `owner-${industry}-b.yml`, '--locale', locale],
        {cwd: dir},
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(expected);
      expect(run.stdout).not.toMatch(
        locale === 'en' && industry === 'saas' ? /budget holder/ : /engineering manager/,
      );
    },
  );

  it('diff --locale de prints German sentences, the reason in words and no reason code', async () => {
    const run = await runCliCaptured(['diff', 'base.yml', 'ai-policy.yml', '--locale', 'de'], {cwd: dir});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('## Was diese Änderung an der KI-Richtlinie ändert');
    expect(run.stdout).toContain(
      '- Das Werkzeug **Claude** darf jetzt Daten der Klasse **Customer records** erhalten (vorher: Die DSGVO ist ausgewählt',
    );
    expect(run.stdout).toContain(
      'vertragliche Grundlage geändert (vorher: Standardbedingungen; jetzt: Enterprise-Vertrag)',
    );
    expect(run.stdout).not.toMatch(/gdpr-needs-dpa|may now receive|before:|What this change/);
    const english = await runCliCaptured(['diff', 'base.yml', 'ai-policy.yml'], {cwd: dir});
    expect(english.stdout).toContain(
      '(before: GDPR is selected, and personal data goes only into tools under',
    );
    expect(english.stdout).not.toContain('gdpr-needs-dpa');
  });

  it('render --locale fr prints the policy in French, check --locale fr its verdict', async () => {
    const render = await runCliCaptured(['render', '--locale', 'fr'], {cwd: dir});
    expect(render.code).toBe(0);
    expect(render.stdout).toMatch(/^# Politique d’utilisation des outils d’IA/);
    const section = await runCliCaptured(['render', '--locale', 'de', '--section', 'gdpr'], {cwd: dir});
    expect(section.stdout).toContain('DSGVO');
    const check = await runCliCaptured(['check', '--locale', 'fr', '--today', '2026-07-01'], {cwd: dir});
    expect(check).toMatchObject({code: 0, stderr: ''});
    expect(plain(check.stdout)).toMatch(/^ai-policy\.yml : valide, \d+ sections, \d+ constats?\n$/m);
  });

  it('is English by default and for en', async () => {
    const check = await runCliCaptured(['check', '--locale', 'en', '--today', '2026-07-01'], {cwd: dir});
    expect(check.stdout).toMatch(/ai-policy\.yml: valid, \d+ sections/);
  });

  it('export --locale fr writes AGENTS.md, the Copilot instructions and the Cursor rule in French, and checks them', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'ai-policy-export-locale-'));
    try {
      writeFileSync(
        path.join(repo, 'ai-policy.yml'),
        `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
tools:
  - {name: Cursor, agreement: standard, client: cursor}
  - {name: GitHub Copilot, agreement: enterprise, client: github-copilot}
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: internal, name: Internal, rule: enterprise-agreement-only, paths: ['src/**']}
  - {id: secrets, name: Secrets, rule: never, paths: ['.env']}
`,
      );
      const targets = ['--target', 'agents-md,cursor,github-copilot'];
      const write = await runCliCaptured(['export', ...targets, '--locale', 'fr'], {cwd: repo});
      expect(write.stderr).toBe('');
      expect(write.code).toBe(0);
      const read = (file: string) => plain(readFileSync(path.join(repo, file), 'utf8'));
      const agents = read('AGENTS.md');
      expect(agents).toContain('## Classes de données et où elles peuvent aller');
      expect(agents).toContain(
        '- **Internal** (`src/**`) : seulement quand vous tournez dans GitHub Copilot ;',
      );
      expect(agents).toContain('--target agents-md --locale fr');
      expect(read('.github/copilot-instructions.md')).toContain(
        '## Données auxquelles vous ne devez pas toucher',
      );
      expect(read('.cursor/rules/ai-policy.mdc')).toContain(
        'description: Les données de la politique d’IA que cet agent ne doit ni lire ni envoyer',
      );
      const english = Object.entries(MESSAGES)
        .filter(
          ([id, text]) => id.startsWith('export.') && !text.includes('{') && text.split(' ').length >= 4,
        )
        .map(([, text]) => text);
      for (const file of ['AGENTS.md', '.github/copilot-instructions.md', '.cursor/rules/ai-policy.mdc'])
        expect(
          english.filter((sentence) => read(file).includes(sentence)),
          file,
        ).toEqual([]);
      // The check regenerates in the same language: French is up to date, English is not.
      expect(
        (await runCliCaptured(['export', ...targets, '--check', '--locale', 'fr'], {cwd: repo})).code,
      ).toBe(0);
      const englishCheck = await runCliCaptured(['export', ...targets, '--check'], {cwd: repo});
      expect(englishCheck.code).toBe(1);
    } finally {
      rmSync(repo, {recursive: true, force: true});
    }
  });

  it.each([
    ['fr-FR', 'fr'],
    ['german', 'de'],
    ['dee', 'de'],
  ])('refuses --locale %s as a usage error that suggests %s', async (given, hint) => {
    for (const command of [
      ['render'],
      ['check'],
      ['diff', 'base.yml'],
      ['init', '--yes'],
      ['export', '--target', 'all'],
    ]) {
      const run = await runCliCaptured([...command, '--locale', given], {cwd: dir});
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `ai-policy: --locale expects en, de, fr, got "${given}" (did you mean "${hint}"?)\n`,
      });
    }
  });
});
