import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {suggest} from '../config/suggest.js';
import type {Diagnostic} from '../diagnostics/diagnostic.js';
import {formatDiagnostic} from '../diagnostics/text.js';
import {currentSiteLanguage} from '../i18n/instance-language.js';
import {localizePolicy} from '../i18n/localized-policy.js';
import {policyFileForInstance, registeredInstanceIds} from '../store/instances.js';
import {type LoadedPolicy, loadPolicy} from '../store/policy-store.js';
import {processGlobal} from '../vocabulary/process-global.js';
import {didYouMean, failEmbed, quoteList} from './embed-error.js';

const TRANSLATION_ERROR = 'PolicyTranslationError';

/**
 * The policy in the language of the page being compiled: Docusaurus builds one locale at a time, and the
 * plugin registers the locale it is constructed for, with its translation files, before any page compiles.
 */
function inSiteLanguage(pluginId: string, policy: LoadedPolicy): LoadedPolicy {
  const site = currentSiteLanguage(pluginId);
  if (!site) return policy;
  if (site.problems.length > 0) {
    const error = new Error(
      `invalid translation of the AI policy:\n${site.problems.map((p) => `  ${p}`).join('\n')}`,
    );
    error.name = TRANSLATION_ERROR;
    throw error;
  }
  return localizePolicy(policy, site.language);
}

/**
 * The last policy each file validated to. In `docusaurus start` a broken save must not break every page
 * that embeds the policy: the Docusaurus plugin reports the located error once and keeps serving the last
 * valid policy on its own pages, and embeds do the same until the file is fixed, each with a notice naming
 * the first problem, so nobody takes the page for the current policy. A build always fails.
 */
const lastValidPolicies = processGlobal('last-valid-policies', () => new Map<string, LoadedPolicy>());

/** `docusaurus start` sets NODE_ENV to development; `build` sets production. */
function isDevServer(): boolean {
  return process.env.NODE_ENV === 'development';
}

/**
 * The policy an embed shows, read on every compile rather than taken from the Docusaurus plugin's
 * `loadContent`: in `docusaurus start` the bundler recompiles the page as soon as the YAML changes, which
 * can be before the plugin has reloaded. `loadPolicy` stats the file each time and parses it only when it
 * changed, and never takes an editor's half-saved (empty) file as the policy.
 */
export async function loadEmbeddedPolicy(
  pluginId: string,
  node: Node,
  file: VFile,
): Promise<{policy: LoadedPolicy; invalidEdit: string | null}> {
  const policyFile = policyFileForInstance(pluginId);
  if (policyFile === undefined) {
    const ids = registeredInstanceIds();
    const known = ids.length > 0 ? `Registered instances: ${quoteList(ids)}.` : 'No instance is registered.';
    failEmbed(
      file,
      node,
      `::ai-policy is served by the docusaurus-plugin-ai-policy instance "${pluginId}", which is not in this site's plugins. ` +
        `${known} Add the plugin to docusaurus.config, or pass remarkAiPolicy the {pluginId} of the instance to embed.` +
        didYouMean(suggest(pluginId, ids), (value) => `{pluginId: "${value}"}`),
    );
  }
  try {
    const policy = inSiteLanguage(pluginId, await loadPolicy(policyFile));
    lastValidPolicies.set(policyFile, policy);
    return {policy, invalidEdit: null};
  } catch (error) {
    const lastValid = lastValidPolicies.get(policyFile);
    if (
      lastValid &&
      isDevServer() &&
      error instanceof Error &&
      (error.name === 'PolicyConfigError' || error.name === TRANSLATION_ERROR)
    )
      return {policy: lastValid, invalidEdit: firstProblem(error)};
    // A broken policy is reported where it is broken (the YAML's own file:line:column, inside the message),
    // and the page that tried to embed it is named first so the failing compile makes sense.
    const reason = error instanceof Error ? error.message : String(error);
    return failEmbed(
      file,
      node,
      `cannot embed the AI policy:\n${reason}`,
      error instanceof Error ? error : undefined,
    );
  }
}

/** The first problem of a broken policy, as the terminal prints it: what the stale embed's notice names. */
function firstProblem(error: Error): string {
  const problems = (error as {problems?: readonly Diagnostic[]}).problems;
  if (problems?.[0]) return formatDiagnostic(problems[0]);
  return (
    error.message
      .split('\n')
      .find((line) => line.trim() !== '' && !line.endsWith(':'))
      ?.trim() ?? error.message
  );
}
