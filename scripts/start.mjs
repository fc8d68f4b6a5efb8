#!/usr/bin/env node
// `npm start -- <args>` at the repository root: builds the package, then runs the example site's
// `docusaurus start` with the arguments as given (`--port 4000`, `--locale fr`, `--host 0.0.0.0`).
// A plain `npm run start --workspace example-site` in package.json would hand them to npm instead, and
// Docusaurus would take the port number for a site directory.
import {spawn, spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.join(root, 'example-site');

/** The command that serves the example site: node, the site's Docusaurus CLI, `start`, then the user's args. */
export function startCommand(args) {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const cli = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  return {command: process.execPath, args: [cli, 'start', ...args], cwd: siteDir};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
  const {command, args, cwd} = startCommand(process.argv.slice(2));
  const child = spawn(command, args, {cwd, stdio: 'inherit'});
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}
