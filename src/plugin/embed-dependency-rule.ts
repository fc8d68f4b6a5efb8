import {fileURLToPath} from 'node:url';
import type {RuleSetRule} from 'webpack';

/** tsc compiles `embed-dependency-loader.cts` to lib/plugin/; this module runs from there or from lib/bundle/. */
const LOADER = fileURLToPath(new URL('../plugin/embed-dependency-loader.cjs', import.meta.url));

const NODE_MODULES = /[\\/]node_modules[\\/]/;

/**
 * Markdown of the site itself. A function, not a RegExp: Docusaurus's MDX fallback rule reads the `include`
 * of every rule whose `test` is a RegExp matching `.mdx`, and Rspack crashes on the `undefined` ours would add.
 */
function isSiteMarkdown(resource: string): boolean {
  return /\.mdx?$/i.test(resource) && !NODE_MODULES.test(resource);
}

/**
 * The bundler rule that makes every Markdown file embedding `::ai-policy` depend on the policy files, so a
 * YAML edit recompiles exactly those pages in `docusaurus start` and in a build with a persistent cache.
 * For a Docusaurus plugin's `configureWebpack`: `{module: {rules: [embedDependencyRule([policyFile])]}}`.
 */
export function embedDependencyRule(policyFiles: string[]): RuleSetRule {
  return {
    test: isSiteMarkdown,
    // Sees the raw Markdown before the MDX loader turns it into JS, whatever order plugins added rules in.
    enforce: 'pre',
    use: [{loader: LOADER, options: {policyFiles}}],
  };
}
