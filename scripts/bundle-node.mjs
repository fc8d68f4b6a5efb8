// Bundles what the package runs in Node (lib/node-runtime.js, as tsc emitted it) into one file,
// lib/bundle/node-runtime.js, for the reason src/node-runtime.ts gives. Docusaurus's own packages stay
// imports: they are the site's, already loaded, and some hold state the site shares.
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url));
const outfile = lib('bundle/node-runtime.js');
rmSync(lib('bundle'), {recursive: true, force: true});

await build({
  entryPoints: [lib('node-runtime.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@docusaurus/*', 'webpack'],
  // CommonJS dependencies (yaml, intl-messageformat) call `require` for Node built-ins, which an ES module
  // does not have.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  legalComments: 'eof',
  logLevel: 'warning',
});
