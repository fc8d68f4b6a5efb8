/**
 * A pass-through webpack/Rspack loader that makes a Markdown file which embeds the policy depend on the
 * policy file. The remark plugin inlines the policy into the compiled page, so without this edge the bundler
 * would keep serving the cached page (in `docusaurus start` and in a warm `docusaurus build`) after the
 * YAML changes. CommonJS, because both bundlers load a `.cjs` loader the same way.
 *
 * It also sees the one mistake the remark plugin cannot: a page with `::ai-policy` whose content plugin
 * (docs, blog or pages) does not list `remarkAiPolicy`. Docusaurus would only warn about "unused Markdown
 * directives" and publish the page without the policy; this names the file and the line to add.
 */
import type {LoaderContext} from 'webpack';

interface DependencyLoaderOptions {
  /** Absolute paths of every policy file an embed may read. */
  policyFiles: string[];
}

/** Cheap and deliberately broad: a false positive costs one extra rebuild, a false negative a stale page. */
const EMBED_MARKER = ':ai-policy';

/** The property `remarkAiPolicy` carries, so any copy of it is recognised among a loader's options. */
const REMARK_PLUGIN_MARK = Symbol.for('docusaurus-plugin-ai-policy/remark');

/** Files already warned about in this process, with the line warned about: `start` recompiles often. */
const warned = new Set<string>();

function aiPolicyDependencyLoader(this: LoaderContext<DependencyLoaderOptions>, source: string): string {
  if (source.includes(EMBED_MARKER)) {
    for (const policyFile of this.getOptions().policyFiles) this.addDependency(policyFile);
    warnWithoutRemarkPlugin(this, source);
  }
  return source;
}

function warnWithoutRemarkPlugin(context: LoaderContext<DependencyLoaderOptions>, source: string): void {
  const line = directiveLine(source);
  if (line === undefined) return;
  const mdxOptions = context.loaders
    ?.map((loader) => loader.options as unknown)
    .find((options): options is Record<string, unknown> => isMdxLoaderOptions(options));
  // Not Docusaurus's MDX loader, or options it cannot see: say nothing rather than guess.
  if (!mdxOptions) return;
  const listed = [mdxOptions.beforeDefaultRemarkPlugins, mdxOptions.remarkPlugins].some(
    (plugins) => Array.isArray(plugins) && plugins.some(isRemarkAiPolicy),
  );
  if (listed) return;
  const key = `${context.resourcePath}:${line}`;
  if (warned.has(key)) return;
  warned.add(key);
  const file = relativePath(context.rootContext, context.resourcePath);
  // The console, not `emitWarning`: Docusaurus does not print every bundler warning in every command.
  console.warn(
    `[WARNING] docusaurus-plugin-ai-policy: ${file}:${line} embeds the policy with ::ai-policy, but the content plugin that compiles it does not list remarkAiPolicy, so the page is published without the policy.\n` +
      `  In docusaurus.config, in the classic preset's docs, blog and pages options (whichever compile pages that embed the policy), add:\n` +
      `    beforeDefaultRemarkPlugins: [remarkAiPolicy],\n` +
      `  and at the top: import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';`,
  );
}

/**
 * The 1-based line of the first `::ai-policy` leaf directive outside fenced code, or undefined. A
 * directive may sit in a list item or a block quote; an example in a code fence is not one.
 */
function directiveLine(source: string): number | undefined {
  let fence: string | null = null;
  const lines = source.split('\n');
  for (const [index, text] of lines.entries()) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fence !== null) {
      if (opening && opening[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (opening) {
      fence = opening[1]!;
      continue;
    }
    if (/^[\s>*+\-\d.)]*::ai-policy(?=[\s{]|$)/.test(text)) return index + 1;
  }
  return undefined;
}

function isMdxLoaderOptions(options: unknown): options is Record<string, unknown> {
  return (
    typeof options === 'object' &&
    options !== null &&
    ('remarkPlugins' in options || 'beforeDefaultRemarkPlugins' in options) &&
    'admonitions' in options
  );
}

function isRemarkAiPolicy(entry: unknown): boolean {
  const plugin = Array.isArray(entry) ? entry[0] : entry;
  return typeof plugin === 'function' && REMARK_PLUGIN_MARK in plugin;
}

function relativePath(root: string, file: string): string {
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

export = aiPolicyDependencyLoader;
