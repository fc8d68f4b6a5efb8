/**
 * What `docusaurus-plugin-ai-policy` resolves to at run time: the package entry (`./index.js`), from the
 * bundle `npm run build` makes of it (`./bundle/node-runtime.js`, see `node-runtime.ts`), loaded by Node
 * itself. Docusaurus loads every plugin and the site config through jiti with its require cache off, which
 * would transpile and evaluate each module of our graph in a module system of its own, once for the plugin
 * and once more for the remark plugin the config imports. Requiring the bundle natively (Node ≥ 20.19 loads
 * ES modules with `require`) costs a fraction of that and gives the plugin, the remark plugin and the policy
 * store one shared copy per process. The exports are the entry's, unchanged; `test/native-entry.test.ts`
 * holds the two lists together.
 */
import {createRequire} from 'node:module';
import type * as NodeRuntime from './node-runtime.js';

const {plugin: entry} = createRequire(import.meta.url)('./bundle/node-runtime.js') as typeof NodeRuntime;

export default entry.default;
export const {
  describeChange,
  diffPolicies,
  getSwizzleConfig,
  policyVersion,
  renderDiffMarkdown,
  validateOptions,
} = entry;
