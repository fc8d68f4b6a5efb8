/**
 * The French and German policies as a lawyer of each language reads them: the terms of art the law itself
 * uses (and none that means something else there), and names from the config placed where no article,
 * elision or case depends on them. The glossary in docs/i18n.md is held to the catalogs here too.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {summaryLines} from '../src/cli/init-summary.js';
import {policyConfigSchema} from '../src/config/schema.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Every message text of a locale, one file's messages after another. */
function catalogText(locale: string, only?: string): string {
  const dir = path.join(ROOT, 'messages', locale);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml') && (only === undefined || name === `${only}.yml`))
    .flatMap((name) => Object.values(parseYaml(readFileSync(path.join(dir, name), 'utf8')) as object))
    .join('\n');
}

/**
 * Names chosen to break naive grammar: an organization starting with a vowel (« de Acme »), an approver and
 * owner that are bare acronyms (« par CISO », „durch CISO“), a class name in the plural.
 */
const CONFIG = policyConfigSchema.parse({
  organization: 'Acme Finance',
  industry: 'financial-services',
  effectiveDate: '2026-06-15',
  owner: 'CISO',
  compliance: ['soc2', 'hipaa', 'gdpr', 'iso27001', 'pci-dss', 'eu-ai-act', 'iso42001', 'nist-ai-rmf'],
  tools: [
    {name: 'Claude', agreement: ['enterprise', 'baa'], models: ['anthropic/claude-sonnet-4']},
    {name: 'Copilot', agreement: 'standard', client: 'github-copilot'},
  ],
  dataClasses: [
    {id: 'public', name: 'Public data', rule: 'any-approved-tool'},
    {id: 'clients', name: 'Client records', rule: 'any-approved-tool', categories: ['personal-data']},
    {id: 'health', name: 'Health claims', rule: 'baa-only', categories: ['phi'], paths: ['claims/**']},
    {id: 'secrets', name: 'Credentials', rule: 'never', categories: ['credentials'], paths: ['secrets/**']},
  ],
  exceptions: {approver: 'CISO'},
  incidents: {contact: 'security@acme.example'},
});

/** The rendered policy, its no-break spaces (French typography) read as spaces: words are checked here. */
function policy(locale: 'fr' | 'de', config = CONFIG): string {
  const markdown = renderPolicyMarkdown(
    buildPolicyDocument(config, {catalog: shippedCatalog(locale), locale}),
  );
  return markdown.replace(/[\u00A0\u202F]/g, ' ');
}

/** The lines of one `## ` section of a rendered policy. */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  expect(start, `section "${title}"`).toBeGreaterThan(-1);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('the French policy', () => {
  const french = policy('fr');

  it('names the enterprise agreement one way, and the GDPR’s reason as the Art. 28 processing agreement', () => {
    expect(french).toContain('contrat Entreprise');
    expect(catalogText('fr')).not.toMatch(/contrats? entreprise/);
    // Copilot (standard terms) may not receive the personal-data class: the cell says what the GDPR asks.
    const row = french.split('\n').find((line) => line.startsWith('| **Copilot**'))!;
    expect(row).toMatch(/contrat de sous-traitance requis \(art\. 28 du RGPD\)/);
    expect(row).toMatch(/Non : contrat insuffisant/);
  });

  it('keeps « sous-traitant » for the GDPR processor and glosses HIPAA’s own terms', () => {
    const hipaa = section(french, 'Obligations HIPAA');
    expect(hipaa).not.toMatch(/sous-trait/);
    expect(hipaa).toMatch(/subcontractor au sens de HIPAA/);
    expect(hipaa).toMatch(/covered entity \(« entité couverte »/);
    expect(section(french, 'Obligations du RGPD')).toMatch(/contrat de sous-traitance \(art\. 28 du RGPD\)/);
  });

  it('writes the posture after its label without a second colon', () => {
    expect(french).toContain('**Portée :** Obligatoire — une condition d’accès');
    expect(policy('de')).toContain('**Verbindlichkeit:** Verbindlich – eine Voraussetzung');
  });

  it('puts inserted names where no article, elision or pronoun depends on them', () => {
    for (const wrong of [/\b(de|par|à|chez|que) Acme\b/, /\b(de|par|à|que) CISO\b/, /en est elle-même un\b/])
      expect(french).not.toMatch(wrong);
    expect(french).toMatch(/l’organisation Acme Finance/);
    expect(french).toMatch(/par la personne habilitée \(CISO\)/);
    // A class name is never the subject whose verb number French would have to guess.
    expect(french).not.toMatch(/\*\*Client records\*\* ne peut/);
  });
});

describe('the incident sentence, as data-protection lawyers read it', () => {
  // « personnes concernées » and „Betroffene“ are the GDPR's data subjects: beside an Art. 33 citation they
  // would promise a notice to data subjects after every incident, which Art. 34 limits to high risks.
  it('French: shares an incident’s handling with « ceux qu’il touche », calls it a « fuite », replaces credentials', () => {
    const incidents = section(policy('fr'), 'Incidents et dérogations');
    expect(incidents).toMatch(/son traitement communiqué à ceux qu’il touche/);
    expect(incidents).not.toMatch(/personnes concernées|exposition|divulgués/);
    expect(incidents).toMatch(/Les identifiants compromis sont d’abord remplacés\./);
  });

  it('German: tells „alle, die davon berührt sind“, not „die Betroffenen“', () => {
    const incidents = section(policy('de'), 'Vorfälle und Ausnahmen');
    expect(incidents).toMatch(
      /alle, die davon berührt sind, müssen über seine Bearbeitung informiert werden/,
    );
    expect(incidents).not.toMatch(/die Betroffenen/);
  });
});

describe('the German policy', () => {
  const german = policy('de');

  it('says „Enterprise-Vertrag“, never the AktG’s „Unternehmensvertrag“, and names the Auftragsverarbeitungsvertrag', () => {
    expect(german).toContain('Enterprise-Vertrag');
    expect(catalogText('de')).not.toContain('Unternehmensvertrag');
    const row = german.split('\n').find((line) => line.startsWith('| **Copilot**'))!;
    expect(row).toMatch(/Auftragsverarbeitungsvertrag \(Art\. 28 DSGVO\) fehlt/);
    expect(row).toMatch(/Nein: Vertrag unzureichend/);
  });

  it('reports to the authority and the controller („melden“, Art. 33) and notifies people („benachrichtigen“, Art. 34)', () => {
    const gdpr = section(german, 'Pflichten nach der DSGVO');
    // One sentence says both duties (Art. 34 is said with Art. 33): the verb tells who is told.
    const breach = gdpr.split('\n').find((line) => line.includes('Art. 33'))!;
    expect(breach).toContain('Art. 34');
    expect(breach.match(/melden/g)).toHaveLength(2);
    expect(breach).toMatch(/die betroffenen Personen unverzüglich benachrichtigen/);
    expect(breach).not.toMatch(/informieren/);
  });

  it('has the organization notify HHS (§164.408), never HHS notify the organization', () => {
    // Both nouns read the same in the nominative and the accusative: the first one is read as the subject.
    // A healthcare organization is a covered entity: the one that notifies HHS itself.
    const hipaa = section(policy('de', {...CONFIG, industry: 'healthcare'}), 'HIPAA-Pflichten');
    expect(hipaa).toContain('muss Acme Finance gleichzeitig das HHS benachrichtigen');
    expect(hipaa).not.toMatch(/Das HHS muss/);
  });

  it('uses the legal forms of the GDPR and the AI Act, and one gendering style', () => {
    expect(german).toMatch(/[Aa]ls Verantwortlicher muss Acme Finance/);
    expect(german).toMatch(/wir sind Betreiber im Sinne der Verordnung/);
    const text = catalogText('de');
    // Data subjects („Betroffene“) are not everyone the policy covers; no feminine-only legal role.
    for (const wrong of [
      'Alle Betroffenen',
      'alle Betroffenen',
      'Betreiberin',
      'Nutzer ',
      'der Patient,',
      'mehr als 500 Einwohner eines',
    ])
      expect(text).not.toContain(wrong);
  });

  it('puts inserted names where no article or case depends on them', () => {
    for (const wrong of [/\b(von|durch|bis) CISO\b/, /von ein /, /\*\*Client records\*\* darf/])
      expect(german).not.toMatch(wrong);
    expect(german).toMatch(/von der zuständigen Stelle \(CISO\)/);
  });
});

/** The interface words: the diff, history, CLI, export and controls catalogs and the theme's (builder) strings. */
function interfaceText(locale: 'fr' | 'de'): string {
  const catalogs = ['diff', 'cli', 'history', 'export', 'controls'].map((name) => catalogText(locale, name));
  const theme = JSON.parse(readFileSync(path.join(ROOT, 'theme-translations', `${locale}.json`), 'utf8'));
  return [...catalogs, ...Object.values(theme as Record<string, string>)].join('\n');
}

describe('the interface (diff, history, CLI, builder) speaks the policy’s terms', () => {
  it('French: a waiver is a « dérogation », the BAA and the enterprise agreement have the page’s names', () => {
    const french = interfaceText('fr');
    // « exception » is a procedural defence in French law; the policy page says « dérogation ».
    expect(french).not.toMatch(/\b[Ee]xceptions?\b/);
    expect(french).toContain('Dérogation accordée');
    expect(french).not.toMatch(/partenaire commercial/);
    expect(french).toMatch(/business associate agreement \(BAA\)/);
    expect(french).not.toMatch(/offre Entreprise/);
    expect(french).toContain('contrat Entreprise');
    expect(french).not.toMatch(/données personnelles/);
  });

  it('French: an inserted title or organization never follows « de » or sits capitalised mid-sentence', () => {
    const french = interfaceText('fr');
    expect(french).not.toMatch(/\bde \{organization\}|\bla \{policy\}/);
    // A policy whose effective date is ahead is not « en vigueur depuis » it.
    expect(french).not.toMatch(/en vigueur depuis/);
  });

  it('French: the summary `init` names the date « Entrée en vigueur », which may be ahead', () => {
    const language = {catalog: shippedCatalog('fr'), locale: 'fr'};
    const lines = summaryLines(buildPolicyDocument(CONFIG, language), language);
    const effective = lines.find((line) => line.includes('revue '))!;
    expect(effective).toMatch(/^Entrée en vigueur +\d/);
  });

  it('the summary `init` writes its dates as the policy header does, never in the file’s ISO form', () => {
    const summary = (locale: 'fr' | 'de') => {
      const language = {catalog: shippedCatalog(locale), locale};
      return summaryLines(buildPolicyDocument(CONFIG, language), language).join('\n');
    };
    for (const locale of ['fr', 'de'] as const) expect(summary(locale)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(summary('fr').replace(/[\u00A0\u202F]/g, ' ')).toContain('15 juin 2026');
  });

  it('German: the owner is „Zuständig“ (not the controller’s „Verantwortlich“), the agreement „Enterprise-Vertrag“', () => {
    const german = interfaceText('de');
    expect(german).not.toMatch(/\bVerantwortliche[nr]?\b|\bVerantwortlich\b/);
    expect(german).toContain('Zuständig für die Richtlinie');
    expect(german).not.toContain('Enterprise-Datenvertrag');
    expect(german).toContain('Enterprise-Vertrag');
    // The inserted category decides the declension after „keine“: the value goes after a colon.
    expect(german).not.toMatch(/keine \{categories\}/);
  });

  it('German: an approved tool is „freigegeben“ everywhere, as on the policy page (a „Zulassung“ is a regulator’s)', () => {
    for (const file of ['config', 'lint', 'usage', 'cli'])
      expect(catalogText('de', file)).not.toMatch(
        /zugelassene[nrs]? Werkzeug|Werkzeug[^.;]*zugelassen \(in tools\)/,
      );
    expect(catalogText('de', 'lint')).not.toMatch(/in keiner Richtlinie/);
  });

  it('German: a site’s own policy title never follows an article that assumes its gender', () => {
    // „der {policy}“ fits the default title („Richtlinie …“) only; a site may call it „KI-Leitfaden“.
    const theme = readFileSync(path.join(ROOT, 'theme-translations', 'de.json'), 'utf8');
    expect(theme).not.toMatch(/\b(der|die|das|den|dem) \{policy\}/);
  });

  it('German: self-hosting is „selbst betrieben“ and encouraged uses „erwünscht“, as on the policy page', () => {
    const german = interfaceText('de');
    // „Eigenbetrieb“ is also a municipal enterprise's legal form.
    expect(german).not.toContain('Eigenbetrieb');
    expect(german).toContain('Selbst betrieben: Das Modell');
    expect(shippedCatalog('de')['diff.agreement.self-hosted']).toBe('selbst betrieben');
    // The policy's heading is „Erwünschte Nutzungen“: the builder and the diff say the same.
    expect(catalogText('de', 'approved-tools')).toContain('Erwünschte Nutzungen');
    expect(german).not.toMatch(/[Ee]mpfohlene Nutzung/);
    expect(german).toContain('Erwünschte Nutzungen (eine pro Zeile)');
    expect(german).toContain('Neue erwünschte Nutzung');
  });

  it('German: a whole sentence after a colon starts with a capital (Duden D 97)', () => {
    const theme = JSON.parse(readFileSync(path.join(ROOT, 'theme-translations', 'de.json'), 'utf8'));
    expect(theme['theme.aiPolicy.changes.earliest']).toContain(': Was dieser Commit geändert hat, ist');
    // A refusal's reason is a whole sentence after the diff line's colon.
    const refused = shippedCatalog('de')['diff.reason.agreement-too-weak']!;
    expect(refused).toMatch(/^Die vertragliche Grundlage/);
  });

  it.each(['fr', 'de'] as const)(
    'gives the default approver one name in %s: the builder’s example is what the policy says',
    (locale) => {
      const theme = JSON.parse(readFileSync(path.join(ROOT, 'theme-translations', `${locale}.json`), 'utf8'));
      expect(theme['theme.aiPolicy.builder.placeholder.approver']).toBe(
        shippedCatalog(locale)['common.default.approver'],
      );
    },
  );

  it('gives the default approver one name in English: the builder’s example is what the policy says', () => {
    const steps = readFileSync(path.join(ROOT, 'theme', 'AiPolicyBuilderPage', 'steps.tsx'), 'utf8');
    const example = /id: 'theme\.aiPolicy\.builder\.placeholder\.approver',[^}]*?message: '([^']*)'/s.exec(
      steps,
    );
    const english = parseYaml(readFileSync(path.join(ROOT, 'messages', 'en', 'common.yml'), 'utf8'));
    expect(example?.[1]).toBe(english['default.approver']);
  });
});

describe('the glossary in docs/i18n.md', () => {
  const page = readFileSync(path.join(ROOT, 'docs', 'i18n.md'), 'utf8');
  const rows = page
    .slice(page.indexOf('\n| English | French | German |') + 1)
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it('lists each term as the shipped catalogs write it', () => {
    expect(rows.length).toBeGreaterThan(10);
    const french = catalogText('fr').toLowerCase();
    const german = catalogText('de').toLowerCase();
    const absent = rows.flatMap(([english, fr, de]) => [
      ...(french.includes(fr!.toLowerCase()) ? [] : [`${english}: fr “${fr}”`]),
      ...(german.includes(de!.toLowerCase()) ? [] : [`${english}: de “${de}”`]),
    ]);
    expect(absent).toEqual([]);
  });
});
