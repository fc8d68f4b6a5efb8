import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {logger} from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {formatDiagnostic} from '../diagnostics/text.js';
import {lintPolicy} from '../engine/lint.js';
import type {PolicyHistory} from '../history/model.js';
import {commitLinkBase} from '../history/repo-url.js';
import {
  pluginTranslationsDir,
  registerInstanceLanguage,
  translationFilePaths,
} from '../i18n/instance-language.js';
import {shippedThemeTranslations} from '../i18n/theme-translations.js';
import {policyTranslationFiles, type TranslationFile} from '../i18n/translation-files.js';
import {registerPolicyInstance} from '../store/instances.js';
import {type LoadedPolicy, loadPolicy} from '../store/policy-store.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import {PLUGIN_NAME} from '../vocabulary/plugin-name.js';
import {oscalDownload, PolicyDownloadsDevPlugin, writeDownloads} from './downloads.js';
import {embedDependencyRule} from './embed-dependency-rule.js';
import {isPolicyConfigError, toDocusaurusError} from './errors.js';
import {reportFindings} from './findings.js';
import {historyContent} from './history-route.js';
import type {ResolvedPluginOptions} from './options.js';
import {createPolicyRoutes, policyPermalink} from './routes.js';
import {namesThisPackage, refuseSharedRouteBasePath} from './sibling-instances.js';
import {translatePolicy} from './translate.js';

/** What `loadContent` hands to the other lifecycles. */
export interface AiPolicyLoadedContent {
  policy: LoadedPolicy;
  /** Every lint finding for the policy on the build's date, date-based ones marked `stale`. */
  findings: LintFinding[];
  /** The policy file's history from git; null when the `history` option is off. */
  history: PolicyHistory | null;
  /**
   * In `docusaurus start`, after a save that made the policy file invalid: its first problem, as the
   * terminal prints it, while the pages keep the last valid policy. Null otherwise (always in a build).
   */
  invalidEdit: string | null;
  /**
   * Whether `translateContent` put `policy` into the site's locale. Docusaurus skips it for a locale with
   * `translate: false`, the default when `i18n/<locale>` does not exist.
   */
  translated: boolean;
}

/** The package root, from `lib/plugin/` when installed and from `src/plugin/` under the tests alike. */
const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The compiled theme (what sites bundle) and its TSX sources (what `docusaurus swizzle --typescript` copies). */
export const THEME_PATH = path.join(PACKAGE_ROOT, 'lib', 'theme');
export const TYPESCRIPT_THEME_PATH = path.join(PACKAGE_ROOT, 'theme');

/**
 * The day staleness is judged against. `SOURCE_DATE_EPOCH` (the reproducible-builds convention) pins it, so
 * a build can be reproduced byte for byte later, and tests can move the calendar.
 */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/**
 * The Docusaurus adapter: reads the policy through the shared store, lints it, and publishes it as pages
 * and downloads. It holds no policy logic; every sentence comes from the engine's document model.
 */
export default function pluginAiPolicy(
  context: LoadContext,
  options: ResolvedPluginOptions,
): Plugin<AiPolicyLoadedContent> {
  const {siteDir, siteConfig} = context;
  refuseSharedRouteBasePath({
    plugins: siteConfig.plugins,
    ownId: options.id,
    ownRouteBasePath: options.routeBasePath,
    isThisPlugin: (module) => module === pluginAiPolicy || namesThisPackage(module, PACKAGE_ROOT),
  });
  const policyFile = path.resolve(siteDir, options.policyFile);
  // Relative to the site, for route metadata and for messages that should read like the user's config.
  const siteRelativePolicyFile = path.relative(siteDir, policyFile).split(path.sep).join('/');

  // The remark plugin finds this instance's policy file here. Registering reads nothing: the file is read
  // in loadContent, which `docusaurus start` re-runs when the file changes; this function is not re-run.
  // Its page too, where a section embedded elsewhere sends its links to other sections.
  registerPolicyInstance(options.id, policyFile, policyPermalink(siteConfig.baseUrl, options.routeBasePath));
  // The baselines the policy extends (`extends`), as the last load found them. Docusaurus asks for the
  // paths to watch once the site has loaded, so `docusaurus start` watches the baselines too.
  let baselineFiles: readonly string[] = [];
  // Each locale's build constructs the plugin anew: embeds compiled from here on speak this locale.
  // Docusaurus always passes both; a hand-made context (a test, another tool) gets the defaults they have.
  const locale = context.i18n?.currentLocale ?? 'en';
  const localizationDir = context.localizationDir ?? path.join(siteDir, 'i18n', locale);
  const translationsDir = pluginTranslationsDir(localizationDir, PLUGIN_NAME, options.id);
  const translationFiles = translationFilePaths(translationsDir);
  registerInstanceLanguage(options.id, {locale, translationsDir, siteDir});

  const inLocale = (policy: LoadedPolicy, files: TranslationFile[]) =>
    translatePolicy({
      policy,
      files,
      locale,
      translationsDir,
      siteDir,
      pluginId: options.id,
      onUntranslated: options.onUntranslated,
    });
  // Without translateContent the locale still gets its shipped translation, once per loaded content.
  const untranslated = new WeakMap<AiPolicyLoadedContent, LoadedPolicy>();
  const localized = (content: AiPolicyLoadedContent): LoadedPolicy => {
    if (content.translated) return content.policy;
    let policy = untranslated.get(content);
    if (!policy) {
      policy = inLocale(content.policy, []);
      untranslated.set(content, policy);
    }
    return policy;
  };

  /** The last content loaded from a valid file, in this instance (`docusaurus start` reloads it). */
  let lastContent: AiPolicyLoadedContent | undefined;

  return {
    name: PLUGIN_NAME,

    getThemePath() {
      return THEME_PATH;
    },

    getTypeScriptThemePath() {
      return TYPESCRIPT_THEME_PATH;
    },

    getClientModules() {
      // Print rules, scoped to this plugin's pages by the `plugin-ai-policy` class Docusaurus sets on <html>;
      // the matrix cells' colours, for the policy pages and for embeds in any page alike.
      return [path.join(THEME_PATH, 'print.css'), path.join(THEME_PATH, 'decisions.css')];
    },

    getPathsToWatch() {
      return [policyFile, ...baselineFiles, ...translationFiles];
    },

    async getDefaultCodeTranslationMessages() {
      return shippedThemeTranslations(locale);
    },

    getTranslationFiles() {
      return policyTranslationFiles();
    },

    translateContent({content, translationFiles: files}) {
      return {...content, policy: inLocale(content.policy, files), translated: true};
    },

    async loadContent() {
      let policy: LoadedPolicy;
      try {
        policy = await loadPolicy(policyFile);
      } catch (error) {
        // Only `docusaurus start` runs loadContent again in the same instance: after a broken save, keep
        // serving the last valid policy, with a notice on its pages naming what is wrong.
        if (lastContent && isPolicyConfigError(error)) {
          logger.error(String((toDocusaurusError(error, options.id) as Error).message));
          const first = {...error.problems[0]!, file: siteRelativePolicyFile};
          return {...lastContent, invalidEdit: formatDiagnostic(first)};
        }
        // In `build` this fails before Docusaurus clears the output directory, so nothing is half-written.
        // In `start`, Docusaurus logs it and keeps serving the last valid policy until the file is fixed.
        throw toDocusaurusError(error, options.id);
      }
      baselineFiles = policy.files.slice(1);
      const findings = lintPolicy(policy.document, {today: buildDate()});
      reportFindings({policy, findings, onStale: options.onStale, displayFile: siteRelativePolicyFile});
      // Never throws: without git, outside a repository or in a shallow clone the page says what it lacks.
      // Imported only when on: reading git and diffing each commit is code a site without history never runs.
      const history = options.history
        ? await (await import('../history/load.js')).loadPolicyHistory({
            policyFile,
            displayFile: siteRelativePolicyFile,
            working: {config: policy.config, document: policy.document, version: policy.version},
            cacheDir: path.join(siteDir, 'node_modules', '.cache', PLUGIN_NAME),
            baselinesKey: policy.provenance?.baselines.map(({hash}) => hash).join(',') ?? '',
            // `files` lists the baselines in the order `provenance` names them.
            baselines: (policy.provenance?.baselines ?? []).map(({name}, index) => ({
              file: policy.files[index + 1]!,
              label: name,
            })),
          })
        : null;
      lastContent = {policy, findings, history, invalidEdit: null, translated: false};
      return lastContent;
    },

    async contentLoaded({content, actions}) {
      const policy = localized(content);
      await createPolicyRoutes({
        policy,
        findings: content.findings,
        invalidEdit: content.invalidEdit,
        options,
        baseUrl: siteConfig.baseUrl,
        sourceFilePath: siteRelativePolicyFile,
        actions,
        history:
          content.history &&
          historyContent({
            history: content.history,
            policyFile: siteRelativePolicyFile,
            commitLinkBase: commitLinkBase(options.repoUrl, content.history.repository),
            locale: policy.document.locale,
            language: policy.language,
          }),
      });
    },

    configureWebpack(config, isServer, _utils, content) {
      const devDownloads =
        options.downloads && !isServer && config.mode !== 'production'
          ? [
              new PolicyDownloadsDevPlugin({
                policyFile,
                routeBasePath: options.routeBasePath,
                controls: options.controls,
              }),
            ]
          : [];
      return {
        // Markdown pages that embed `::ai-policy` depend on the policy file and its baselines, so they
        // recompile when any of them changes.
        module: {
          rules: [embedDependencyRule([...(content?.policy.files ?? [policyFile]), ...translationFiles])],
        },
        plugins: devDownloads,
      };
    },

    async postBuild({outDir, content}) {
      if (!options.downloads) return;
      // The export renderers run here only, once per build: not loaded for `start` or a config load.
      const {enforceFiles} = await import('./enforce-files.js');
      await writeDownloads({
        outDir,
        routeBasePath: options.routeBasePath,
        markdown: localized(content).markdown,
        json: localized(content).json,
        oscal: options.controls ? oscalDownload(localized(content)) : null,
        enforce: enforceFiles(content.policy.document, options.routeBasePath, policyFile),
      });
    },
  };
}
