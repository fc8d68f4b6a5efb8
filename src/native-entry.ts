/**
 * What `docusaurus-plugin-ai-policy` resolves to at run time: the package entry (`./index.js`), loaded by
 * Node itself. Docusaurus loads every plugin and the site config through jiti with its require cache off,
 * which transpiles and evaluates each module of our graph (the engine, zod, yaml, micromark: ~280 modules)
 * in a module system of its own, once for the plugin and once more for the remark plugin the config
 * imports. Requiring the entry natively (Node ≥ 20.19 loads ES modules with `require`) costs a fraction
 * of that and gives the plugin, the remark plugin and the policy store one shared copy per process. The
 * exports are the entry's, unchanged; `test/native-entry.test.ts` holds the two lists together.
 */
import {createRequire} from 'node:module';
import type * as Entry from './index.js';

const entry = createRequire(import.meta.url)('./index.js') as typeof Entry;

export default entry.default;
export const {
  describeChange,
  diffPolicies,
  getSwizzleConfig,
  policyVersion,
  renderDiffMarkdown,
  validateOptions,
} = entry;
