#!/usr/bin/env node
/**
 * `npm run bench`: what docusaurus-plugin-ai-policy costs a real `docusaurus build`.
 *
 * Builds a synthetic handbook twice, interleaved: site A with the plugin (30% of the pages embed one or two
 * policy sections with `::ai-policy`), and its twin B without the plugin, where every directive is replaced
 * by the Markdown the plugin generates for it and the policy pages are static Markdown. Cold builds (no
 * caches) and warm builds (Rspack's persistent cache kept) are measured separately. Also measures the
 * engine alone, `decide()` and a cold agent-hook process (bench/decide.mjs), the per-page MDX compile in
 * process, how many times a build parsed the policy file, and the
 * history page's cost at 200 commits of the policy file (bench/history.mjs).
 *
 *   npm run bench -- [--pages 1000] [--runs 3] [--curve] [--profile] [--wait-idle] [--smoke] [--out FILE]
 *
 * (`--help` lists every option.) On a shared machine use `--wait-idle`, and read the "other processes'
 * CPU" column: wall times of runs that competed with other work are not comparable.
 *
 * See bench/RESULTS.md for the last full run. The last line printed is always
 * `overhead ratio (cold, N pages): X.XX`.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {formatProfileSummary, summarizeProfiles} from './profile.mjs';
import {renderReport} from './report.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const TMP = path.join(BENCH_DIR, '.tmp');
// A whole policy: the example site's own file extends this baseline, and the generated sites have no node_modules.
const DEFAULT_POLICY = path.join(ROOT, 'example-baseline/ai-policy.yml');
const CURVE_PAGES = [100, 1000, 3000];

const USAGE = `Usage: npm run bench -- [options]

  --pages N         pages in the synthetic handbook (default 1000)
  --runs R          interleaved A/B runs, each a cold and a warm build of both (default 6: A first, then B first)
  --curve           also build ${CURVE_PAGES.join(', ')} pages (cold) to show how the cost grows
  --curve-runs R    runs per size for --curve (default 1)
  --profile         one more cold and warm build of A and of B under --cpu-prof, summarized
  --no-warm         cold builds only
  --wait-idle       before each build, wait until other processes leave the CPU idle
  --wait-idle-max S the longest one build waits for an idle machine, in seconds (default 600)
  --policy FILE     policy to embed, a whole policy (default example-baseline/ai-policy.yml)
  --out FILE        where to write the report (default bench/RESULTS.md; with --smoke bench/.tmp/RESULTS-smoke.md)
  --smoke           CI mode: fewer iterations; never writes bench/RESULTS.md unless --out says so
  --help`;

function options() {
  const {values} = parseArgs({
    options: {
      pages: {type: 'string', default: '1000'},
      runs: {type: 'string', default: '6'},
      curve: {type: 'boolean', default: false},
      'curve-runs': {type: 'string', default: '1'},
      profile: {type: 'boolean', default: false},
      'no-warm': {type: 'boolean', default: false},
      'wait-idle': {type: 'boolean', default: false},
      'wait-idle-max': {type: 'string', default: '600'},
      policy: {type: 'string', default: DEFAULT_POLICY},
      out: {type: 'string'},
      smoke: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false},
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) {
      console.error(`bench: --${name} expects a positive integer, got "${values[name]}"\n\n${USAGE}`);
      process.exit(2);
    }
    return value;
  };
  return {
    pages: positive('pages'),
    runs: positive('runs'),
    curve: values.curve,
    curveRuns: positive('curve-runs'),
    profile: values.profile,
    warm: !values['no-warm'],
    waitIdle: values['wait-idle'],
    waitIdleMs: positive('wait-idle-max') * 1000,
    policyFile: path.resolve(values.policy),
    smoke: values.smoke,
    out: path.resolve(
      values.out ?? (values.smoke ? path.join(TMP, 'RESULTS-smoke.md') : path.join(BENCH_DIR, 'RESULTS.md')),
    ),
  };
}

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const opts = options();
  if (!existsSync(path.join(ROOT, 'lib/render/markdown.js'))) {
    console.error('bench: lib/ is missing; run `npm run build` first (npm run bench does).');
    process.exit(1);
  }
  // Imported after the check, since they import lib/.
  const {generateTwinSites} = await import('./generate.mjs');
  const {buildSite, cleanSite, DOCUSAURUS_VERSION, RSS_SOURCE, waitForQuietMachine} = await import(
    './docusaurus-build.mjs'
  );
  const {benchEngine} = await import('./engine.mjs');
  const {benchHistory} = await import('./history.mjs');
  const {benchMdxCompile} = await import('./mdx-compile.mjs');
  const {benchLargePolicies} = await import('./large-policy.mjs');
  const {measureFixedCost} = await import('./fixed-cost.mjs');

  mkdirSync(TMP, {recursive: true});
  const started = new Date();
  snapshotPackage();

  log('engine alone');
  // The same 300 iterations in a smoke run (about 3 s): the report judges this figure against its goal, and
  // 60 iterations after 6 warm-up ones measured the JIT warming up (10-14 ms against 8.4 ms on one machine).
  const engine = benchEngine({policyFile: opts.policyFile, iterations: 300});

  log('decide() warm and a cold `ai-policy hook claude-code` process');
  const {benchDecideWarm, benchHookCold, formatDecideBench} = await import('./decide.mjs');
  const decide = {
    warm: await benchDecideWarm({calls: opts.smoke ? 20_000 : 200_000}),
    hook: benchHookCold({runs: opts.smoke ? 3 : 21}),
  };
  for (const line of formatDecideBench(decide)) log(`  ${line}`);

  log('engine and CLI on large policies: 50, 200, 500, 1000 tools x 30 classes');
  const large = await benchLargePolicies({
    sizes: opts.smoke ? [50] : [50, 200, 500, 1000],
    runs: opts.smoke ? 1 : 5,
  });

  log('history page: 200 commits of the policy file');
  const history = await benchHistory({
    commits: 200,
    runs: opts.smoke ? 5 : 15,
    policyFile: opts.policyFile,
    dir: path.join(TMP, 'history-repo'),
  });
  log(
    `  history: ${history.cachedBuild.median.toFixed(1)} ms per build with the cache, ${history.firstBuild.median.toFixed(0)} ms without`,
  );

  /** Generates the twin sites for `pages` and builds them `runs` times, A then B. */
  async function measure(pages, runs, {warm}) {
    const dir = path.join(TMP, `pages-${pages}`);
    const {siteA, siteB, stats} = generateTwinSites({dir, pages, policyFile: opts.policyFile});
    log(
      `${pages} pages (${stats.docs} docs, ${stats.blog} blog posts): ${stats.embeddingPages} embed ${stats.embeds} sections; sites in ${path.relative(ROOT, dir)}`,
    );
    const build = async (site, label, kind, run) => {
      const name = `${label}-${kind}-${run}`;
      const busyBefore = opts.waitIdle
        ? await waitForQuietMachine({log, maxWaitMs: opts.waitIdleMs})
        : undefined;
      const result = await buildSite({
        siteDir: site,
        outDir: path.join(site, 'build'),
        logFile: path.join(dir, `${name}.log`),
        statsFile: path.join(dir, `${name}.stats.jsonl`),
      });
      result.busyBefore = busyBefore;
      log(
        `  ${pages} pages, run ${run}/${runs}, ${kind} ${label}: ${(result.wallMs / 1000).toFixed(1)} s wall, ` +
          `${(result.cpuMs / 1000).toFixed(1)} s CPU, others ${((result.otherCpuMs ?? Number.NaN) / 1000).toFixed(1)} s CPU, ` +
          `peak ${Math.round(result.peakRssKb / 1024)} MB${label === 'A' ? `, policy parsed ${result.parses}x` : ''}`,
      );
      return result;
    };
    const results = {cold: {A: [], B: []}, warm: {A: [], B: []}};
    // Odd runs build A first, even runs B first: whatever the first build after a clean pays (the page
    // cache, the machine's drift over a minute) falls on both sides equally.
    const sites = {A: siteA, B: siteB};
    for (let run = 1; run <= runs; run++) {
      const order = run % 2 === 1 ? ['A', 'B'] : ['B', 'A'];
      for (const site of [siteA, siteB]) cleanSite(site, path.join(site, 'build'));
      for (const label of order) results.cold[label].push(await build(sites[label], label, 'cold', run));
      if (warm) {
        for (const label of order) results.warm[label].push(await build(sites[label], label, 'warm', run));
      }
    }
    return {pages, dir, siteA, siteB, stats, results};
  }

  log(`builds: ${opts.pages} pages, ${opts.runs} run(s), ${opts.warm ? 'cold and warm' : 'cold only'}`);
  const main = await measure(opts.pages, opts.runs, {warm: opts.warm});

  log("the plugin's fixed cost per build, by phase (CPU, fresh processes)");
  const fixedCost = [main.siteA, path.join(ROOT, 'example-site')].map((siteDir) =>
    measureFixedCost({siteDir, runs: opts.smoke ? 1 : 5}),
  );

  log('MDX compile in process');
  const pageFiles = markdownPages(main.siteA);
  const sample = opts.smoke ? pageFiles : spread(pageFiles, 240);
  const compile = await benchMdxCompile({
    siteA: main.siteA,
    siteB: main.siteB,
    pageFiles: sample,
    stats: main.stats,
    rounds: opts.smoke ? 3 : 7,
  });

  const curve = [];
  if (opts.curve) {
    for (const pages of CURVE_PAGES) {
      if (pages === opts.pages && opts.curveRuns <= opts.runs) {
        curve.push(main);
        continue;
      }
      curve.push(await measure(pages, opts.curveRuns, {warm: false}));
    }
  }

  let profile;
  if (opts.profile) {
    // Cold A, cold B, then warm A, warm B (each on the cache its cold build left), like the measured runs.
    profile = {};
    const sites = [
      ['A', main.siteA],
      ['B', main.siteB],
    ];
    for (const kind of opts.warm ? ['cold', 'warm'] : ['cold']) {
      for (const [label, site] of sites) {
        const name = `${kind} ${label}`;
        const profDir = path.join(main.dir, `cpuprofile-${kind}-${label}`);
        rmSync(profDir, {recursive: true, force: true});
        if (kind === 'cold') cleanSite(site, path.join(site, 'build'));
        log(`profiling a ${kind} build of ${label} into ${path.relative(ROOT, profDir)}`);
        if (opts.waitIdle) await waitForQuietMachine({log, maxWaitMs: opts.waitIdleMs});
        const result = await buildSite({
          siteDir: site,
          outDir: path.join(site, 'build'),
          logFile: path.join(main.dir, `${kind}-${label}-profile.log`),
          statsFile: path.join(main.dir, `${kind}-${label}-profile.stats.jsonl`),
          cpuProfDir: profDir,
        });
        profile[name] = {
          wallMs: result.wallMs,
          cpuMs: result.cpuMs,
          otherCpuMs: result.otherCpuMs,
          summary: summarizeProfiles(profDir),
        };
        log(
          formatProfileSummary(
            `${name} build (${(result.wallMs / 1000).toFixed(1)} s wall)`,
            profile[name].summary,
          ),
        );
      }
    }
  }

  const machineInfo = machine(DOCUSAURUS_VERSION, RSS_SOURCE);
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const report = renderReport({
    opts,
    started,
    command,
    machine: machineInfo,
    engine,
    main,
    compile,
    curve,
    profile,
    history,
    large,
    fixedCost,
    decide,
  });
  writeFileSync(
    path.join(main.dir, 'results.json'),
    `${JSON.stringify({opts, started, command, machine: machineInfo, engine, main, compile, curve, profile, history, large, fixedCost, decide}, null, 2)}\n`,
  );
  const target = opts.out;
  mkdirSync(path.dirname(target), {recursive: true});
  writeFileSync(target, `${report.markdown}\n`);
  log(`wrote ${path.relative(ROOT, target)}`);
  console.log(report.markdown);
}

/**
 * The sites under bench/.tmp resolve `docusaurus-plugin-ai-policy` to a copy of the package taken now
 * (`bench/.tmp/node_modules/`, found before the repository's own link to itself), laid out as npm installs
 * it. A long benchmark then measures one version of the code even if lib/ is rebuilt meanwhile.
 */
function snapshotPackage() {
  const target = path.join(TMP, 'node_modules', 'docusaurus-plugin-ai-policy');
  rmSync(target, {recursive: true, force: true});
  mkdirSync(target, {recursive: true});
  for (const entry of ['package.json', 'lib', 'theme']) {
    cpSync(path.join(ROOT, entry), path.join(target, entry), {recursive: true, dereference: true});
  }
  log(`building against a copy of the package in ${path.relative(ROOT, target)}`);
}

/** Docs and blog Markdown of a generated site, relative to it, in a stable order. */
function markdownPages(siteDir) {
  const pages = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(siteDir, relative), {withFileTypes: true})) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (child.endsWith('.md')) pages.push(child);
    }
  };
  for (const top of ['docs', 'blog']) if (existsSync(path.join(siteDir, top))) walk(top);
  return pages.sort();
}

/** `count` items spread evenly over `items`. */
function spread(items, count) {
  if (items.length <= count) return items;
  return Array.from({length: count}, (_, i) => items[Math.floor((i * items.length) / count)]);
}

function machine(docusaurusVersion, rssSource) {
  const cpus = os.cpus();
  const read = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).version;
    } catch {
      return 'unknown';
    }
  };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  return {
    cpu: `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`,
    cores: cpus.length,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    docusaurus: docusaurusVersion,
    rspack: read(path.join(ROOT, 'node_modules/@rspack/core/package.json')),
    plugin: read(path.join(ROOT, 'package.json')),
    commit,
    rssSource,
  };
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
