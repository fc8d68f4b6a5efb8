/**
 * A pass-through webpack/Rspack loader that makes a Markdown file which embeds the policy depend on the
 * policy file. The remark plugin inlines the policy into the compiled page, so without this edge the bundler
 * would keep serving the cached page (in `docusaurus start` and in a warm `docusaurus build`) after the
 * YAML changes. CommonJS, because both bundlers load a `.cjs` loader the same way.
 */
import type {LoaderContext} from 'webpack';

interface DependencyLoaderOptions {
  /** Absolute paths of every policy file an embed may read. */
  policyFiles: string[];
}

/** Cheap and deliberately broad: a false positive costs one extra rebuild, a false negative a stale page. */
const EMBED_MARKER = ':ai-policy';

function aiPolicyDependencyLoader(this: LoaderContext<DependencyLoaderOptions>, source: string): string {
  if (source.includes(EMBED_MARKER)) {
    for (const policyFile of this.getOptions().policyFiles) this.addDependency(policyFile);
  }
  return source;
}

export = aiPolicyDependencyLoader;
