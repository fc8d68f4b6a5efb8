import {NBSP, punctuate} from '../vocabulary/locale-format.js';
import {entryOf} from '../vocabulary/map-entry.js';

/**
 * Where an obligation comes from, as parts rather than as English text, so each language cites it the way
 * its lawyers do: "GDPR Art. 28(1)–(3)", « RGPD, art. 28, § 1 à 3 », „Art. 28 Abs. 1–3 DSGVO“. The English
 * form is also the canonical one (the JSON's `citation`, the reviewer view, the terminal).
 */

/** One designator: an article number, a point letter or number, a CFR subdivision such as `(b)(1)`, a control id. */
export type Designator = string | number;
/** Designators of one level: single ones and ranges, in the order they are cited. */
export type Designators = ReadonlyArray<Designator | {from: Designator; to: Designator}>;

export type CitationRef =
  /**
   * An article of an EU act: "Art. 5(1)(b), (c)", "Arts. 44–46", "Art. 113(a)". Points are letters, or
   * numbers where the article numbers them (the definitions of Art. 3: "Art. 3(4)"), which French and
   * German cite differently from a paragraph (« art. 3, point 4) », „Art. 3 Nr. 4“). A subparagraph is an
   * unnumbered paragraph, counted from the top of the article or paragraph (Art. 113's third one holds its
   * points): French and German name it (« troisième alinéa », „Unterabs. 3“); English shorthand leaves it out,
   * as "Art. 113(a)" is cited, so the canonical string does not change.
   */
  | {
      kind: 'article';
      article: Designators;
      paragraph?: Designators;
      subparagraph?: number;
      point?: Designators;
    }
  /** A point of an annex of an EU act: "Annex III point 5(b), (c)". */
  | {kind: 'annex'; annex: string; point: Designator; subpoint?: Designators}
  /** A section of the Code of Federal Regulations, with its subdivisions: "§164.308(b)(1), (b)(3)". */
  | {kind: 'cfr-section'; section: string; subdivision?: Designators}
  /** Whole parts of one title of the Code of Federal Regulations: "22 CFR Parts 120–130", "32 CFR Part 117". */
  | {kind: 'cfr-parts'; title: number; part: Designators}
  /** A clause of a US acquisition regulation, with its paragraphs: DFARS "252.204-7012(c)". */
  | {kind: 'contract-clause'; clause: string; paragraph?: Designators}
  /** A PCI DSS requirement: "12.6.3.2", "12.8.1–12.8.5". */
  | {kind: 'requirement'; requirement: Designators}
  /** A numbered clause of an ISO management-system standard: "6.1.4". */
  | {kind: 'clause'; clause: Designators}
  /** A control of an ISO standard's Annex A: "A.5.26". */
  | {kind: 'annex-a'; control: Designators}
  /** An id that reads the same in every language: SOC 2 "CC6.1", NIST "GOVERN 1.1", "GV-1.4-002". */
  | {kind: 'id'; id: Designators};

/** A clause's citation: its references in the order they are cited. */
export type Citation = readonly CitationRef[];

/** Shorthands that keep the regime files readable: `article(28, {paragraph: [range(1, 3)]})`. */
export const range = (from: Designator, to: Designator) => ({from, to});
export const article = (
  number: Designator | Designators,
  parts: {paragraph?: Designators; subparagraph?: number; point?: Designators} = {},
): CitationRef => ({kind: 'article', article: asList(number), ...parts});
export const annexPoint = (annex: string, point: Designator, subpoint?: Designators): CitationRef => ({
  kind: 'annex',
  annex,
  point,
  ...(subpoint ? {subpoint} : {}),
});
export const cfr = (section: string, ...subdivision: Designators): CitationRef => ({
  kind: 'cfr-section',
  section,
  ...(subdivision.length > 0 ? {subdivision} : {}),
});
export const cfrParts = (title: number, ...part: Designators): CitationRef => ({
  kind: 'cfr-parts',
  title,
  part,
});
export const contractClause = (clause: string, ...paragraph: Designators): CitationRef => ({
  kind: 'contract-clause',
  clause,
  ...(paragraph.length > 0 ? {paragraph} : {}),
});
export const requirement = (...requirement: Designators): CitationRef => ({kind: 'requirement', requirement});
export const isoClause = (...clause: Designators): CitationRef => ({kind: 'clause', clause});
export const annexA = (...control: Designators): CitationRef => ({kind: 'annex-a', control});
export const ids = (...id: Designators): CitationRef => ({kind: 'id', id});

function asList(value: Designator | Designators): Designators {
  return typeof value === 'object' ? value : [value];
}

/** How one language writes a citation's parts. */
interface CitationStyle {
  /** Joins the designators of one level: « 1, 2 et 5 », „1, 2 und 5“, "(1), (2), (5)" in English. */
  list: (items: readonly string[], level: Level) => string;
  /** A range of designators: "(1)–(3)", « 1 à 3 ». */
  range: (from: string, to: string) => string;
  /** One designator as written at its level ("(1)" in English, "1" elsewhere). */
  designator: (level: Level, value: string) => string;
  /** One reference; `level` writes the designators of one of its levels in this style. */
  ref: (ref: CitationRef, level: (designators: Designators, at: Level) => string) => string;
  /** Joins the references of one citation. */
  separator: string;
  /** Puts the instrument's label with the references. */
  withLabel: (label: string, refs: string, citation: Citation) => string;
}

type Level = 'article' | 'paragraph' | 'point' | 'subdivision' | 'number';

const plural = (designators: Designators) => designators.length > 1 || typeof designators[0] === 'object';

/** Points numbered rather than lettered (Art. 3's definitions), which German cites with „Nr.“, not „lit.“. */
const numbered = (designators: Designators) =>
  designators.every((item) => /^\d+$/.test(String(typeof item === 'object' ? item.from : item)));

const english: CitationStyle = {
  // Requirements, controls and ids of one reference are listed like separate references: "A.5.12; A.5.13".
  list: (items, level) => items.join(level === 'number' ? '; ' : ', '),
  range: (from, to) => `${from}–${to}`,
  designator: (level, value) =>
    level === 'paragraph' || (level === 'point' && !/^\(/.test(value)) ? `(${value})` : value,
  ref: (ref, level) => {
    switch (ref.kind) {
      case 'article':
        return `${plural(ref.article) ? 'Arts.' : 'Art.'} ${level(ref.article, 'article')}${
          ref.paragraph ? level(ref.paragraph, 'paragraph') : ''
        }${ref.point ? level(ref.point, 'point') : ''}`;
      case 'annex':
        return `Annex ${ref.annex} point ${ref.point}${ref.subpoint ? level(ref.subpoint, 'point') : ''}`;
      case 'cfr-section':
        return `§${ref.section}${ref.subdivision ? level(ref.subdivision, 'subdivision') : ''}`;
      case 'cfr-parts':
        return `${ref.title} CFR ${plural(ref.part) ? 'Parts' : 'Part'} ${level(ref.part, 'article')}`;
      case 'contract-clause':
        return `${ref.clause}${ref.paragraph ? level(ref.paragraph, 'subdivision') : ''}`;
      case 'requirement':
        return level(ref.requirement, 'number');
      case 'clause':
        return level(ref.clause, 'number');
      case 'annex-a':
        return level(ref.control, 'number');
      case 'id':
        return level(ref.id, 'number');
    }
  },
  separator: '; ',
  withLabel: (label, refs) => `${label} ${refs}`,
};

/** "1, 2 et 5", "1, 2 und 5": a prose list of designators. */
function proseList(conjunction: string) {
  return (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Only the references of an EU act: German then names the act after them („Art. 28 Abs. 1 DSGVO“). */
const isEuActCitation = (citation: Citation) =>
  citation.every((ref) => ref.kind === 'article' || ref.kind === 'annex');

/** « premier », « troisième »: French names a subparagraph by its rank in words. */
const FRENCH_ORDINALS = ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième'];

function frenchOrdinal(rank: number): string {
  return FRENCH_ORDINALS[rank - 1] ?? `${rank}e`;
}

/**
 * French, as legal writers abbreviate the EU drafting guide's order (article, paragraph, point, from the
 * general to the particular): « art. 28, § 1 à 3 », « art. 5, § 1, points b) et c) », « annexe III,
 * point 5 b) et c) », and the instrument first: « RGPD, art. 28 ».
 */
const french: CitationStyle = {
  list: proseList('et'),
  range: (from, to) => `${from} à ${to}`,
  designator: (level, value) => (level === 'point' && /^([a-z]+|\d+)$/i.test(value) ? `${value})` : value),
  ref: (ref, level) => {
    switch (ref.kind) {
      case 'article': {
        const point = ref.point
          ? `, ${plural(ref.point) ? 'points' : 'point'} ${level(ref.point, 'point')}`
          : '';
        const paragraph = ref.paragraph ? `, §${NBSP}${level(ref.paragraph, 'paragraph')}` : '';
        const subparagraph = ref.subparagraph ? `, ${frenchOrdinal(ref.subparagraph)} alinéa` : '';
        return `art. ${level(ref.article, 'article')}${paragraph}${subparagraph}${point}`;
      }
      case 'annex':
        return `annexe ${ref.annex}, point ${ref.point}${ref.subpoint ? ` ${level(ref.subpoint, 'point')}` : ''}`;
      case 'cfr-section':
        return `§${NBSP}${ref.section}${ref.subdivision ? level(ref.subdivision, 'subdivision') : ''}`;
      case 'cfr-parts':
        return `${ref.title}${NBSP}CFR, ${plural(ref.part) ? 'parties' : 'partie'} ${level(ref.part, 'article')}`;
      case 'contract-clause':
        return `clause ${ref.clause}${ref.paragraph ? level(ref.paragraph, 'subdivision') : ''}`;
      case 'requirement':
        return `${plural(ref.requirement) ? 'exigences' : 'exigence'} ${level(ref.requirement, 'number')}`;
      case 'clause':
        return `${plural(ref.clause) ? 'articles' : 'article'} ${level(ref.clause, 'number')}`;
      case 'annex-a':
        return `annexe A, ${level(ref.control, 'number')}`;
      case 'id':
        return level(ref.id, 'number');
    }
  },
  separator: `${punctuate(';', 'fr')} `,
  withLabel: (label, refs) => `${label}, ${refs}`,
};

/**
 * German, as commentaries and courts cite: „Art. 28 Abs. 1–3 DSGVO“, „Art. 5 Abs. 1 lit. b und c DSGVO“,
 * „Anhang III Nr. 5 lit. b KI-Verordnung“; an EU act is named after the article, other sources before.
 */
const german: CitationStyle = {
  list: proseList('und'),
  range: (from, to) => `${from}–${to}`,
  designator: (_level, value) => value,
  ref: (ref, level) => {
    switch (ref.kind) {
      case 'article': {
        const paragraph = ref.paragraph ? ` Abs. ${level(ref.paragraph, 'paragraph')}` : '';
        const subparagraph = ref.subparagraph ? ` Unterabs. ${ref.subparagraph}` : '';
        const point = ref.point
          ? ` ${numbered(ref.point) ? 'Nr.' : 'lit.'} ${level(ref.point, 'point')}`
          : '';
        return `Art. ${level(ref.article, 'article')}${paragraph}${subparagraph}${point}`;
      }
      case 'annex':
        return `Anhang ${ref.annex} Nr. ${ref.point}${ref.subpoint ? ` lit. ${level(ref.subpoint, 'point')}` : ''}`;
      case 'cfr-section':
        return `§${NBSP}${ref.section}${ref.subdivision ? level(ref.subdivision, 'subdivision') : ''}`;
      case 'cfr-parts':
        return `${ref.title}${NBSP}CFR ${plural(ref.part) ? 'Teile' : 'Teil'} ${level(ref.part, 'article')}`;
      case 'contract-clause':
        return `Klausel ${ref.clause}${ref.paragraph ? level(ref.paragraph, 'subdivision') : ''}`;
      case 'requirement':
        return `${plural(ref.requirement) ? 'Anforderungen' : 'Anforderung'} ${level(ref.requirement, 'number')}`;
      case 'clause':
        return `${plural(ref.clause) ? 'Abschnitte' : 'Abschnitt'} ${level(ref.clause, 'number')}`;
      case 'annex-a':
        return `Anhang A, ${level(ref.control, 'number')}`;
      case 'id':
        return level(ref.id, 'number');
    }
  },
  separator: '; ',
  withLabel: (label, refs, citation) => (isEuActCitation(citation) ? `${refs} ${label}` : `${label} ${refs}`),
};

function styleFor(locale: string): CitationStyle {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'fr' ? french : language === 'de' ? german : english;
}

/**
 * Whether `to` comes right after `from` ("(a)" and "(b)", 1 and 2, 12.8.1 and 12.8.2): two neighbours are
 * two items, "(a) and (b)", never a range "(a) to (b)", which a lawyer reads as leaving something between.
 */
function adjacent(from: Designator, to: Designator): boolean {
  const split = (value: Designator) => /^(.*?)([a-z]|\d+)(\)?)$/i.exec(String(value));
  const [start, end] = [split(from), split(to)];
  if (!start || !end || start[1] !== end[1] || start[3] !== end[3]) return false;
  const [a, b] = [start[2]!, end[2]!];
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(b) === Number(a) + 1;
  return a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}

function refText(style: CitationStyle, ref: CitationRef): string {
  const level = (designators: Designators, at: Level) => {
    const items = designators.flatMap((item) =>
      typeof item !== 'object'
        ? [style.designator(at, String(item))]
        : adjacent(item.from, item.to)
          ? [style.designator(at, String(item.from)), style.designator(at, String(item.to))]
          : [style.range(style.designator(at, String(item.from)), style.designator(at, String(item.to)))],
    );
    return style.list(items, at);
  };
  return style.ref(ref, level);
}

/**
 * Each citation's text, by language: the regimes' citations are constants, and a policy cites most of them
 * two or three times (the section, the crosswalk, the clause records) in every language a site builds.
 */
const written = new WeakMap<Citation, Map<string, string>>();

/** The references alone, as the locale writes them: "Art. 28(1)–(3)", « art. 28, § 1 à 3 ». */
export function citationText(citation: Citation, locale: string): string {
  const byLocale = entryOf(written, citation, () => new Map<string, string>());
  return entryOf(byLocale, locale, () => {
    const style = styleFor(locale);
    return mergeNeighbours(citation)
      .map((ref) => refText(style, ref))
      .join(style.separator);
  });
}

/** The designators of a reference that is one flat list of them (controls, requirements, ids); null otherwise. */
function flatList(ref: CitationRef): Designators | null {
  switch (ref.kind) {
    case 'annex-a':
      return ref.control;
    case 'requirement':
      return ref.requirement;
    case 'clause':
      return ref.clause;
    case 'id':
      return ref.id;
    default:
      return null;
  }
}

const FLAT_REF: Partial<Record<CitationRef['kind'], (...designators: Designators) => CitationRef>> = {
  'annex-a': annexA,
  requirement,
  clause: isoClause,
  id: ids,
};

/**
 * Two clauses cited together (a duty's sources, a clause said with another) cite one annex once: « annexe A,
 * A.5.12, A.5.13 et A.5.14 », not « annexe A, A.5.12 et A.5.13 ; annexe A, A.5.14 ». Only neighbours of one
 * kind merge, so the order stays the one cited; English lists these designators with "; " either way, so
 * its canonical string does not change.
 */
function mergeNeighbours(citation: Citation): CitationRef[] {
  const merged: CitationRef[] = [];
  for (const ref of citation) {
    const previous = merged.at(-1);
    const [before, these] = [previous && flatList(previous), flatList(ref)];
    if (previous?.kind === ref.kind && before && these)
      merged[merged.length - 1] = FLAT_REF[ref.kind]!(...before, ...these);
    else merged.push(ref);
  }
  return merged;
}

/** The citation with its instrument's label: "GDPR Art. 28(1)–(3)", « RGPD, art. 28, § 1 à 3 ». */
export function labelledCitation(label: string, citation: Citation, locale: string): string {
  const style = styleFor(locale);
  return style.withLabel(label, citationText(citation, locale), citation);
}
