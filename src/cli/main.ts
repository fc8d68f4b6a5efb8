#!/usr/bin/env node
import {fileURLToPath} from 'node:url';
import {loadCompiledBundle} from '../code-cache/compiled-bundle.js';
import type * as Run from './run.js';

/** The CLI in one CommonJS file (`scripts/bundle-node.mjs`). */
const CLI_BUNDLE = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));

const io = {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};
const argv = process.argv.slice(2);

if (argv[0] === 'hook') {
  // An agent hook is a new process on every tool call: it loads its own few modules, not the whole CLI.
  const {runHook} = await import('./hook.js');
  process.exitCode = await runHook(argv.slice(1), io);
} else {
  // One bundled file, compiled with V8's code cache: a `check` of a small file is then mostly Node's own
  // start-up rather than loading and compiling ~500 modules.
  const {runCli} = loadCompiledBundle<typeof Run>(CLI_BUNDLE).exports;
  process.exitCode = await runCli(argv, io);
}
