/**
 * What `docusaurus-plugin-ai-policy/remark` resolves to at run time: `./remark/index.js`, from the same
 * bundle as the package entry, loaded by Node itself rather than by the jiti instance that loads the site
 * config, for the reason `native-entry.ts` gives. The remark plugin's policy store is then the very one the
 * Docusaurus plugin already loaded.
 */
import {fileURLToPath} from 'node:url';
import {loadCompiledBundle} from './code-cache/compiled-bundle.js';
import type * as NodeRuntime from './node-runtime.js';

const {remark} = loadCompiledBundle<typeof NodeRuntime>(
  fileURLToPath(new URL('./bundle/node-runtime.cjs', import.meta.url)),
).exports;

export default remark.default;
export const {remarkAiPolicy} = remark;
