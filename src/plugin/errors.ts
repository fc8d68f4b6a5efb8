import type {PolicyConfigError} from '../config/problems.js';

/**
 * An Error that prints as its message alone. Docusaurus prints a failed build's error with
 * `util.inspect`, stack included; for a mistake in the user's YAML the stack points into this package and
 * only buries the `file:line:column` lines that say what to fix.
 */
export function stackFreeError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/**
 * Turns the store's `PolicyConfigError` into what Docusaurus should print: the located problems under a
 * line that names the plugin instance. A plain Error, so `util.inspect` does not also dump the `problems`
 * array after the message.
 */
export function toDocusaurusError(error: unknown, pluginId: string): unknown {
  if (!isPolicyConfigError(error)) return error;
  const instance = pluginId === 'default' ? '' : ` (instance "${pluginId}")`;
  return stackFreeError(`docusaurus-plugin-ai-policy${instance}: ${error.message}`);
}

/**
 * Checked by name, not `instanceof`: the site config's module loader can give the remark plugin its own
 * copy of the store's modules, and the store shares in-flight loads between copies through globalThis.
 */
export function isPolicyConfigError(error: unknown): error is PolicyConfigError {
  return error instanceof Error && error.name === 'PolicyConfigError' && 'problems' in error;
}
