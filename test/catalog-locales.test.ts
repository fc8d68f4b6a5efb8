/**
 * Every message of every shipped catalog, rendered in French and German as the policy renders it (through
 * the one formatter, in both postures, each `select` branch and plural form), then read as a lawyer of that
 * language would: no ISO date in prose, no English-style citation, French punctuation with its narrow
 * no-break space, German quotes, and no message the English catalog has and the locale lacks. The same
 * checks read a full all-regimes policy in each locale and posture, for the words the engine joins in code.
 * Each check is shown to fail on a planted bad message.
 */
import {parse as parseIcu, TYPE} from '@formatjs/icu-messageformat-parser';
import {describe, expect, it} from 'vitest';
import {buildPolicyDocument} from '../src/engine/build.js';
import {citationSlots} from '../src/engine/message-citations.js';
import {
  ENGLISH,
  formatMessage,
  MESSAGE_IDS,
  type MessageCatalog,
  type MessageId,
  type Slots,
} from '../src/engine/messages.js';
import {shippedCatalog} from '../src/i18n/site-language.js';
import {shippedThemeTranslations} from '../src/i18n/theme-translations.js';
import type {Block, Inline} from '../src/vocabulary/document-nodes.js';
import {ALL_REGIMES, configOf} from './support/policy.js';

const LOCALES = ['fr', 'de'] as const;
type Locale = (typeof LOCALES)[number];
const POSTURES = ['advisory', 'mandatory'] as const;

/** What the engine puts into a `{date}` slot: the long form (`formatDate`), written out by hand here. */
const LONG_DATE: Record<Locale, string> = {fr: '15 juin 2026', de: '15. Juni 2026'};

type Element = ReturnType<typeof parseIcu>[number];

interface Argument {
  name: string;
  /** `select` keys, or plural counts to try; empty for a plain slot. */
  values: Array<string | number>;
}

/** The English message's slots, with the keys of each `select` and counts for each plural. */
function argumentsOf(id: MessageId): Argument[] {
  const found = new Map<string, Argument>();
  const walk = (elements: Element[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      const argument = found.get(element.value) ?? {name: element.value, values: []};
      found.set(element.value, argument);
      if (element.type === TYPE.select) {
        for (const key of Object.keys(element.options))
          if (!argument.values.includes(key)) argument.values.push(key);
      } else if (element.type === TYPE.plural) {
        for (const count of [1, 2]) if (!argument.values.includes(count)) argument.values.push(count);
      } else if (element.type === TYPE.number) {
        if (!argument.values.includes(2)) argument.values.push(2);
      }
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parseIcu(ENGLISH[id]!, {ignoreTag: true}));
  return [...found.values()];
}

/** One slot set per posture and per `select` branch or plural form, the others at their first value. */
function slotVariants(id: MessageId, locale: Locale): Slots[] {
  // The citations a sentence names are filled by `formatMessage` itself, as in the policy.
  const cited = Object.keys(citationSlots(id, locale) ?? {});
  const args = argumentsOf(id).filter((argument) => !cited.includes(argument.name));
  const base = (posture: string): Record<string, string | number> => {
    const slots: Record<string, string | number> = {
      organization: 'Acme Corp',
      industry: 'saas',
      posture,
    };
    for (const argument of args) {
      if (argument.name === 'posture') continue;
      if (argument.name === 'date') slots.date = LONG_DATE[locale];
      else slots[argument.name] = argument.values[0] ?? 'Acme Corp';
    }
    return slots;
  };
  return POSTURES.flatMap((posture) => [
    base(posture),
    ...args.flatMap((argument) =>
      argument.name === 'posture'
        ? []
        : argument.values.slice(1).map((value) => ({...base(posture), [argument.name]: value})),
    ),
  ]);
}

/** The words a reader sees, without code spans (set as written) and link targets. */
function proseOf(inlines: readonly (string | Inline)[]): string {
  return inlines
    .map((inline) => {
      if (typeof inline === 'string') return inline;
      switch (inline.type) {
        case 'text':
        case 'citation':
          return inline.value;
        case 'code':
          return ' ';
        case 'decision':
          return inline.label;
        default:
          return proseOf(inline.children);
      }
    })
    .join('');
}

/** What a French or German lawyer would mark in a piece of the policy's text. */
function problemsOf(text: string, locale: Locale): string[] {
  const problems: string[] = [];
  const at = (match: RegExpMatchArray) =>
    JSON.stringify(text.slice(Math.max(0, match.index! - 25), match.index! + match[0].length + 10));
  for (const match of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g))
    problems.push(`ISO date in prose: ${at(match)}`);
  for (const match of text.matchAll(
    /\b[Aa]rts?\. \d+\(\d|\bArts\.|§\d|\bAnnex [IVX]+\b|\bpoint \d+\([a-z]\)/g,
  ))
    problems.push(`English-style citation: ${at(match)}`);
  const prose = text.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ');
  if (locale === 'fr') {
    // A clock time (10:30) is no punctuation; every other mark needs its narrow no-break space.
    for (const match of prose.matchAll(/(?<!\u202F)[;?!]|(?<![\u202F\d]):|(?<=\d):(?!\d)/g))
      problems.push(`"${match[0]}" without a narrow no-break space before it: ${at(match)}`);
    for (const match of prose.matchAll(/«(?!\u202F)|(?<!\u202F)»/g))
      problems.push(`« » without a narrow no-break space inside: ${at(match)}`);
  } else {
    for (const match of prose.matchAll(/"/g)) problems.push(`straight quote instead of „…“: ${at(match)}`);
  }
  return problems;
}

/** Every message of `catalog`, rendered in every variant, with what is wrong in each. */
function catalogProblems(catalog: MessageCatalog, locale: Locale): string[] {
  const problems: string[] = [];
  for (const id of MESSAGE_IDS) {
    if (catalog[id] === undefined) {
      problems.push(`${id}: missing in ${locale}`);
      continue;
    }
    for (const slots of slotVariants(id, locale)) {
      const text = proseOf(formatMessage(catalog, locale, id, slots));
      for (const problem of problemsOf(text, locale)) problems.push(`${id}: ${problem}`);
    }
  }
  return [...new Set(problems)];
}

function blockProse(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [proseOf(block.children)];
      case 'list':
        return block.items.flatMap(blockProse);
      case 'note':
        return [block.label, ...blockProse(block.children)];
      case 'blockquote':
        return blockProse(block.children);
      case 'table':
        return [
          block.caption,
          ...block.columns.map((column) => column.label),
          ...block.rows.flatMap((row) => row.map(proseOf)),
        ];
      default:
        return [];
    }
  });
}

describe.each(LOCALES)('the %s catalog, message by message', (locale) => {
  const catalog = shippedCatalog(locale);

  it('has every message, and renders each in both postures without a problem', () => {
    expect(catalogProblems(catalog, locale)).toEqual([]);
  });

  it.each(POSTURES)(
    'gives a full all-regimes %s policy no problem in its header, sections and footer',
    (posture) => {
      const config = configOf({
        ...ALL_REGIMES,
        posture,
        review: {cadence: 'quarterly', lastReviewed: '2026-06-01'},
        prohibitedTools: [{name: 'DeepSeek', reason: 'Data stored abroad'}],
        exceptions: {granted: [{who: 'data team', what: 'notes', approvedBy: 'CISO', expires: '2026-12-31'}]},
      });
      const document = buildPolicyDocument(config, {catalog, locale});
      const texts = [
        document.title,
        ...document.header.fields.map((field) => `${field.label} ${field.value}`),
        ...document.sections.flatMap((section) => [
          section.title,
          section.summary,
          ...blockProse(section.blocks),
        ]),
        ...blockProse(document.controlsSection.blocks),
        ...blockProse(document.footer),
      ];
      const problems = texts.flatMap((text) => problemsOf(text, locale));
      expect([...new Set(problems)]).toEqual([]);
    },
  );
});

describe.each(LOCALES)('the shipped %s theme strings', (locale) => {
  it('pass the same checks as the policy’s messages', async () => {
    const strings = await shippedThemeTranslations(locale);
    expect(Object.keys(strings).length).toBeGreaterThan(20);
    const problems = Object.entries(strings).flatMap(([id, text]) =>
      problemsOf(text, locale).map((problem) => `${id}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('each check fails on a planted bad message', () => {
  const plant = (locale: Locale, id: MessageId, text: string) =>
    catalogProblems({...shippedCatalog(locale), [id]: text}, locale).filter((problem) =>
      problem.startsWith(`${id}:`),
    );

  it('an ISO date in prose', () => {
    expect(plant('de', 'common.header.organization', 'Gültig ab 2026-06-15')).toEqual([
      expect.stringMatching(/^common\.header\.organization: ISO date in prose/),
    ]);
  });

  it('an English-style citation', () => {
    expect(plant('fr', 'common.header.organization', 'selon Art. 28(1)')).toEqual([
      expect.stringMatching(/English-style citation/),
    ]);
    expect(plant('de', 'common.header.organization', 'nach Arts. 44–46')).toEqual([
      expect.stringMatching(/English-style citation/),
    ]);
    expect(plant('de', 'common.header.organization', 'nach §164.502(e)')).toEqual([
      expect.stringMatching(/English-style citation/),
    ]);
  });

  it('a French mark or « » without its narrow no-break space', () => {
    // The formatter sets the space after a word; a mark glued to the next word is beyond it, and the check
    // reads the output, so it would also catch a message the formatter never saw.
    expect(plant('fr', 'common.header.organization', 'voir ;ceci')).toEqual([
      expect.stringMatching(/";" without a narrow no-break space/),
    ]);
    expect(problemsOf('Non : contrat « ceci »', 'fr')).toHaveLength(3);
  });

  it('a German straight quote', () => {
    expect(problemsOf('die KI hat "ihn" geschrieben', 'de')).toHaveLength(2);
  });

  it('a message id present in English but missing in a locale', () => {
    const catalog: Record<string, string | undefined> = {...shippedCatalog('fr')};
    delete catalog['common.header.organization'];
    expect(catalogProblems(catalog as MessageCatalog, 'fr')).toContain(
      'common.header.organization: missing in fr',
    );
  });
});
