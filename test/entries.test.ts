/**
 * What the package runs is what tsc writes: its entries are `lib/index.js` and `lib/remark/index.js`, one
 * file per module, loaded by whatever loads them (Node, or Docusaurus's jiti for plugins and the site
 * config). The checks run the built lib/ in a plain Node process, as Docusaurus would, not through
 * vitest's module runner.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = path.join(ROOT, 'example-site');
const lib = (file: string) => path.join(ROOT, 'lib', file);

/** Runs an ES module script in a fresh Node process from the example site; returns its last JSON line. */
function inNode(script: string): Record<string, unknown> {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: SITE,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
  });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

beforeAll(() => {
  expect(existsSync(lib('index.js')), 'run `npm run build` first').toBe(true);
});

describe('the package entries', () => {
  it("are tsc's output: ES modules for import, a one-line CommonJS door for require (jiti)", () => {
    const resolve = createRequire(path.join(SITE, 'package.json')).resolve;
    expect(resolve('docusaurus-plugin-ai-policy')).toBe(lib('index.require.cjs'));
    expect(resolve('docusaurus-plugin-ai-policy/remark')).toBe(lib('remark/index.require.cjs'));
    const result = inNode(`
      import {createRequire} from 'node:module';
      import * as esm from 'docusaurus-plugin-ai-policy';
      import * as esmRemark from 'docusaurus-plugin-ai-policy/remark';
      const require = createRequire(import.meta.url);
      const cjs = require('docusaurus-plugin-ai-policy');
      const cjsRemark = require('docusaurus-plugin-ai-policy/remark');
      console.log(JSON.stringify({
        resolved: import.meta.resolve('docusaurus-plugin-ai-policy').endsWith('/lib/index.js'),
        samePlugin: cjs.default === esm.default,
        sameRemark: cjsRemark.remarkAiPolicy === esmRemark.remarkAiPolicy,
      }));`);
    // One module instance whichever way it is loaded: the plugin and the remark plugin share one store.
    expect(result).toEqual({resolved: true, samePlugin: true, sameRemark: true});
  });

  it('loaded through jiti, as Docusaurus loads the plugin and the site config, share one policy store', () => {
    // The plugin and the remark plugin come from two separate jiti loads (each with its own module
    // registry), as in a build: the store is still one per process, so the embed reuses the plugin's parse.
    const result = inNode(`
      import path from 'node:path';
      import {createRequire} from 'node:module';
      const require = createRequire(path.join(process.cwd(), 'package.json'));
      const {loadFreshModule} = require('@docusaurus/utils');
      const {unified} = await import(require.resolve('unified'));
      const remarkParse = (await import(require.resolve('remark-parse'))).default;
      const remarkDirective = (await import(require.resolve('remark-directive'))).default;
      const {VFile} = await import(require.resolve('vfile'));
      const plugin = await loadFreshModule(require.resolve('docusaurus-plugin-ai-policy'));
      const remark = await loadFreshModule(require.resolve('docusaurus-plugin-ai-policy/remark'));
      const options = plugin.validateOptions({options: {id: 'default', history: false}, validate: () => {}});
      const instance = (plugin.default ?? plugin)({siteDir: process.cwd(), siteConfig: {baseUrl: '/'}}, options);
      await instance.loadContent();
      const processor = unified().use(remarkParse).use(remarkDirective).use(remark.remarkAiPolicy ?? remark);
      const file = new VFile({path: path.join(process.cwd(), 'docs/page.md'),
        value: '# Page\\n\\n::ai-policy{section="approved-tools"}\\n'});
      const tree = await processor.run(processor.parse(file), file);
      const store = globalThis[Symbol.for('docusaurus-plugin-ai-policy.policy-store')];
      console.log(JSON.stringify({parses: store.parses, embedded: tree.children.length > 1}));`);
    expect(result).toEqual({parses: 1, embedded: true});
  });
});

describe('lib/', () => {
  it('holds no bundle, no V8 code cache, no vm and no source maps: Node loads each module itself', () => {
    const files = filesUnder(lib('')).map((file) => path.relative(lib(''), file));
    expect(files.filter((file) => /\.(map|v8-cache|cjs\.map)$|^bundle\/|^code-cache\//.test(file))).toEqual(
      [],
    );
    const usesVm = files.filter(
      (file) =>
        file.endsWith('.js') &&
        /from ['"]node:vm['"]|require\(['"](node:)?vm['"]\)/.test(readFileSync(lib(file), 'utf8')),
    );
    expect(usesVm).toEqual([]);
  });
});
