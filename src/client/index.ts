/// <reference types="@docusaurus/module-type-aliases" />
/**
 * `docusaurus-plugin-ai-policy/client`: for a site's own React components, the URLs the plugin publishes
 * (the policy page, each section page, the downloads, the history page). Browser code: it imports only
 * Docusaurus's client API and this package's types.
 */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {AiPolicyGlobalData} from '../plugin/page-data.js';
import {PLUGIN_NAME} from '../vocabulary/plugin-name.js';

export type {AiPolicyGlobalData, AiPolicySectionLink} from '../plugin/page-data.js';

/**
 * The published data of one plugin instance (`'default'` unless the site runs several). Throws, with the
 * instance id in the message, when the site has no such instance, so a typo in the id is found at once.
 */
export function useAiPolicy(pluginId = 'default'): AiPolicyGlobalData {
  return usePluginData(PLUGIN_NAME, pluginId, {failfast: true}) as AiPolicyGlobalData;
}
