// Writes V8's code cache for the CLI bundle (see src/cli/bundle-loader.ts). The cache is taken after the
// commands users run most have run once, so it holds those functions compiled, not just the top level.
// Nothing here is written but the cache: the commands read a policy and print to a sink.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {CLI_CODE_CACHE, loadCliBundle} from '../lib/cli/bundle-loader.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLICY = path.join(ROOT, 'example-site', 'ai-policy.yml');

const work = mkdtempSync(path.join(tmpdir(), 'ai-policy-code-cache-'));
try {
  // A config with mistakes: `check` on it compiles the problem reporting as well.
  const broken = path.join(work, 'ai-policy.yml');
  writeFileSync(broken, 'organization: Warm-up\nindustry: sass\ntools:\n  - name: A\n    agreement: nope\n');

  const loaded = loadCliBundle(path.join(work, 'no-cache'));
  const sink = new Writable({write: (_chunk, _encoding, done) => done()});
  const io = {cwd: ROOT, stdout: sink, stderr: sink, stdin: process.stdin};
  for (const argv of [
    ['check', POLICY],
    ['render', POLICY],
    ['render', POLICY, '--format', 'json'],
    ['render', POLICY, '--section', 'data-classification'],
    ['check', broken],
    ['help'],
  ]) {
    await loaded.cli.runCli(argv, io);
  }
  writeFileSync(CLI_CODE_CACHE, loaded.codeCache());
} finally {
  rmSync(work, {recursive: true, force: true});
}
