import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';

/** `theme-translations/<language>.json` in the package, from `lib/i18n/` and `src/i18n/` alike. */
const DIR = new URL('../../theme-translations/', import.meta.url);

/**
 * The theme's strings shipped for a locale (`fr`, `de`), the way official themes ship theirs: the site's
 * own `i18n/<locale>/code.json` still wins for any id it has. Unknown locales get none (English).
 */
export async function shippedThemeTranslations(locale: string): Promise<Record<string, string>> {
  const language = locale.split('-')[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(language)) return {};
  try {
    return JSON.parse(await readFile(fileURLToPath(new URL(`${language}.json`, DIR)), 'utf8'));
  } catch {
    return {};
  }
}
