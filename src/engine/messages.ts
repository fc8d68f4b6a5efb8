import {IntlMessageFormat} from 'intl-messageformat';
import type {Inline} from '../vocabulary/document-nodes.js';
import {localizeTypography} from '../vocabulary/locale-format.js';
import {entryOf} from '../vocabulary/map-entry.js';
import {MESSAGE_SLOTS, MESSAGES} from './catalog.generated.js';
import type {PolicyContext} from './context.js';
import {type InlineInput, inlineText, toInlines} from './inline.js';
import {citationSlots} from './message-citations.js';

/**
 * The policy's sentences live in content files (`messages/en/*.yml`, ICU MessageFormat), one per section
 * and per regime, so an editor changes a sentence without reading code. Builders fill a message's named
 * slots from the document model; a slot may hold text or inlines (a bold name, a claim, a citation).
 */
export type MessageId = keyof typeof MESSAGES;
export type SlotValue = string | number | Inline | readonly InlineInput[];
export type Slots = Readonly<Record<string, SlotValue>>;

/** A set of messages for one locale: the English catalog, or a translation keyed by the same ids. */
export type MessageCatalog = Readonly<Partial<Record<MessageId, string>>>;

export const ENGLISH: MessageCatalog = MESSAGES;

/** Every message id, in catalog order. */
export const MESSAGE_IDS = Object.keys(MESSAGES) as MessageId[];

/** The slot names of an English message, sorted: what a translation of it must use. */
export function messageSlots(id: MessageId): readonly string[] {
  return MESSAGE_SLOTS[id];
}

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(MESSAGES, id);
}

/** English, in any of its regional variants (`en`, `en-GB`): the source language, never marked foreign. */
export function isEnglishLocale(locale: string): boolean {
  return /^en(?:-|$)/i.test(locale);
}

/** A message ready to format: compiled once, since parsing dominates the cost of formatting. */
interface CompiledMessage {
  format: IntlMessageFormat;
  /** Said in English: the locale's catalog lacks it. */
  fallback: boolean;
  /** The locale it is formatted in, for the citations it names. */
  locale: string;
}

/**
 * By catalog, locale and id. Looked up before the catalog itself: an id built from parts (`${regime}.label`)
 * is a new string each time, and finding one among a catalog's thousand keys cost more than formatting it.
 */
const compiled = new WeakMap<MessageCatalog, Map<string, Map<string, CompiledMessage>>>();

function compiledMessage(catalog: MessageCatalog, locale: string, id: MessageId): CompiledMessage {
  const byLocale = entryOf(compiled, catalog, () => new Map<string, Map<string, CompiledMessage>>());
  const byId = entryOf(byLocale, locale, () => new Map<string, CompiledMessage>());
  return entryOf(byId, id, () => {
    const translated = catalog[id];
    // A message the locale lacks is said in English, and formatted as English (plural rules, numbers).
    const fallback = translated === undefined && !isEnglishLocale(locale);
    const formatLocale = fallback ? 'en' : locale;
    // The locale's typography is set on the message, not on the formatted result, so the config's values
    // that fill its slots stay exactly as written.
    const source = fallback ? ENGLISH[id]! : localizeTypography(translated ?? ENGLISH[id]!, locale);
    const format = new IntlMessageFormat(source, formatLocale, undefined, {ignoreTag: true});
    return {format, fallback, locale: formatLocale};
  });
}

/** Inline lists travel through the formatter as one opaque part and are spread again afterwards. */
interface InlineList {
  inlineList: readonly InlineInput[];
}

function fillSlots(values: Record<string, string | number | Inline | InlineList>, slots: Slots): void {
  for (const name in slots) {
    const value = slots[name]!;
    values[name] = Array.isArray(value) ? {inlineList: value} : (value as string | number | Inline);
  }
}

/**
 * A message with its slots filled: `voice`, then `slots`, name the values (`say` passes the slots every
 * sentence may use as `voice`, so neither is copied into the other).
 */
export function formatMessage(
  catalog: MessageCatalog,
  locale: string,
  id: MessageId,
  slots: Slots,
  voice?: Slots,
): InlineInput[] {
  const {format, fallback, locale: formatLocale} = compiledMessage(catalog, locale, id);
  // A citation the sentence names is written in the language the sentence is said in.
  const values: Record<string, string | number | Inline | InlineList> = citationSlots(id, formatLocale) ?? {};
  if (voice !== undefined) fillSlots(values, voice);
  fillSlots(values, slots);
  const result = format.format<Inline | InlineList>(values);
  // The formatter returns a string slot's value as a part of its own; adjacent strings are one text, as a
  // reader sees it (and as every renderer then treats it: one text node, not three).
  const inlines: InlineInput[] = [];
  const add = (item: InlineInput) => {
    const last = inlines.length - 1;
    if (typeof item === 'string' && typeof inlines[last] === 'string') inlines[last] += item;
    else inlines.push(item);
  };
  for (const part of Array.isArray(result) ? result : [result]) {
    if (typeof part === 'object' && part !== null && 'inlineList' in part) part.inlineList.forEach(add);
    else add(part as InlineInput);
  }
  const possessive = namePossessive(slots.organization ?? voice?.organization);
  if (possessive && isEnglishLocale(formatLocale)) {
    for (let index = 0; index < inlines.length; index++) {
      const item = inlines[index];
      if (typeof item === 'string') inlines[index] = item.replaceAll(possessive.written, possessive.said);
    }
  }
  if (!fallback) return inlines;
  return [{type: 'foreign', lang: 'en', children: toInlines(inlines)}];
}

/**
 * English messages write the organization's possessive as "{organization}’s". A name ending in s takes the
 * apostrophe alone ("Northgate Systems’", not "Northgate Systems’s"), the rule most US house styles apply
 * to names, so a plural-looking name never reads doubled. French and German say it with a preposition.
 */
function namePossessive(organization: unknown): {written: string; said: string} | null {
  if (typeof organization !== 'string' || !/s$/i.test(organization)) return null;
  return {written: `${organization}’s`, said: `${organization}’`};
}

/** A message in the policy's voice: posture, organization and industry are always available as slots. */
export function say(context: PolicyContext, id: MessageId, slots: Slots = NO_SLOTS): InlineInput[] {
  return formatMessage(context.catalog, context.locale, id, slots, {
    organization: context.config.organization,
    industry: selectKey(context.config.industry),
    posture: context.wording.posture,
  });
}

const NO_SLOTS: Slots = {};

/** A config value as an ICU select key, which cannot hold a hyphen: `financial-services` → `financial_services`. */
const selectKeys = new Map<string, string>();

export function selectKey(value: string): string {
  return entryOf(selectKeys, value, () => value.replaceAll('-', '_'));
}

/**
 * Sentences a document says once and quotes elsewhere, by key: a duty's or a clause's sentence is said in
 * its section and quoted by the crosswalk for each clause behind it. Kept per document context, by its
 * duties (made once for it, and shared by the contexts derived from it for a voice); the key names the voice.
 */
const saidOnce = new WeakMap<PolicyContext['duties'], Map<string, readonly InlineInput[]>>();

/** `sentence()` the first time a document asks for `key`, the same words every time after. */
export function sayOnce(context: PolicyContext, key: string, sentence: () => InlineInput[]): InlineInput[] {
  const said = entryOf(saidOnce, context.duties, () => new Map<string, readonly InlineInput[]>());
  return [...entryOf(said, key, sentence)];
}

/** Labels without slots, per context: a large policy's matrix says the same few labels thousands of times. */
const plainLabels = new WeakMap<PolicyContext, Map<MessageId, string>>();

/** A message as plain text, for labels, captions and summaries. */
export function sayText(context: PolicyContext, id: MessageId, slots?: Slots): string {
  if (slots !== undefined) return inlineText(toInlines(say(context, id, slots)));
  const labels = entryOf(plainLabels, context, () => new Map<MessageId, string>());
  return entryOf(labels, id, () => inlineText(toInlines(say(context, id))));
}

/** A message in English as plain text, for adapters that have no policy context (the CLI's prompts). */
export function englishText(id: MessageId, slots: Slots = {}): string {
  return inlineText(toInlines(formatMessage(ENGLISH, 'en', id, slots)));
}

/** A message as plain text in a language, for adapters that have no policy context (the CLI's lines). */
export function messageText(
  language: {catalog: MessageCatalog; locale: string},
  id: MessageId,
  slots: Slots = {},
): string {
  return inlineText(toInlines(formatMessage(language.catalog, language.locale, id, slots)));
}
