// Bundles what the package runs in Node (as tsc emitted it in lib/) into single CommonJS files, for the
// reason src/node-runtime.ts gives; CommonJS because only a script, not an ES module, can be compiled with
// V8's code cache (src/code-cache/compiled-bundle.ts), which scripts/write-code-caches.mjs then writes:
// - lib/bundle/node-runtime.cjs, for Docusaurus (the plugin and the remark plugin). The Markdown packages
//   (micromark, mdast-util-*, unist-util-*) stay imports: Docusaurus's MDX compiler loads the same ones,
//   so a build loads and warms them once, for both. Docusaurus's own packages stay imports too.
// - lib/bundle/cli.cjs, for `ai-policy`: everything inlined but Docusaurus's packages (and the MCP SDK), since a terminal
//   command has nobody to share modules with and one file is what starts fastest.
import {execFileSync} from 'node:child_process';
import {chmodSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url));
rmSync(lib('bundle'), {recursive: true, force: true});

const DOCUSAURUS = ['@docusaurus/*', 'webpack'];
const SHARED_WITH_MDX = ['micromark*', 'mdast-util-*', 'unist-util-*'];

const bundles = [
  {entry: 'node-runtime.js', out: 'bundle/node-runtime.cjs', external: [...DOCUSAURUS, ...SHARED_WITH_MDX]},
  // The MCP SDK stays an import: only `ai-policy mcp` loads it, on demand.
  {
    entry: 'cli/run.js',
    out: 'bundle/cli.cjs',
    external: [...DOCUSAURUS, '@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*'],
  },
];

for (const {entry, out, external} of bundles) {
  await build({
    entryPoints: [lib(entry)],
    outfile: lib(out),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    // A few modules find the package's files from their own URL; the bundles sit at the same depth.
    define: {'import.meta.url': '__bundleUrl'},
    banner: {js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;"},
    sourcemap: 'linked',
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

// In a process of its own: a cache must come from a Node started as a user's is.
execFileSync(process.execPath, [fileURLToPath(new URL('write-code-caches.mjs', import.meta.url))], {
  stdio: 'inherit',
});

// npm marks a bin executable when it links it, which a lib/ rebuilt from scratch would otherwise lose.
chmodSync(lib('cli/main.js'), 0o755);
