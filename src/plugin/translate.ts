import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {logger} from '@docusaurus/logger';
import {displayPath} from '../i18n/instance-language.js';
import {localizePolicy} from '../i18n/localized-policy.js';
import {type SiteTranslationFile, siteLanguage} from '../i18n/site-language.js';
import type {TranslationFile} from '../i18n/translation-files.js';
import type {LoadedPolicy} from '../store/policy-store.js';
import {stackFreeError} from './errors.js';
import type {OnUntranslatedAction} from './options.js';

/**
 * `translateContent`: the loaded policy in the locale being built, from the translation files Docusaurus
 * read (its defaults, the English messages, merged with the site's `i18n/<locale>/...` files). A broken
 * translation fails with its file and position; missing ones are counted and handled per `onUntranslated`.
 */
export function translatePolicy({
  policy,
  files,
  locale,
  translationsDir,
  siteDir,
  pluginId,
  onUntranslated,
}: {
  policy: LoadedPolicy;
  files: readonly TranslationFile[];
  locale: string;
  translationsDir: string;
  siteDir: string;
  pluginId: string;
  onUntranslated: OnUntranslatedAction;
}): LoadedPolicy {
  const siteFiles: SiteTranslationFile[] = files.map((file) => {
    const filePath = path.join(translationsDir, `${file.path}.json`);
    // The text is read again only to say where a broken message is: Docusaurus hands over parsed JSON.
    const source = existsSync(filePath) ? readFileSync(filePath, 'utf8') : undefined;
    return {displayPath: displayPath(siteDir, filePath), content: file.content, source};
  });
  const site = siteLanguage(locale, siteFiles);
  const instance = pluginId === 'default' ? '' : ` (instance "${pluginId}")`;
  if (site.problems.length > 0)
    throw stackFreeError(
      `docusaurus-plugin-ai-policy${instance}: invalid translation of the AI policy for locale "${locale}":\n` +
        site.problems.map((problem) => `  ${problem}`).join('\n'),
    );
  if (site.unknown.length > 0)
    logger.warn(
      `docusaurus-plugin-ai-policy${instance}: ${site.unknown.length} key(s) in ${displayPath(siteDir, translationsDir)} are no policy message and are ignored: ${site.unknown.slice(0, 5).join(', ')}${site.unknown.length > 5 ? ', ...' : ''}`,
    );
  const missing = site.missing.length;
  if (missing > 0 && onUntranslated !== 'ignore') {
    const message =
      `docusaurus-plugin-ai-policy${instance}: ${missing} of the policy's messages have no "${locale}" translation and show in English (marked lang="en"). ` +
      `Run \`docusaurus write-translations --locale ${locale}\` and translate them in ${displayPath(siteDir, translationsDir)}/.`;
    if (onUntranslated === 'throw') throw stackFreeError(`${message} (onUntranslated: "throw")`);
    logger.warn(message);
  }
  return localizePolicy(policy, site.language);
}
