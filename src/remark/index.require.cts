/**
 * `docusaurus-plugin-ai-policy/remark` for `require()` callers (a site config loaded through jiti, or a
 * CommonJS `docusaurus.config.js`): handed to Node's own `require`, which loads the ES module natively; see
 * `../index.require.cts`.
 */
import entry = require('./index.js');

export = entry;
