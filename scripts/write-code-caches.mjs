// Writes V8's code cache for each bundle (see src/code-cache/compiled-bundle.ts). A cache is taken after
// the bundle's most-used paths have run once, so it holds those functions compiled, not just the top
// level. Nothing is written but the caches: the runs read the example policy and print to a sink.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {codeCacheFile, loadCompiledBundle} from '../lib/code-cache/compiled-bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLICY = path.join(ROOT, 'example-site', 'ai-policy.yml');
const bundle = (name) => path.join(ROOT, 'lib', 'bundle', name);

const work = mkdtempSync(path.join(tmpdir(), 'ai-policy-code-cache-'));
const noCache = path.join(work, 'no-cache');
try {
  // The plugin's side: the policy store (parse, build, render), as a build's `loadContent` runs it.
  const runtime = loadCompiledBundle(bundle('node-runtime.cjs'), noCache);
  const policy = await runtime.exports.warmUp.loadPolicy(POLICY);
  if (policy.markdown.length === 0 || policy.json.length === 0) throw new Error('warm-up rendered nothing');
  writeFileSync(codeCacheFile(bundle('node-runtime.cjs')), runtime.codeCache());

  // The CLI's: the commands run most, and `check` on a config with mistakes, for the problem reports.
  const broken = path.join(work, 'ai-policy.yml');
  writeFileSync(broken, 'organization: Warm-up\nindustry: sass\ntools:\n  - name: A\n    agreement: nope\n');
  const cli = loadCompiledBundle(bundle('cli.cjs'), noCache);
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
    await cli.exports.runCli(argv, io);
  }
  writeFileSync(codeCacheFile(bundle('cli.cjs')), cli.codeCache());
} finally {
  rmSync(work, {recursive: true, force: true});
}
