import {existsSync} from 'node:fs';
import path from 'node:path';
import {type ParseArgsConfig, parseArgs} from 'node:util';
import {isRealIsoDate} from '../config/schema.js';
import {suggest} from '../config/suggest.js';
import {ENGLISH_LANGUAGE, type PolicyLanguage} from '../engine/context.js';
import {shippedCatalog, shippedLocales} from '../i18n/site-language.js';

/** The command line's own vocabulary, shared by every command: errors, flags, the policy file, `--today`. */

const DEFAULT_FILES = ['ai-policy.yml', 'ai-policy.yaml', 'ai-policy.json'];

export class UsageError extends Error {
  constructor(
    message: string,
    /** Print the usage text too: for malformed command lines, not for a bad value. */
    readonly showUsage = false,
  ) {
    super(message);
  }
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
    throw new UsageError((error as Error).message, true);
  }
}

export function resolvePolicyFile(positionals: string[], cwd: string): string {
  if (positionals.length > 1) throw new UsageError(`expected at most one file, got ${positionals.length}`);
  if (positionals[0]) return path.resolve(cwd, positionals[0]);
  const found = DEFAULT_FILES.map((name) => path.join(cwd, name)).find((candidate) => existsSync(candidate));
  return found ?? path.join(cwd, DEFAULT_FILES[0]!);
}

/** `--today`, or the real date: the day review dates and exception expiries are judged against. */
export function parseToday(value: string | undefined): string {
  const today = value ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today expects YYYY-MM-DD, got "${today}"`);
  // Dates compare as strings, so an unreal day like 2026-02-30 would silently judge staleness wrongly.
  if (!isRealIsoDate(today))
    throw new UsageError(`--today expects a real calendar date written as YYYY-MM-DD, got "${today}"`);
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
    throw new UsageError(
      `--locale expects ${locales.join(', ')}, got "${locale}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    );
  }
  return {catalog: shippedCatalog(locale), locale};
}
