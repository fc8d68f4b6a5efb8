import {processGlobal} from '../vocabulary/process-global.js';

/**
 * Which policy file each plugin instance serves, by plugin id. The Docusaurus plugin registers itself when
 * it is constructed, before any Markdown is compiled; the remark plugin looks the file up here. Kept on
 * globalThis for the same reason as the policy store: the config's module loader may duplicate modules.
 */
const registry = processGlobal('instances', () => new Map<string, string>());

export function registerPolicyInstance(pluginId: string, policyFile: string): void {
  registry.set(pluginId, policyFile);
}

export function policyFileForInstance(pluginId: string): string | undefined {
  return registry.get(pluginId);
}

export function registeredInstanceIds(): string[] {
  return [...registry.keys()];
}
