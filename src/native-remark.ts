/**
 * What `docusaurus-plugin-ai-policy/remark` resolves to at run time: `./remark/index.js`, from the same
 * bundle as the package entry, loaded by Node itself rather than by the jiti instance that loads the site
 * config, for the reason `native-entry.ts` gives. The remark plugin's policy store is then the very one the
 * Docusaurus plugin already loaded.
 */
import {createRequire} from 'node:module';
import type * as NodeRuntime from './node-runtime.js';

const {remark} = createRequire(import.meta.url)('./bundle/node-runtime.js') as typeof NodeRuntime;

export default remark.default;
export const {remarkAiPolicy} = remark;
