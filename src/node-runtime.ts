/**
 * What the package runs inside Docusaurus, in one module: the plugin's entry and the remark plugin.
 * `npm run build` bundles it into `lib/bundle/node-runtime.cjs` (`scripts/bundle-node.mjs`), which the
 * run-time entries (`native-entry.ts`, `native-remark.ts`) load. Loading ~400 small ES modules (ours, zod,
 * yaml, intl-messageformat) was most of what the plugin cost a build; one file is a fraction of that
 * (`bench/fixed-cost.mjs`). One module for both keeps one copy of the policy store per process, whichever
 * entry loads first. The CLI has a bundle of its own, `lib/bundle/cli.cjs`. Both are compiled with V8's
 * code cache (`code-cache/compiled-bundle.ts`).
 */
export * as plugin from './index.js';
export * as remark from './remark/index.js';
/** For the build's code-cache warm-up only (`scripts/write-code-caches.mjs`); not part of any entry. */
export * as warmUp from './store/policy-store.js';
