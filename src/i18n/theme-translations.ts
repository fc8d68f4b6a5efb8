import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {localizeTypography} from '../vocabulary/locale-format.js';

/** `theme-translations/<language>.json` in the package, from `lib/i18n/` and `src/i18n/` alike. */
const DIR = new URL('../../theme-translations/', import.meta.url);

/**
 * The theme's strings shipped for a locale (`fr`, `de`), the way official themes ship theirs: the site's
 * own `i18n/<locale>/code.json` still wins for any id it has. Unknown locales get none (English). They go
 * through the locale's typographer, like the policy's messages (`{placeholders}` pass through untouched).
 */
export async function shippedThemeTranslations(locale: string): Promise<Record<string, string>> {
  const language = locale.split('-')[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language)) return {};
  try {
    const strings: Record<string, string> = JSON.parse(
      await readFile(fileURLToPath(new URL(`${language}.json`, DIR)), 'utf8'),
    );
    return Object.fromEntries(
      Object.entries(strings).map(([id, text]) => [id, localizeTypography(text, language)]),
    );
  } catch {
    return {};
  }
}
