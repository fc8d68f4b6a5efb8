// Bundles what the package runs in Node (as tsc emitted it in lib/) into single files, for the reason
// src/node-runtime.ts gives:
// - lib/bundle/node-runtime.js, for Docusaurus (the plugin and the remark plugin). The Markdown packages
//   (micromark, mdast-util-*, unist-util-*) stay imports: Docusaurus's MDX compiler loads the same ones,
//   so a build loads and warms them once, for both. Docusaurus's own packages stay imports too.
// - lib/bundle/cli.cjs, for `ai-policy`: everything inlined but Docusaurus's packages, since a terminal
//   command has nobody to share modules with and one file is what starts fastest. CommonJS, because only
//   a script (not an ES module) can be compiled with V8's code cache, which scripts/cli-code-cache.mjs
//   then writes.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url));
rmSync(lib('bundle'), {recursive: true, force: true});

const DOCUSAURUS = ['@docusaurus/*', 'webpack'];
const SHARED_WITH_MDX = ['micromark*', 'mdast-util-*', 'unist-util-*'];

const ESM = {
  format: 'esm',
  // CommonJS dependencies (yaml, intl-messageformat) call `require` for Node built-ins, which an ES
  // module does not have.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
};
const CJS = {
  format: 'cjs',
  // A few modules find the package's files from their own URL; the bundle sits at the same depth.
  define: {'import.meta.url': '__bundleUrl'},
  banner: {js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
};

const bundles = [
  {
    entry: 'node-runtime.js',
    out: 'bundle/node-runtime.js',
    external: [...DOCUSAURUS, ...SHARED_WITH_MDX],
    ...ESM,
  },
  {entry: 'cli/run.js', out: 'bundle/cli.cjs', external: DOCUSAURUS, ...CJS},
];

for (const {entry, out, external, format, define, banner} of bundles) {
  await build({
    entryPoints: [lib(entry)],
    outfile: lib(out),
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    external,
    define,
    banner,
    sourcemap: 'linked',
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

// In a process of its own: the cache must come from a Node started as a user's `ai-policy` is.
execFileSync(process.execPath, [fileURLToPath(new URL('cli-code-cache.mjs', import.meta.url))], {
  stdio: 'inherit',
});
