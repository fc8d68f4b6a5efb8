/**
 * The package's run-time entries (`native-entry.js`, `native-remark.js`) load one bundle of the real
 * modules (`lib/bundle/node-runtime.cjs`), compiled by Node itself with V8's code cache, so that Docusaurus's jiti (which
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
      const {loadCompiledBundle} = await import(${JSON.stringify(lib('code-cache/compiled-bundle.js'))});
      const bundle = loadCompiledBundle(${JSON.stringify(lib('bundle/node-runtime.cjs'))}).exports;
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
      const {loadCompiledBundle} = await import(${JSON.stringify(lib('code-cache/compiled-bundle.js'))});
      const {plugin: entry, remark: remarkEntry} = loadCompiledBundle(${JSON.stringify(lib('bundle/node-runtime.cjs'))}).exports;
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
      'bundle/node-runtime.cjs': [
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
    expect(statSync(lib('bundle/node-runtime.cjs')).mtimeMs).toBeGreaterThanOrEqual(
      statSync(lib('engine/build.js')).mtimeMs,
    );
  });

  it('loads a fresh process with the plugin and the remark plugin from one bundle, compiled once', () => {
    // Every module of this package required (require(esm) puts ES modules in the CommonJS cache too): the
    // two entries, nothing from lib/engine, lib/config, ...; the bundle itself is compiled once, with its
    // cache, into the one slot both entries read.
    const result = inNode(`
      import {createRequire} from 'node:module';
      const require = createRequire(import.meta.url);
      require(${JSON.stringify(lib('native-entry.js'))});
      require(${JSON.stringify(lib('native-remark.js'))});
      const ours = Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(lib('') + path.sep)}));
      const slots = Object.getOwnPropertySymbols(globalThis).map(String).filter((name) => name.includes('.bundle:'));
      const bundle = globalThis[Symbol.for('docusaurus-plugin-ai-policy.bundle:' + ${JSON.stringify(lib('bundle/node-runtime.cjs'))})];
      console.log(JSON.stringify({
        modules: ours.map((file) => file.slice(${JSON.stringify(lib('').length + 1)})).sort(),
        bundles: slots.length,
        cacheUsed: bundle.cacheUsed,
      }));`);
    expect(result).toEqual({
      modules: ['native-entry.js', 'native-remark.js'],
      bundles: 1,
      cacheUsed: true,
    });
  });
});

describe('the code caches', () => {
  const POLICY = path.join(ROOT, 'example-site', 'ai-policy.yml');
  /** What each bundle is run on in the checks: the example policy rendered, through that bundle. */
  const RENDER = {
    'node-runtime.cjs': `(await bundle.exports.warmUp.loadPolicy(${JSON.stringify(POLICY)})).markdown`,
    'cli.cjs': `await (async () => {
      const {Writable} = await import('node:stream');
      let out = '';
      const stdout = new Writable({write(chunk, _e, done) { out += chunk; done(); }});
      await bundle.exports.runCli(['render', ${JSON.stringify(POLICY)}], {cwd: process.cwd(), stdout, stderr: stdout, stdin: process.stdin});
      return out;
    })()`,
  };
  /**
   * Compiles a bundle in a fresh process with `cacheFile` (when undefined, the default, as the entries and
   * `ai-policy` do), renders the example policy through it, and reports both.
   */
  const loadWith = (name: keyof typeof RENDER, cacheFile?: string) =>
    inNode(`
      import {loadCompiledBundle} from ${JSON.stringify(lib('code-cache/compiled-bundle.js'))};
      const bundle = loadCompiledBundle(${JSON.stringify(lib(`bundle/${name}`))}${cacheFile === undefined ? '' : `, ${JSON.stringify(cacheFile)}`});
      const out = ${RENDER[name]};
      console.log(JSON.stringify({cacheUsed: bundle.cacheUsed, out}));`);

  for (const name of Object.keys(RENDER) as (keyof typeof RENDER)[]) {
    it(`for ${name}: written by the build, used by this Node, and the output is the same without it`, () => {
      const withCache = loadWith(name);
      const without = loadWith(name, path.join(ROOT, 'no-such-cache'));
      expect(withCache.cacheUsed).toBe(true);
      expect(without.cacheUsed).toBe(false);
      expect(withCache.out).toContain('# AI Tool Usage Policy');
      expect(withCache.out).toBe(without.out);
    });
  }

  it('is ignored when it was made from other source, even of the same length', () => {
    // V8 itself compares only the source's length; the loader compares a hash of its content.
    const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-cache-'));
    try {
      const stale = Buffer.from(readFileSync(lib('bundle/cli.cjs.v8-cache')));
      stale[0] = stale[0]! ^ 0xff;
      writeFileSync(path.join(dir, 'stale'), stale);
      const result = loadWith('cli.cjs', path.join(dir, 'stale'));
      expect(result.cacheUsed).toBe(false);
      expect(result.out).toContain('# AI Tool Usage Policy');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
