#!/usr/bin/env node
import {loadCliBundle} from './bundle-loader.js';

// The CLI runs from one bundled file with V8's code cache (`bundle-loader.ts`): a `check` of a small file
// is then mostly Node's own start-up rather than loading and compiling ~500 modules.
const {runCli} = loadCliBundle().cli;

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
