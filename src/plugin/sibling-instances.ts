import path from 'node:path';
import {PLUGIN_NAME} from '../vocabulary/plugin-name.js';
import {stackFreeError} from './errors.js';
import {pluginOptionsSchema} from './options.js';

/**
 * Refuses two instances of this plugin that publish under the same `routeBasePath`. Docusaurus only warns
 * about the duplicate route, and one instance's `/ai-policy.md` and `.json` silently replace the other's,
 * so readers would get one policy on the page and another in the download.
 *
 * Docusaurus validates each instance's options on its own, so the check runs in the constructor, the first
 * place that sees the site config: it reads the other entries of `plugins` that load this plugin (by
 * package name, by a path into this package, or by the imported function) and normalizes their options
 * with the same schema. Throws before anything is read or written.
 */
export function refuseSharedRouteBasePath({
  plugins,
  ownId,
  ownRouteBasePath,
  isThisPlugin,
}: {
  plugins: readonly unknown[] | undefined;
  ownId: string;
  ownRouteBasePath: string;
  isThisPlugin: (module: unknown) => boolean;
}): void {
  for (const entry of plugins ?? []) {
    const [module, options] = Array.isArray(entry) ? entry : [entry, {}];
    if (!isThisPlugin(module)) continue;
    const parsed = pluginOptionsSchema.safeParse(options ?? {});
    // Another instance's invalid options are reported by its own validation.
    if (!parsed.success || parsed.data.id === ownId) continue;
    if (parsed.data.routeBasePath !== ownRouteBasePath) continue;
    const [first, second] = [ownId, parsed.data.id].sort();
    throw stackFreeError(
      `${PLUGIN_NAME}: the instances "${first}" and "${second}" both use routeBasePath "${ownRouteBasePath}", ` +
        `so one would replace the other's pages and its ${ownRouteBasePath}.md and ${ownRouteBasePath}.json ` +
        `downloads. Give each instance its own routeBasePath, e.g. routeBasePath: "${ownRouteBasePath}-${second}".`,
    );
  }
}

/** Whether a `plugins` entry names this package: its name, or a path into the package's folder. */
export function namesThisPackage(module: unknown, packageRoot: string): boolean {
  if (typeof module !== 'string') return false;
  if (module === PLUGIN_NAME) return true;
  if (!path.isAbsolute(module) && !module.startsWith('.')) return false;
  const relative = path.relative(packageRoot, path.resolve(module));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
