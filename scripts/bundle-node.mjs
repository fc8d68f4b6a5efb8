// Bundles what the package runs in Node (as tsc emitted it in lib/) into single files, for the reason
// src/node-runtime.ts gives:
// - lib/bundle/node-runtime.js, for Docusaurus (the plugin and the remark plugin). The Markdown packages
//   (micromark, mdast-util-*, unist-util-*) stay imports: Docusaurus's MDX compiler loads the same ones,
//   so a build loads and warms them once, for both. Docusaurus's own packages stay imports too.
// - lib/bundle/cli.js, for `ai-policy`: everything inlined but Docusaurus's packages, since a terminal
//   command has nobody to share modules with and one file is what starts fastest.
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url));
rmSync(lib('bundle'), {recursive: true, force: true});

const DOCUSAURUS = ['@docusaurus/*', 'webpack'];
const SHARED_WITH_MDX = ['micromark*', 'mdast-util-*', 'unist-util-*'];

const bundles = [
  {entry: 'node-runtime.js', out: 'bundle/node-runtime.js', external: [...DOCUSAURUS, ...SHARED_WITH_MDX]},
  {entry: 'cli/run.js', out: 'bundle/cli.js', external: DOCUSAURUS},
];

for (const {entry, out, external} of bundles) {
  await build({
    entryPoints: [lib(entry)],
    outfile: lib(out),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    // CommonJS dependencies (yaml, intl-messageformat) call `require` for Node built-ins, which an ES
    // module does not have.
    banner: {
      js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    legalComments: 'eof',
    logLevel: 'warning',
  });
}
