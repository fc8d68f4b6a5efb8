import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import {IntlMessageFormat} from 'intl-messageformat';
import {isMap, isScalar, LineCounter, parseDocument} from 'yaml';
import {suggest} from '../config/suggest.js';
import {SHIPPED_TRANSLATIONS} from '../engine/catalog.generated.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {
  ENGLISH,
  isEnglishLocale,
  isMessageId,
  type MessageCatalog,
  type MessageId,
  messageSlots,
} from '../engine/messages.js';
import {SITE_MESSAGE_IDS, type TranslationFileContent} from './translation-files.js';

/** Slots every message may use, whether or not its English text does (see `say`). */
const AMBIENT_SLOTS = ['organization', 'industry', 'posture'];

/** A translation file as read from the site: its path to show, its content, and its text for positions. */
export interface SiteTranslationFile {
  /** Shown in errors, e.g. `i18n/fr/docusaurus-plugin-ai-policy/common.json`. */
  displayPath: string;
  content: TranslationFileContent;
  /** The file's text; without it problems point at line 1. */
  source?: string;
}

export interface SiteLanguage {
  language: PolicyLanguage;
  /** Messages with no translation for this locale, shown in English. Empty for English. */
  missing: MessageId[];
  /** Located problems (`file:line:column  id: what is wrong`): a site build fails on any. */
  problems: string[];
  /** Ids in the site's files that are no message (left over from an older version, or a typo). */
  unknown: string[];
}

/** The translations shipped in `messages/<locale>/` for a locale or its language (`fr-CA` → `fr`). */
export function shippedCatalog(locale: string): MessageCatalog {
  const language = locale.split('-')[0]!.toLowerCase();
  return SHIPPED_TRANSLATIONS[locale] ?? SHIPPED_TRANSLATIONS[language] ?? {};
}

/** The locales shipped with the package. */
export function shippedLocales(): string[] {
  return Object.keys(SHIPPED_TRANSLATIONS).sort();
}

/**
 * The policy's language for a locale: the site's own translations (`i18n/<locale>/docusaurus-plugin-ai-policy/`)
 * first, message by message, then the shipped translation, then English. A message the site left as its
 * English text is not a translation. Every translation is checked against the English message: valid ICU
 * syntax, and the same slots (a typo in `{organization}` would silently print nothing).
 */
export function siteLanguage(locale: string, files: readonly SiteTranslationFile[]): SiteLanguage {
  const shipped = shippedCatalog(locale);
  const catalog: Partial<Record<MessageId, string>> = {...shipped};
  const problems: string[] = [];
  const unknown: string[] = [];
  let own = 0;
  for (const file of files) {
    const locate = locator(file);
    for (const [id, entry] of Object.entries(file.content)) {
      if (!isMessageId(id)) {
        unknown.push(id);
        continue;
      }
      const text = entry.message.replace(/\s+/g, ' ').trim();
      if (text === ENGLISH[id] || text === '') continue;
      const problem = checkTranslation(id, text, locale);
      if (problem) {
        const {line, column} = locate(id, problem.needle, problem.offset);
        problems.push(`${file.displayPath}:${line}:${column}  ${id}: ${problem.message}`);
        continue;
      }
      catalog[id] = text;
      own++;
    }
  }
  const english = isEnglishLocale(locale);
  const missing = english ? [] : SITE_MESSAGE_IDS.filter((id) => catalog[id] === undefined);
  const untouched = english && own === 0 && Object.keys(shipped).length === 0;
  return {
    language: untouched ? ENGLISH_LANGUAGE : {catalog, locale},
    missing,
    problems,
    unknown,
  };
}

interface TranslationProblem {
  message: string;
  /** Text to point at inside the message (a slot), or an offset into the message. */
  needle?: string;
  offset?: number;
}

function checkTranslation(id: MessageId, text: string, locale: string): TranslationProblem | null {
  let format: IntlMessageFormat;
  try {
    format = new IntlMessageFormat(text, locale, undefined, {ignoreTag: true});
  } catch (error) {
    const location = (error as {location?: {start: {offset: number}}}).location;
    return {
      message: `not valid ICU MessageFormat (${(error as Error).message}); the English message is: ${ENGLISH[id]}`,
      offset: location?.start.offset ?? 0,
    };
  }
  const expected = messageSlots(id);
  const used = slotNames(format.getAst());
  for (const name of used) {
    if (expected.includes(name) || AMBIENT_SLOTS.includes(name)) continue;
    const near = suggest(name, [...expected, ...AMBIENT_SLOTS]);
    const hint = near === undefined ? '' : ` (did you mean {${near}}?)`;
    const valid = expected.length > 0 ? `its slots are {${expected.join('}, {')}}` : 'it has no slots';
    return {message: `the slot {${name}} is not in the English message${hint}; ${valid}`, needle: `{${name}`};
  }
  const dropped = expected.filter((name) => !used.includes(name));
  if (dropped.length > 0)
    return {
      message: `the translation leaves out the slot${dropped.length > 1 ? 's' : ''} {${dropped.join('}, {')}} of the English message: ${ENGLISH[id]}`,
      offset: 0,
    };
  return null;
}

/** The names of a message's arguments (slots): `{posture, select, ...}` names `posture`. */
function slotNames(elements: readonly MessageFormatElement[], names = new Set<string>()): string[] {
  for (const element of elements) {
    if (isLiteralElement(element) || isPoundElement(element)) continue;
    if (isTagElement(element)) {
      slotNames(element.children, names);
      continue;
    }
    names.add(element.value);
    if (isSelectElement(element) || isPluralElement(element))
      for (const option of Object.values(element.options)) slotNames(option.value, names);
  }
  return [...names];
}

/** Finds where a message's text starts in the JSON file (it is YAML too), and a point inside it. */
function locator(file: SiteTranslationFile) {
  if (file.source === undefined) return () => ({line: 1, column: 1});
  const source = file.source;
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter});
  return (id: string, needle?: string, offset = 0) => {
    let at = 0;
    if (isMap(document.contents)) {
      const entry = document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === id);
      const message =
        entry && isMap(entry.value)
          ? entry.value.items.find((pair) => isScalar(pair.key) && pair.key.value === 'message')
          : undefined;
      const range = isScalar(message?.value) ? message.value.range : undefined;
      if (range) {
        const raw = source.slice(range[0], range[1]);
        const index = needle === undefined ? -1 : raw.indexOf(needle);
        at = range[0] + (index >= 0 ? index : rawOffset(raw, offset));
      } else if (entry && isScalar(entry.key) && entry.key.range) at = entry.key.range[0];
    }
    const {line, col} = lineCounter.linePos(at);
    return {line, column: col};
  };
}

/** The offset in a JSON string literal (with its quote and escapes) of the decoded text's `offset`-th character. */
function rawOffset(raw: string, offset: number): number {
  let index = 1;
  for (let decoded = 0; decoded < offset && index < raw.length - 1; decoded++) {
    if (raw[index] === '\\') index += raw[index + 1] === 'u' ? 6 : 2;
    else index++;
  }
  return index;
}
