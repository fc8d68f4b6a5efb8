import {processGlobal} from '../vocabulary/process-global.js';

/**
 * Which policy file each plugin instance serves, by plugin id. The Docusaurus plugin registers itself when
 * it is constructed, before any Markdown is compiled; the remark plugin looks the file up here. Kept on
 * globalThis for the same reason as the policy store: the config's module loader may duplicate modules.
 */
const registry = processGlobal('instances', () => new Map<string, string>());

/** Each instance's full policy page (`/ai-policy`, with the locale's baseUrl): where an embed's links lead. */
const pages = processGlobal('instance-pages', () => new Map<string, string>());

export function registerPolicyInstance(pluginId: string, policyFile: string, policyPage?: string): void {
  registry.set(pluginId, policyFile);
  if (policyPage === undefined) pages.delete(pluginId);
  else pages.set(pluginId, policyPage);
}

export function policyPageForInstance(pluginId: string): string | undefined {
  return pages.get(pluginId);
}

export function policyFileForInstance(pluginId: string): string | undefined {
  return registry.get(pluginId);
}

export function registeredInstanceIds(): string[] {
  return [...registry.keys()];
}
