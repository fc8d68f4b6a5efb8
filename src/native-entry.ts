/**
 * What `docusaurus-plugin-ai-policy` resolves to at run time: the package entry (`./index.js`), from the
 * bundle `npm run build` makes of it (`./bundle/node-runtime.cjs`, see `node-runtime.ts`), compiled by
 * Node itself with V8's code cache (`code-cache/compiled-bundle.ts`). Docusaurus loads every plugin and
 * the site config through jiti with its require cache off, which would transpile and evaluate each module
 * of our graph in a module system of its own, once for the plugin and once more for the remark plugin the
 * config imports. Compiling the bundle natively, once per process, costs a fraction of that and gives the
 * plugin, the remark plugin and the policy store one shared copy per process. (The bundle `require`s the
 * Markdown packages, which are ES modules; Node >= 20.19 allows that.) The exports are the entry's,
 * unchanged; `test/native-entry.test.ts` holds the two lists together.
 */
import {fileURLToPath} from 'node:url';
import {loadCompiledBundle} from './code-cache/compiled-bundle.js';
import type * as NodeRuntime from './node-runtime.js';

const {plugin: entry} = loadCompiledBundle<typeof NodeRuntime>(
  fileURLToPath(new URL('./bundle/node-runtime.cjs', import.meta.url)),
).exports;

export default entry.default;
export const {
  describeChange,
  diffPolicies,
  getSwizzleConfig,
  policyVersion,
  renderDiffMarkdown,
  validateOptions,
} = entry;
