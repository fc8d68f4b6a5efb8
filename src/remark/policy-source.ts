import type {Node} from 'unist';
import type {VFile} from 'vfile';
import {suggest} from '../config/suggest.js';
import {policyFileForInstance, registeredInstanceIds} from '../instances.js';
import {type LoadedPolicy, loadPolicy} from '../policy-store.js';
import {didYouMean, failEmbed, quoteList} from './embed-error.js';

/**
 * The policy an embed shows, read on every compile rather than taken from the Docusaurus plugin's
 * `loadContent`: in `docusaurus start` the bundler recompiles the page as soon as the YAML changes, which
 * can be before the plugin has reloaded. `loadPolicy` stats the file each time and parses it only when it
 * changed, and never takes an editor's half-saved (empty) file as the policy.
 */
export async function loadEmbeddedPolicy(pluginId: string, node: Node, file: VFile): Promise<LoadedPolicy> {
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
    return await loadPolicy(policyFile);
  } catch (error) {
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
