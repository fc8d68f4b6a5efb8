import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {processGlobal} from '../vocabulary/process-global.js';
import {type SiteLanguage, siteLanguage} from './site-language.js';
import {namespaceOf, SITE_MESSAGE_IDS} from './translation-files.js';

/** Where an instance's translations live for the locale being built or served. */
export interface InstanceLanguageSource {
  locale: string;
  /** `i18n/<locale>/docusaurus-plugin-ai-policy[-<id>]`, absolute. */
  translationsDir: string;
  /** The site directory, to show paths relative to it. */
  siteDir: string;
}

const sources = processGlobal('instance-languages', () => new Map<string, InstanceLanguageSource>());
const cache = processGlobal(
  'site-languages',
  () => new Map<string, {signature: string; value: SiteLanguage}>(),
);

/** Docusaurus's folder for a plugin instance's translation files (`getPluginI18nPath`). */
export function pluginTranslationsDir(localizationDir: string, pluginName: string, pluginId: string): string {
  return path.join(localizationDir, pluginId === 'default' ? pluginName : `${pluginName}-${pluginId}`);
}

/** The translation files an instance reads, present or not: one per content file. */
export function translationFilePaths(translationsDir: string): string[] {
  const namespaces = [...new Set(SITE_MESSAGE_IDS.map(namespaceOf))];
  return namespaces.map((namespace) => path.join(translationsDir, `${namespace}.json`));
}

/** Registered by the Docusaurus plugin when it is constructed for a locale (each locale's build makes one). */
export function registerInstanceLanguage(pluginId: string, source: InstanceLanguageSource): void {
  sources.set(pluginId, source);
}

export function displayPath(siteDir: string, file: string): string {
  return path.relative(siteDir, file).split(path.sep).join('/');
}

/**
 * The language an embed of the instance renders in: the locale being built, from the site's translation
 * files as they are on disk now (read again only when one changed), so an edited translation reaches the
 * page in `docusaurus start` and in a rebuild with the bundler's cache kept.
 */
export function currentSiteLanguage(pluginId: string): SiteLanguage | null {
  const source = sources.get(pluginId);
  if (!source) return null;
  const present = translationFilePaths(source.translationsDir).flatMap((file) => {
    try {
      const stats = statSync(file);
      return [{file, stamp: `${file}:${stats.mtimeMs}:${stats.size}`}];
    } catch {
      return [];
    }
  });
  const signature = `${source.locale}|${present.map((entry) => entry.stamp).join('|')}`;
  const key = `${pluginId}|${source.translationsDir}`;
  const hit = cache.get(key);
  if (hit && hit.signature === signature) return hit.value;
  const value = siteLanguage(
    source.locale,
    present.map(({file}) => {
      const text = readFileSync(file, 'utf8');
      return {
        displayPath: displayPath(source.siteDir, file),
        content: parseTranslationFile(text, file),
        source: text,
      };
    }),
  );
  cache.set(key, {signature, value});
  return value;
}

/** A translation file's content; Docusaurus has validated its shape when it loaded the site. */
function parseTranslationFile(text: string, file: string) {
  try {
    return JSON.parse(text) as Record<string, {message: string}>;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
