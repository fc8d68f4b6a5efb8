/**
 * The French and German policies as a lawyer of each language reads them: the terms of art the law itself
 * uses (and none that means something else there), and names from the config placed where no article,
 * elision or case depends on them. The glossary in docs/i18n.md is held to the catalogs here too.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
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
function policy(locale: 'fr' | 'de'): string {
  const markdown = renderPolicyMarkdown(
    buildPolicyDocument(CONFIG, {catalog: shippedCatalog(locale), locale}),
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
    expect(row).toMatch(/contrat de sous-traitance requis \(art\. 28 RGPD\)/);
    expect(row).toMatch(/Non : contrat insuffisant/);
  });

  it('keeps « sous-traitant » for the GDPR processor and glosses HIPAA’s own terms', () => {
    const hipaa = section(french, 'Obligations HIPAA');
    expect(hipaa).not.toMatch(/sous-trait/);
    expect(hipaa).toMatch(/subcontractor au sens de HIPAA/);
    expect(hipaa).toMatch(/covered entity \(« entité couverte »/);
    expect(section(french, 'Obligations du RGPD')).toMatch(/contrat de sous-traitance \(art\. 28 RGPD\)/);
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

  it('German: the owner is „Zuständig“ (not the controller’s „Verantwortlich“), the agreement „Enterprise-Vertrag“', () => {
    const german = interfaceText('de');
    expect(german).not.toMatch(/\bVerantwortliche[nr]?\b|\bVerantwortlich\b/);
    expect(german).toContain('Zuständig für die Richtlinie');
    expect(german).not.toContain('Enterprise-Datenvertrag');
    expect(german).toContain('Enterprise-Vertrag');
    // The inserted category decides the declension after „keine“: the value goes after a colon.
    expect(german).not.toMatch(/keine \{categories\}/);
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
