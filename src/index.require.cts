/**
 * The package's entry for `require()` callers, which is how Docusaurus loads plugins and site configs: through
 * jiti, which runs every ES module it loads through Babel first (seconds with an empty cache, as in CI). A
 * `.cjs` file is handed to Node's own `require`, and Node (≥ 20.19) loads the ES modules below it natively.
 * It re-exports the ES module entry unchanged, so `import` and `require` see one module, one policy store.
 */
import entry = require('./index.js');

export = entry;
