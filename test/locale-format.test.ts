/**
 * Dates, citations and typography as a French or German reader of the policy meets them: the header's
 * dates in long form, the register's expiry in the table's numeric form, each regime's citations in the
 * style that language's lawyers write, and French punctuation with its narrow no-break spaces. English
 * keeps its canonical citations, which the JSON download carries in every locale.
 */
import {describe, expect, it} from 'vitest';
import {buildPolicyDocument} from '../src/engine/build.js';
import {annexPoint, article, cfr, citationText, labelledCitation, range} from '../src/engine/citations.js';
import {REGIMES} from '../src/engine/regimes/index.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {historyContent} from '../src/plugin/history-route.js';
import {renderPolicyJson} from '../src/render/json.js';
import {renderPolicyMarkdown} from '../src/render/markdown.js';
import {REGIME_IDS} from '../src/vocabulary/config-values.js';
import {formatDate, localizeTypography} from '../src/vocabulary/locale-format.js';
import {ALL_REGIMES, configOf, nodesOfType, parseMarkdown, tableCells, textOf} from './support/policy.js';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

const CONFIG = configOf({
  ...ALL_REGIMES,
  effectiveDate: '2026-06-01',
  review: {cadence: 'semiannual', lastReviewed: '2026-05-31'},
  prohibitedTools: [{name: 'DeepSeek', reason: 'Data stored in a jurisdiction without adequacy'}],
  exceptions: {
    approver: 'CISO',
    granted: [{who: 'data team', what: 'Claude for notes', approvedBy: 'CISO', expires: '2026-12-31'}],
  },
});

function policyIn(locale: string) {
  const document = buildPolicyDocument(CONFIG, {catalog: shippedCatalog(locale), locale});
  return {document, markdown: renderPolicyMarkdown(document)};
}

function headerFields(markdown: string): string[] {
  return nodesOfType(parseMarkdown(markdown), 'list')[0]!.children.map(textOf);
}

/** The canonical English citation of every clause, as the regime files wrote them before they had parts. */
const CANONICAL: Record<string, string> = {
  'euaiact.literacy': 'Art. 4',
  'euaiact.oversight': 'Art. 26(2)',
  'euaiact.prohibited': 'Art. 5(1)',
  'euaiact.deployer': 'Art. 26(1), (2), (5), (6), (7), (11); Art. 3(4)',
  'euaiact.fria': 'Art. 27(1), (3); Annex III point 5(b)',
  'euaiact.fria-public': 'Art. 27(1), (3)',
  'euaiact.transparency': 'Art. 50(3), (4)',
  'gdpr.processor': 'Art. 28(1)–(3)',
  'gdpr.lawful-basis': 'Art. 6; Art. 9',
  'gdpr.minimisation': 'Art. 5(1)(b), (c)',
  'gdpr.notices': 'Art. 13(1)(e); Art. 14(1)(e)',
  'gdpr.dpia': 'Art. 35(1), (3)',
  'gdpr.ropa': 'Art. 30',
  'gdpr.transfers': 'Arts. 44–46',
  'gdpr.automated': 'Art. 22',
  'gdpr.security': 'Art. 32',
  'gdpr.breach': 'Art. 33(1), (2)',
  'gdpr.incidents': 'Art. 33(1), (5)',
  'gdpr.breach-people': 'Art. 34(1)',
  'hipaa.baa': '§164.502(e); §164.504(e); §164.308(b)(1), (b)(3); §164.314(a)',
  'hipaa.min-necessary': '§164.502(b); §164.514(d)',
  'hipaa.deid': '§164.514(a), (b)',
  'hipaa.risk-analysis': '§164.308(a)(1)(ii)(A)',
  'hipaa.sanctions': '§164.308(a)(1)(ii)(C); §164.530(e)',
  'hipaa.training': '§164.308(a)(5)(i)',
  'hipaa.incidents': '§164.308(a)(6)',
  'hipaa.breach': '§164.404(b)',
  'hipaa.breach-associates': '§164.410',
  'hipaa.documentation': '§164.316(b)(2)',
  'hipaa.breach-hhs': '§164.408',
  'hipaa.breach-media': '§164.406',
  'iso27001.policy': 'A.5.1',
  'iso27001.acceptable-use': 'A.5.10',
  'iso27001.classification': 'A.5.12; A.5.13',
  'iso27001.transfer': 'A.5.14',
  'iso27001.suppliers': 'A.5.19; A.5.20; A.5.21; A.5.22',
  'iso27001.cloud': 'A.5.23',
  'iso27001.ip': 'A.5.32',
  'iso27001.pii': 'A.5.34',
  'iso27001.training': 'A.6.3',
  'iso27001.discipline': 'A.6.4',
  'iso27001.dlp': 'A.8.12',
  'iso27001.sdlc': 'A.8.25; A.8.28; A.8.32',
  'iso42001.policy': '5.2; A.2.2',
  'iso42001.alignment': 'A.2.3',
  'iso42001.review': 'A.2.4',
  'iso42001.roles': 'A.3.2',
  'iso42001.concerns': 'A.3.3',
  'iso42001.impact': '6.1.4; A.5',
  'iso42001.use': 'A.9.2; A.9.3; A.9.4',
  'iso42001.third-party': 'A.10.2; A.10.3',
  'nist.legal': 'GOVERN 1.1',
  'nist.review': 'GOVERN 1.5',
  'nist.inventory': 'GOVERN 1.6; GV-1.6-001',
  'nist.roles': 'GOVERN 2.1',
  'nist.training': 'GOVERN 2.2',
  'nist.third-party': 'GOVERN 6.1; GV-6.1-007',
  'nist.contingency': 'GOVERN 6.2',
  'nist.incidents': 'MANAGE 4.3',
  'pci.aup': '12.2.1',
  'pci.training-yearly': '12.6.3',
  'pci.aup-training': '12.6.3.2',
  'pci.no-sad': '3.3.1',
  'pci.pan': '3.4.1; 3.5.1',
  'pci.tpsp': '12.8.1–12.8.5',
  'pci.code-review': '6.2.3; 6.2.3.1',
  'pci.policy-review': '12.1.2',
  'soc2.vendor-risk': 'CC9.2',
  'soc2.access': 'CC6.1; CC6.2; CC6.3',
  'soc2.monitoring': 'CC7.2',
  'soc2.transmission': 'CC6.7',
  'soc2.change': 'CC8.1',
  'soc2.confidential': 'C1.1',
  'soc2.communicate': 'CC2.2',
  'soc2.policies': 'CC5.3',
};

describe('dates', () => {
  it('are written in long form in prose, by the locale, from the ISO date alone', () => {
    expect(formatDate('2026-06-15', 'en', 'long')).toBe('15 June 2026');
    expect(formatDate('2026-06-15', 'fr', 'long')).toBe('15 juin 2026');
    expect(formatDate('2026-06-01', 'fr', 'long')).toBe('1er juin 2026');
    expect(formatDate('2026-06-15', 'de', 'long')).toBe('15. Juni 2026');
    expect(formatDate('2026-06-15', 'en-US', 'long')).toBe('June 15, 2026');
  });

  it('are numeric in tables: ISO in English, the national form in French and German', () => {
    expect(formatDate('2026-12-31', 'en', 'numeric')).toBe('2026-12-31');
    expect(formatDate('2026-12-31', 'fr', 'numeric')).toBe('31/12/2026');
    expect(formatDate('2026-12-31', 'de', 'numeric')).toBe('31.12.2026');
  });

  it.each([
    ['fr', ['1er juin 2026', '31 mai 2026', '30 novembre 2026'], '31/12/2026'],
    ['de', ['1. Juni 2026', '31. Mai 2026', '30. November 2026'], '31.12.2026'],
    ['en', ['1 June 2026', '31 May 2026', '30 November 2026'], '2026-12-31'],
  ])(
    'in a %s policy: header dates in long form, the register’s expiry numeric, the JSON in ISO',
    (locale, header, expiry) => {
      const {document, markdown} = policyIn(locale);
      const fields = headerFields(markdown).join('\n');
      for (const expected of header) expect(fields).toContain(expected);
      expect(fields).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const register = nodesOfType(parseMarkdown(markdown), 'table')
        .map(tableCells)
        .find((rows) => rows.some((row) => row[0] === 'data team'))!;
      expect(register.find((row) => row[0] === 'data team')!.at(-1)).toBe(expiry);
      const json = JSON.parse(renderPolicyJson(document));
      expect(json.effectiveDate).toBe('2026-06-01');
      expect(json.review).toMatchObject({lastReviewed: '2026-05-31', nextDue: '2026-11-30'});
      expect(json.exceptions.granted[0].expires).toBe('2026-12-31');
    },
  );

  it('on the history page, in the page’s language, with the ISO date kept for `<time dateTime>`', () => {
    const entry = {
      hash: 'a'.repeat(40),
      shortHash: 'aaaaaaa',
      date: '2026-03-01',
      author: 'Ana',
      subject: 'Tighten',
      changes: [],
    };
    const content = (locale: string) =>
      historyContent({
        history: {version: 'v', unreleased: null, entries: [entry], notices: [], truncated: false} as never,
        policyFile: 'ai-policy.yml',
        commitLinkBase: null,
        locale,
      }).entries[0]!;
    expect(content('fr')).toMatchObject({date: '2026-03-01', dateText: '1er mars 2026'});
    expect(content('de').dateText).toBe('1. März 2026');
    expect(content('en').dateText).toBe('1 March 2026');
  });
});

describe('citations', () => {
  it('keep their canonical English form for every clause', () => {
    const english = Object.fromEntries(
      REGIME_IDS.flatMap((id) => REGIMES[id].clauses).map((clause) => [
        clause.id,
        citationText(clause.citation, 'en'),
      ]),
    );
    expect(english).toEqual(CANONICAL);
  });

  it.each([
    ['fr', `RGPD, art. 28, §${NBSP}1 à 3`],
    ['de', 'Art. 28 Abs. 1–3 DSGVO'],
    ['en', 'GDPR Art. 28(1)–(3)'],
  ])('are written as a %s lawyer writes them: %s', (locale, expected) => {
    const label = shippedCatalog(locale)['gdpr.label'] ?? 'GDPR';
    expect(labelledCitation(label, [article(28, {paragraph: [range(1, 3)]})], locale)).toBe(expected);
  });

  it('in French: articles, ranges, points, annexes, requirements and Annex A controls', () => {
    expect(citationText([article([range(44, 46)])], 'fr')).toBe('art. 44 à 46');
    expect(citationText([article(5, {paragraph: [1], point: ['b', 'c']})], 'fr')).toBe(
      `art. 5, §${NBSP}1, points b) et c)`,
    );
    expect(citationText([article(113, {point: ['a']})], 'fr')).toBe('art. 113, point a)');
    expect(
      citationText(REGIMES['eu-ai-act'].clauses.find((c) => c.id === 'euaiact.fria')!.citation, 'fr'),
    ).toBe(`art. 27, §${NBSP}1 et 3${NNBSP}; annexe III, point 5 b)`);
    expect(citationText([annexPoint('III', 5, ['b', 'c'])], 'fr')).toBe('annexe III, point 5 b) et c)');
    expect(
      labelledCitation(
        'PCI DSS',
        REGIMES['pci-dss'].clauses.find((c) => c.id === 'pci.aup-training')!.citation,
        'fr',
      ),
    ).toBe('PCI DSS, exigence 12.6.3.2');
    expect(citationText(REGIMES['pci-dss'].clauses.find((c) => c.id === 'pci.tpsp')!.citation, 'fr')).toBe(
      'exigences 12.8.1 à 12.8.5',
    );
    expect(
      labelledCitation(
        'ISO/IEC 27001',
        REGIMES.iso27001.clauses.find((c) => c.id === 'iso27001.suppliers')!.citation,
        'fr',
      ),
    ).toBe('ISO/IEC 27001, annexe A, A.5.19, A.5.20, A.5.21 et A.5.22');
    expect(citationText([cfr('164.502', '(e)')], 'fr')).toBe(`§${NBSP}164.502(e)`);
  });

  it('cites the AI Act’s definition of a deployer as a numbered point of Art. 3, not a paragraph', () => {
    const deployer = REGIMES['eu-ai-act'].clauses.find((c) => c.id === 'euaiact.deployer')!.citation;
    expect(citationText(deployer, 'en')).toMatch(/; Art\. 3\(4\)$/);
    expect(citationText(deployer, 'fr')).toMatch(/; art\. 3, point 4\)$/);
    expect(labelledCitation('KI-VO', deployer, 'de')).toMatch(/; Art\. 3 Nr\. 4 KI-VO$/);
    // Lettered points keep their form.
    expect(labelledCitation('KI-VO', [article(113, {point: ['a']})], 'de')).toBe('Art. 113 lit. a KI-VO');
  });

  it('cite the AI Act’s Art. 113 by its third subparagraph, which holds the dated points', () => {
    // Art. 113 dates the literacy duty; no clause cites it as a source any more, so the parts are written here.
    const literacy = [article(4), article(113, {subparagraph: 3, point: ['a']})];
    expect(citationText(literacy, 'fr')).toBe(`art. 4${NNBSP}; art. 113, troisième alinéa, point a)`);
    expect(labelledCitation('KI-VO', literacy, 'de')).toBe('Art. 4; Art. 113 Unterabs. 3 lit. a KI-VO');
    // English shorthand cites the point without the unnumbered subparagraph: the canonical string stays.
    expect(citationText(literacy, 'en')).toBe('Art. 4; Art. 113(a)');
  });

  it.each([
    ['en', '§164.514(a), (b)'],
    ['fr', `§${NBSP}164.514(a) et (b)`],
    ['de', `§${NBSP}164.514(a) und (b)`],
  ])('write two neighbouring subdivisions as two, not as a range (%s): %s', (locale, expected) => {
    const deid = REGIMES.hipaa.clauses.find((c) => c.id === 'hipaa.deid')!.citation;
    expect(citationText(deid, locale)).toBe(expected);
    // A real range keeps its dash or « à ».
    expect(citationText([article([range(44, 46)])], locale)).not.toMatch(/ et | und |, 4/);
  });

  it('in German: Abs., lit., Anhang, Anforderung, with an EU act named after the article', () => {
    expect(labelledCitation('DSGVO', [article(5, {paragraph: [1], point: ['b']})], 'de')).toBe(
      'Art. 5 Abs. 1 lit. b DSGVO',
    );
    expect(labelledCitation('DSGVO', [article([range(44, 46)])], 'de')).toBe('Art. 44–46 DSGVO');
    expect(labelledCitation('HIPAA', [cfr('164.502', '(e)')], 'de')).toBe(`HIPAA §${NBSP}164.502(e)`);
    expect(
      labelledCitation('PCI DSS', REGIMES['pci-dss'].clauses.find((c) => c.id === 'pci.pan')!.citation, 'de'),
    ).toBe('PCI DSS Anforderungen 3.4.1 und 3.5.1');
    expect(citationText([{kind: 'annex-a', control: ['A.5.26']}], 'de')).toBe('Anhang A, A.5.26');
  });

  it.each([
    ['fr', 'annexe A, A.5.12, A.5.13 et A.5.14', `article 5.2${NNBSP}; annexe A, A.2.2 et A.2.4`],
    ['de', 'Anhang A, A.5.12, A.5.13 und A.5.14', 'Abschnitt 5.2; Anhang A, A.2.2 und A.2.4'],
    // English has no "Annex A" word to repeat: its canonical string is the same as before.
    ['en', 'A.5.12; A.5.13; A.5.14', '5.2; A.2.2; A.2.4'],
  ])('cite one annex once when two clauses are cited together (%s): %s', (locale, iso27001, iso42001) => {
    const cited = (regime: 'iso27001' | 'iso42001', ...ids: string[]) =>
      ids.flatMap((id) => REGIMES[regime].clauses.find((clause) => clause.id === id)!.citation);
    // Classification (A.5.12, A.5.13) is said with transfer (A.5.14); the AI policy (5.2, A.2.2) with its review (A.2.4).
    expect(citationText(cited('iso27001', 'iso27001.classification', 'iso27001.transfer'), locale)).toBe(
      iso27001,
    );
    expect(citationText(cited('iso42001', 'iso42001.policy', 'iso42001.review'), locale)).toBe(iso42001);
  });

  it.each([
    ['fr', /annexe A, [^;)]*; annexe A/],
    ['de', /Anhang A, [^;)]*; Anhang A/],
  ])('never repeat an annex within one citation of a %s policy', (locale, repeated) => {
    const {markdown} = policyIn(locale);
    expect(markdown).toContain(
      locale === 'fr'
        ? 'annexe A, A.5.12, A.5.13, A.5.14 et A.5.34'
        : 'Anhang A, A.5.12, A.5.13, A.5.14 und A.5.34',
    );
    expect(markdown).not.toMatch(repeated);
  });

  it.each(['fr', 'de'])(
    'leave no English-style citation on a %s policy, while its JSON keeps the English one',
    (locale) => {
      const {document, markdown} = policyIn(locale);
      expect(markdown).not.toMatch(/Arts?\. \d+\(\d/);
      expect(markdown).not.toMatch(/Arts\./);
      expect(markdown).not.toMatch(/§\d/);
      expect(markdown).not.toMatch(/Annex III/);
      const json = JSON.parse(renderPolicyJson(document));
      const gdpr = json.regimes.find((regime: {id: string}) => regime.id === 'gdpr');
      expect(gdpr.clauses.find((clause: {id: string}) => clause.id === 'gdpr.processor').citation).toBe(
        'Art. 28(1)–(3)',
      );
    },
  );
});

describe('citations inside sentences', () => {
  it.each([
    ['en', ['(Annex III point 5(b))', 'an Art. 28 data-processing agreement', 'unless Art. 22(2) allows it']],
    ['fr', ['(annexe III, point 5 b))', '(art. 28 du RGPD)', `à l’art. 22, §${NBSP}2, du RGPD`]],
    [
      'de',
      ['(Anhang III Nr. 5 lit. b)', '(Art. 28 DSGVO)', 'es sei denn, Art. 22 Abs. 2 DSGVO lässt dies zu'],
    ],
  ])('are slots written in the %s style', (locale, expected) => {
    const config = configOf({...ALL_REGIMES, industry: 'financial-services'});
    const language = locale === 'en' ? undefined : {catalog: shippedCatalog(locale), locale};
    const text = textOf(parseMarkdown(renderPolicyMarkdown(buildPolicyDocument(config, language))));
    for (const phrase of expected) expect(text).toContain(phrase);
  });
});

describe('French typography', () => {
  it('sets a narrow no-break space before : ; ? ! and inside « », and a no-break space before %', () => {
    expect(localizeTypography('Non : contrat ; voir « ceci » ? Oui! 50 %', 'fr')).toBe(
      `Non${NNBSP}: contrat${NNBSP}; voir «${NNBSP}ceci${NNBSP}»${NNBSP}? Oui${NNBSP}! 50${NBSP}%`,
    );
  });

  it('leaves code spans, URLs, clock times and ICU placeholders alone', () => {
    expect(localizeTypography('voir `a:b; c` et https://example.com/a?b=c {name}: 10:30', 'fr')).toBe(
      `voir \`a:b; c\` et https://example.com/a?b=c {name}${NNBSP}: 10:30`,
    );
  });

  it('changes nothing in English, and turns straight quotes into „…“ in German', () => {
    expect(localizeTypography('Note: yes; "quoted"?', 'en')).toBe('Note: yes; "quoted"?');
    expect(localizeTypography('Hinweis: "zitiert"', 'de')).toBe('Hinweis: „zitiert“');
  });

  it('reaches every message, label and separator of a French policy, but never the config’s words', () => {
    const {markdown} = policyIn('fr');
    const fields = headerFields(markdown);
    // A label the renderer writes, and the posture's two parts the engine joins (by a dash: one colon is enough).
    expect(fields[0]).toBe(`Organisation${NNBSP}: Acme Corp`);
    expect(fields.find((field) => field.startsWith('Portée'))).toMatch(
      new RegExp(`^Portée${NNBSP}: Obligatoire — une condition`),
    );
    // The prohibited tool's reason follows a separator the engine writes.
    expect(markdown).toContain(`DeepSeek**${NNBSP}: Data stored in a jurisdiction without adequacy`);
    // No : ; ? ! in French text without its narrow space (code spans and URLs aside).
    const text = textOf(parseMarkdown(markdown.replace(/`[^`]*`/g, ''))).replace(/[a-z]+:\/\/\S+/g, '');
    expect(text.match(/.{0,20}(?<![\u202F:])[;:?!](?=\s|$).{0,10}/gm) ?? []).toEqual([]);
  });
});
