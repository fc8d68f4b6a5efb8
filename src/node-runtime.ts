/**
 * Everything the package runs in Node, in one module: the Docusaurus plugin's entry, the remark plugin and
 * the CLI. `npm run build` bundles it, with its dependencies, into `lib/bundle/node-runtime.js`, which the
 * run-time entries (`native-entry.ts`, `native-remark.ts`, `cli/main.ts`) load. Loading ~400 small ES
 * modules (ours, zod, yaml, intl-messageformat, micromark) is most of what the plugin costs a build and
 * most of what a `check` of a small file costs; one file is a fraction of that (`bench/fixed-cost.mjs`).
 * One module for all three keeps one copy of the policy store per process, whichever entry loads first.
 */

export {runCli} from './cli/run.js';
export * as plugin from './index.js';
export * as remark from './remark/index.js';
