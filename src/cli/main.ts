#!/usr/bin/env node
import {createRequire} from 'node:module';
import type * as Run from './run.js';

// The CLI runs from the bundle the plugin uses (see node-runtime.ts): a `check` of a small file is then
// mostly Node's own start-up rather than loading ~400 modules.
const {runCli} = createRequire(import.meta.url)('../bundle/node-runtime.js') as typeof Run;

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
