import {fileURLToPath} from 'node:url';
import type {RuleSetRule} from 'webpack';

/** tsc compiles `embed-dependency-loader.cts` beside this module, in lib/plugin/. */
const LOADER = fileURLToPath(new URL('./embed-dependency-loader.cjs', import.meta.url));

const MARKDOWN = /\.mdx?$/i;
const NODE_MODULES = /[\\/]node_modules[\\/]/;

/**
 * The bundler rule that makes every Markdown file embedding `::ai-policy` depend on the policy files, so a
 * YAML edit recompiles exactly those pages in `docusaurus start` and in a build with a persistent cache.
 * For a Docusaurus plugin's `configureWebpack`: `{module: {rules: [embedDependencyRule([policyFile])]}}`.
 */
export function embedDependencyRule(policyFiles: string[]): RuleSetRule {
  return {
    // The Markdown of the site itself, in conditions the bundler evaluates on its own: a function here would
    // be a call from Rspack into JavaScript for every module of the build, Markdown or not. `resource`, not
    // `test`: Docusaurus's MDX fallback rule reads the `include` of every rule whose `test` is a RegExp
    // matching `.mdx`, and Rspack crashes on the `undefined` ours would add.
    resource: {and: [MARKDOWN, {not: NODE_MODULES}]},
    // Sees the raw Markdown before the MDX loader turns it into JS, whatever order plugins added rules in.
    enforce: 'pre',
    use: [{loader: LOADER, options: {policyFiles}}],
  };
}
