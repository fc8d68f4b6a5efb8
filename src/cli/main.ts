#!/usr/bin/env node
import {createRequire} from 'node:module';
import type * as Run from './run.js';

// The CLI runs from one bundled file (`scripts/bundle-node.mjs`): a `check` of a small file is then mostly
// Node's own start-up rather than loading ~500 modules.
const {runCli} = createRequire(import.meta.url)('../bundle/cli.js') as typeof Run;

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
