/**
 * What `docusaurus-plugin-ai-policy/remark` resolves to at run time: `./remark/index.js` loaded by Node
 * itself rather than by the jiti instance that loads the site config, for the reason `native-entry.ts`
 * gives. The remark plugin's policy store is then the very module the Docusaurus plugin already loaded.
 */
import {createRequire} from 'node:module';
import type * as Remark from './remark/index.js';

const remark = createRequire(import.meta.url)('./remark/index.js') as typeof Remark;

export default remark.default;
export const {remarkAiPolicy} = remark;
