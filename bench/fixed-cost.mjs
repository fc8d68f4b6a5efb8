#!/usr/bin/env node
/**
 * The plugin's fixed cost per build, phase by phase, in CPU time: what a `docusaurus build` of a site with
 * the plugin does that its twin without the plugin does not, replayed in a fresh Node process the way
 * Docusaurus calls it (config and plugin loaded through Docusaurus's own `loadFreshModule`, i.e. jiti;
 * then the plugin's lifecycles; the first `::ai-policy` embed through the remark plugin the config holds).
 * Bundling and SSR are left out: they are Docusaurus's, the same for the twin's static pages.
 *
 *   node bench/fixed-cost.mjs [--site example-site] [--runs 7]
 *
 * Each run is a new process (module loading is most of the cost and only a fresh process pays it); the
 * table gives medians. CPU time (user + system of the process) is what a shared machine disturbs least.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {median} from './stats.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');

export const PHASES = [
  ['config', 'site config loaded (jiti, once set up; imports `docusaurus-plugin-ai-policy/remark`)'],
  ['pluginModule', 'plugin module loaded (jiti)'],
  ['construct', '`validateOptions` + plugin constructor'],
  ['loadContent', '`loadContent` (policy store: parse, build, render; lint; history via git)'],
  ['contentLoaded', '`contentLoaded` (routes, `createData`)'],
  ['firstEmbed', 'first `::ai-policy` embed (remark plugin, one page)'],
  ['nextEmbeds', 'next 20 embeds (remark plugin, 20 pages)'],
  ['postBuild', '`postBuild` (downloads, enforce files)'],
];

const cpuMs = (since) => {
  const usage = process.cpuUsage(since);
  return (usage.user + usage.system) / 1000;
};

function configFile(siteDir) {
  for (const name of ['docusaurus.config.ts', 'docusaurus.config.mjs', 'docusaurus.config.js']) {
    const file = path.join(siteDir, name);
    if (existsSync(file)) return file;
  }
  throw new Error(`no docusaurus.config in ${siteDir}`);
}

/** One fresh process: every phase once, printed as JSON of CPU milliseconds. */
async function child(siteDir) {
  process.env.NODE_ENV = 'production';
  const siteRequire = createRequire(path.join(siteDir, 'package.json'));
  const {loadFreshModule} = siteRequire('@docusaurus/utils');
  // Markdown tooling Docusaurus's MDX compiler loads for every site (`@docusaurus/mdx-loader`'s processor:
  // remark-parse, remark-directive, remark-gfm with micromark and mdast-util-gfm): not the plugin's cost.
  const {unified} = await import(siteRequire.resolve('unified'));
  const remarkParse = (await import(siteRequire.resolve('remark-parse'))).default;
  const remarkDirective = (await import(siteRequire.resolve('remark-directive'))).default;
  await import(siteRequire.resolve('remark-gfm'));
  const {VFile} = await import(siteRequire.resolve('vfile'));
  const tmp = path.join(BENCH_DIR, '.tmp', `fixed-cost-${process.pid}`);
  rmSync(tmp, {recursive: true, force: true});
  mkdirSync(tmp, {recursive: true});

  const result = {};
  const phase = async (name, fn) => {
    const start = process.cpuUsage();
    const value = await fn();
    result[name] = cpuMs(start);
    return value;
  };
  try {
    // jiti sets itself up (Babel and all) on its first load, which the twin's build pays as well: that is
    // done on an empty module first, so the config phase is the config's own imports.
    const warmUp = path.join(tmp, 'warm-up.mjs');
    await writeFile(warmUp, 'export default {};\n');
    await loadFreshModule(warmUp);
    const config = await phase('config', () => loadFreshModule(configFile(siteDir)));
    const entry = config.plugins.find(
      (plugin) => (Array.isArray(plugin) ? plugin[0] : plugin) === 'docusaurus-plugin-ai-policy',
    );
    const rawOptions = Array.isArray(entry) ? entry[1] : {};
    const mod = await phase('pluginModule', () =>
      loadFreshModule(siteRequire.resolve('docusaurus-plugin-ai-policy')),
    );
    const context = {
      siteDir,
      siteConfig: config,
      generatedFilesDir: path.join(tmp, '.docusaurus'),
      outDir: tmp,
    };
    const plugin = await phase('construct', async () => {
      const options = mod.validateOptions({options: {id: 'default', ...rawOptions}, validate: () => {}});
      return (mod.default ?? mod)(context, options);
    });
    const content = await phase('loadContent', () => plugin.loadContent());
    await phase('contentLoaded', () =>
      plugin.contentLoaded({
        content,
        actions: {
          createData: async (name, data) => {
            const file = path.join(tmp, name);
            await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
            return file;
          },
          addRoute: () => {},
          setGlobalData: () => {},
        },
      }),
    );
    const docs = config.presets?.[0]?.[1]?.docs ?? {};
    const remarkAiPolicy = [...(docs.beforeDefaultRemarkPlugins ?? []), ...(docs.remarkPlugins ?? [])][0];
    const processor = unified().use(remarkParse).use(remarkDirective).use(remarkAiPolicy);
    const page = (n) =>
      `# Page ${n}\n\nSome text.\n\n::ai-policy{section="${n % 2 ? 'approved-tools' : 'data-classification'}"}\n\nMore text.\n`;
    // Parsing the page is Docusaurus's work (the twin parses the inlined text instead): only `run` counts.
    const parsed = Array.from({length: 21}, (_, n) => {
      const file = new VFile({path: path.join(siteDir, `docs/page-${n}.md`), value: page(n)});
      return {file, tree: processor.parse(file)};
    });
    const embed = ({file, tree}) => processor.run(tree, file);
    await phase('firstEmbed', () => embed(parsed[0]));
    await phase('nextEmbeds', async () => {
      for (const page of parsed.slice(1)) await embed(page);
    });
    await phase('postBuild', () => plugin.postBuild({outDir: tmp, content}));
  } finally {
    rmSync(tmp, {recursive: true, force: true});
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** `runs` fresh processes measuring `siteDir`; medians per phase and of the total. */
export function measureFixedCost({siteDir, runs}) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', siteDir], {
      cwd: siteDir,
      encoding: 'utf8',
      env: {...process.env, FORCE_COLOR: '0'},
    });
    if (out.status !== 0) throw new Error(`fixed-cost run failed:\n${out.stderr}`);
    samples.push(JSON.parse(out.stdout.trim().split('\n').at(-1)));
  }
  const phases = Object.fromEntries(PHASES.map(([name]) => [name, median(samples.map((s) => s[name]))]));
  const total = median(samples.map((s) => PHASES.reduce((sum, [name]) => sum + s[name], 0)));
  return {siteDir, runs, phases, total, loadAverage: os.loadavg()[0]};
}

export function formatFixedCost({siteDir, runs, phases, total}) {
  const rows = PHASES.map(([name, label]) => `| ${label} | ${phases[name].toFixed(0)} ms |`);
  return [
    `| phase (${path.relative(ROOT, siteDir) || siteDir}, CPU, median of ${runs} fresh processes) | CPU |`,
    '|---|---|',
    ...rows,
    `| **total** | **${total.toFixed(0)} ms** |`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') {
    await child(path.resolve(process.argv[3]));
  } else {
    const {values} = parseArgs({
      options: {
        site: {type: 'string', default: path.join(ROOT, 'example-site')},
        runs: {type: 'string', default: '7'},
      },
    });
    if (!existsSync(path.join(ROOT, 'lib/index.js'))) {
      console.error('bench: lib/ is missing; run `npm run build` first.');
      process.exit(1);
    }
    const measured = measureFixedCost({siteDir: path.resolve(values.site), runs: Number(values.runs)});
    console.log(formatFixedCost(measured));
    console.log(`(load average ${measured.loadAverage.toFixed(1)} on ${os.cpus().length} cores)`);
  }
}
