import {existsSync} from 'node:fs';
import path from 'node:path';
import {type ParseArgsConfig, parseArgs} from 'node:util';
import {isRealIsoDate} from '../config/schema.js';
import {suggest} from '../config/suggest.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {type MessageId, messageText} from '../engine/messages.js';
import {shippedCatalog, shippedLocales} from '../i18n/site-language.js';

/** The command line's own vocabulary, shared by every command: errors, flags, the policy file, `--today`. */

const DEFAULT_FILES = ['ai-policy.yml', 'ai-policy.yaml', 'ai-policy.json'];

/** A usage error's words: `usage.error.<id>` of `messages/<locale>/usage.yml`, with its slots. */
export interface UsageMessage {
  id: string;
  slots?: Readonly<Record<string, string | number>>;
}

export class UsageError extends Error {
  /** The message in the catalog, so it is said in the command line's `--locale`; none for English-only words. */
  readonly usageMessage: UsageMessage | undefined;

  constructor(
    message: string | UsageMessage,
    /** Print the usage text too: for malformed command lines, not for a bad value. */
    readonly showUsage = false,
  ) {
    super(typeof message === 'string' ? message : usageErrorText(message, ENGLISH_LANGUAGE));
    this.usageMessage = typeof message === 'string' ? undefined : message;
  }

  /** The error in `language`. */
  say(language: PolicyLanguage): string {
    return this.usageMessage === undefined ? this.message : usageErrorText(this.usageMessage, language);
  }
}

function usageErrorText({id, slots = {}}: UsageMessage, language: PolicyLanguage): string {
  return messageText(language, `usage.error.${id}` as MessageId, slots);
}

/** A "did you mean" slot: `none` when nothing is near, as the messages' `select` expects. */
export function hintSlot(hint: string | undefined): string {
  return hint ?? 'none';
}

type CommandOptions = NonNullable<ParseArgsConfig['options']>;
/** Named explicitly: the inferred type uses a type `node:util` does not export, which breaks `.d.ts` emit. */
type ParsedCommandArgs<T extends CommandOptions> = ReturnType<
  typeof parseArgs<{args: string[]; options: T; allowPositionals: true; strict: true}>
>;

export function parseCommandArgs<const T extends CommandOptions>(
  args: string[],
  options: T,
): ParsedCommandArgs<T> {
  try {
    return parseArgs({args, options, allowPositionals: true as const, strict: true as const});
  } catch (error) {
    throw parseArgsError(error as Error & {code?: string}, Object.keys(options));
  }
}

/**
 * `node:util`'s parse errors in our words, which the catalog translates: they name the flag, whose spelling
 * `parseArgs` puts in quotes (`'--fromat'`, `'--format <value>'`), and for an unknown one the nearest flag.
 */
function parseArgsError(error: Error & {code?: string}, optionNames: readonly string[]): UsageError {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  if (option === undefined) return new UsageError(error.message, true);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flags = optionNames.map((name) => `--${name}`);
    return new UsageError(
      {id: 'unknown-option', slots: {option, hint: hintSlot(suggest(option, flags))}},
      true,
    );
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(
      {id: /does not take/.test(error.message) ? 'takes-no-value' : 'missing-value', slots: {option}},
      true,
    );
  return new UsageError(error.message, true);
}

/**
 * The language a command line asks for with `--locale` (or `--locale=`), read before the command parses
 * its flags, so that its help and its usage errors are said in it too. An absent or unknown locale is
 * English; the command itself then reports an unknown one. The environment (`LANG`, `LC_ALL`) is not read:
 * the same command writes the same text on every machine, a CI runner's included.
 */
export function requestedLanguage(argv: readonly string[]): PolicyLanguage {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  let value: string | undefined;
  argv.slice(0, end).forEach((arg, index) => {
    if (arg === '--locale') value = argv[index + 1];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
  });
  return value !== undefined && shippedLocales().includes(value)
    ? {catalog: shippedCatalog(value), locale: value}
    : ENGLISH_LANGUAGE;
}

export function resolvePolicyFile(positionals: string[], cwd: string): string {
  if (positionals.length > 1)
    throw new UsageError({id: 'too-many-files', slots: {count: positionals.length}});
  if (positionals[0]) return path.resolve(cwd, positionals[0]);
  const found = DEFAULT_FILES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
  return found ?? path.join(cwd, DEFAULT_FILES[0]!);
}

/** `--today`, or the real date: the day review dates and exception expiries are judged against. */
export function parseToday(value: string | undefined): string {
  const today = value ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError({id: 'today', slots: {value: today}});
  // Dates compare as strings, so an unreal day like 2026-02-30 would silently judge staleness wrongly.
  if (!isRealIsoDate(today)) throw new UsageError({id: 'today-unreal', slots: {value: today}});
  return today;
}

/** What people type for a language instead of its code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  german: 'de',
  deutsch: 'de',
};

/**
 * `--locale`: the language the command writes in, English or a shipped translation (`messages/<locale>/`).
 * Anything else is a usage error naming the choices, with the nearest one.
 */
export function parseLocale(value: string | undefined): PolicyLanguage {
  const locale = value ?? 'en';
  if (locale === 'en') return ENGLISH_LANGUAGE;
  const locales = ['en', ...shippedLocales()];
  if (!locales.includes(locale)) {
    const language = locale.split(/[-_]/)[0]!.toLowerCase();
    const hint = locales.includes(language)
      ? language
      : Object.hasOwn(LANGUAGE_NAMES, language)
        ? LANGUAGE_NAMES[language]
        : suggest(language, locales);
    throw new UsageError({
      id: 'locale',
      slots: {choices: locales.join(', '), value: locale, hint: hintSlot(hint)},
    });
  }
  return {catalog: shippedCatalog(locale), locale};
}
