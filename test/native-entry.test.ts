/**
 * The package's run-time entries (`native-entry.js`, `native-remark.js`, the CLI) load one bundle of the
 * real modules (`lib/bundle/node-runtime.js`) through Node's own loader, so that Docusaurus's jiti (which
 * loads plugins and the site config with its require cache off) neither re-evaluates our module graph nor
 * keeps a second copy of it for the remark plugin. The checks run in a plain Node process (vitest's module
 * runner is not Node's loader), loading the built entries the way Docusaurus does.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (file: string) => path.join(ROOT, 'lib', file);

/** Runs an ES module script in a fresh Node process from the example site; returns its JSON output. */
function inNode(script: string): Record<string, unknown> {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: path.join(ROOT, 'example-site'),
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

describe('the run-time entries', () => {
  beforeAll(() => {
    expect(existsSync(lib('native-entry.js')), 'run `npm run build` first').toBe(true);
  });

  it('are what the package resolves to', () => {
    const resolve = createRequire(path.join(ROOT, 'example-site', 'package.json')).resolve;
    expect(resolve('docusaurus-plugin-ai-policy')).toBe(lib('native-entry.js'));
    expect(resolve('docusaurus-plugin-ai-policy/remark')).toBe(lib('native-remark.js'));
  });

  it("export exactly what the modules they stand for export, the bundle's very functions", () => {
    const result = inNode(`
      const bundle = await import(${JSON.stringify(lib('bundle/node-runtime.js'))});
      // The same names as the unbundled module (the public surface), and the bundle's values.
      const same = async (a, b, bundled) => {
        const [x, y] = [await import(a), await import(b)];
        const keys = Object.keys(x).sort();
        return {keys, sameKeys: JSON.stringify(keys) === JSON.stringify(Object.keys(y).sort()),
          sameValues: keys.every((key) => x[key] === bundled[key])};
      };
      console.log(JSON.stringify({
        entry: await same(${JSON.stringify(lib('native-entry.js'))}, ${JSON.stringify(lib('index.js'))}, bundle.plugin),
        remark: await same(${JSON.stringify(lib('native-remark.js'))}, ${JSON.stringify(lib('remark/index.js'))}, bundle.remark),
      }));`);
    expect(result).toEqual({
      entry: {
        keys: [
          'default',
          'describeChange',
          'diffPolicies',
          'getSwizzleConfig',
          'policyVersion',
          'renderDiffMarkdown',
          'validateOptions',
        ],
        sameKeys: true,
        sameValues: true,
      },
      remark: {keys: ['default', 'remarkAiPolicy'], sameKeys: true, sameValues: true},
    });
  });

  it('loaded through jiti, as Docusaurus loads plugins and configs, hand back the one copy Node loaded', () => {
    const result = inNode(`
      import {createRequire} from 'node:module';
      const {loadFreshModule} = createRequire(import.meta.url.replace(/[^/]*$/, '') + 'x.js')('@docusaurus/utils');
      const plugin = await loadFreshModule(${JSON.stringify(lib('native-entry.js'))});
      const remark = await loadFreshModule(${JSON.stringify(lib('native-remark.js'))});
      const {plugin: entry, remark: remarkEntry} = await import(${JSON.stringify(lib('bundle/node-runtime.js'))});
      console.log(JSON.stringify({
        plugin: plugin === entry.default,
        validateOptions: plugin.validateOptions === entry.validateOptions,
        remark: remark.remarkAiPolicy === remarkEntry.remarkAiPolicy,
      }));`);
    expect(result).toEqual({plugin: true, validateOptions: true, remark: true});
  });
});

describe('the bundle', () => {
  it('is built from the current source: it holds every module the entries reach', () => {
    // A stale bundle (tsc run without `npm run build`) would ship yesterday's engine under today's types.
    const bundles = {
      'bundle/node-runtime.js': [
        'plugin/index.js',
        'remark/index.js',
        'engine/build.js',
        'store/policy-store.js',
      ],
      'bundle/cli.cjs': ['cli/run.js', 'cli/check.js', 'engine/build.js', 'store/policy-store.js'],
    };
    for (const [bundle, files] of Object.entries(bundles)) {
      const text = readFileSync(lib(bundle), 'utf8');
      for (const file of files) expect(text, `${file} in ${bundle}`).toContain(`// lib/${file}\n`);
    }
    expect(statSync(lib('bundle/node-runtime.js')).mtimeMs).toBeGreaterThanOrEqual(
      statSync(lib('engine/build.js')).mtimeMs,
    );
  });

  it('loads a fresh process with the plugin, the remark plugin and the CLI from one file of ours', () => {
    // Every module of this package a process evaluates, as Node's CommonJS cache sees it (require(esm) puts
    // ES modules there too): the entries and the bundle, nothing from lib/engine, lib/config, ...
    const result = inNode(`
      import {createRequire} from 'node:module';
      const require = createRequire(import.meta.url);
      require(${JSON.stringify(lib('native-entry.js'))});
      require(${JSON.stringify(lib('native-remark.js'))});
      const ours = Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(lib('') + path.sep)}));
      console.log(JSON.stringify(ours.map((file) => file.slice(${JSON.stringify(lib('').length + 1)})).sort()));`);
    expect(result).toEqual(['bundle/node-runtime.js', 'native-entry.js', 'native-remark.js']);
  });
});

describe("the CLI's code cache", () => {
  const CACHE = lib('bundle/cli.cjs.v8-cache');
  const POLICY = path.join(ROOT, 'example-site', 'ai-policy.yml');
  /**
   * Loads the CLI bundle in a fresh process with `cacheFile` (the default, as `ai-policy` does, when
   * undefined), renders the example policy, and reports both.
   */
  const loadWith = (cacheFile?: string) =>
    inNode(`
      import {Writable} from 'node:stream';
      import {loadCliBundle} from ${JSON.stringify(lib('cli/bundle-loader.js'))};
      const loaded = loadCliBundle(${cacheFile === undefined ? '' : JSON.stringify(cacheFile)});
      let out = '';
      const stdout = new Writable({write(chunk, _e, done) { out += chunk; done(); }});
      const code = await loaded.cli.runCli(['render', ${JSON.stringify(POLICY)}], {cwd: process.cwd(), stdout, stderr: stdout, stdin: process.stdin});
      console.log(JSON.stringify({cacheUsed: loaded.cacheUsed, code, out}));`);

  it('is written by the build and used by this Node (the default `ai-policy` loads), with the same output as without it', () => {
    const withCache = loadWith();
    const without = loadWith(path.join(ROOT, 'no-such-cache'));
    expect(withCache.cacheUsed).toBe(true);
    expect(without.cacheUsed).toBe(false);
    expect(withCache.code).toBe(0);
    expect(withCache.out).toContain('# AI Tool Usage Policy');
    expect(withCache.out).toBe(without.out);
  });

  it('is ignored when it was made from other source, even of the same length', () => {
    // V8 itself compares only the source's length; the loader compares a hash of its content.
    const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-cache-'));
    try {
      const stale = Buffer.from(readFileSync(CACHE));
      stale[0] = stale[0]! ^ 0xff;
      writeFileSync(path.join(dir, 'stale'), stale);
      const result = loadWith(path.join(dir, 'stale'));
      expect(result.cacheUsed).toBe(false);
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
