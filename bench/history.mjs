#!/usr/bin/env node
/**
 * What the history page costs a build: a temporary git repository whose policy file changed in N commits
 * (default 200: tools added, reviews recorded, ceilings moved, exceptions granted and removed), and the
 * plugin's `loadPolicyHistory` on it, as `loadContent` calls it once per build:
 *
 * - first build: nothing cached (git log, every version read with one `git cat-file --batch`, each parsed,
 *   built by the engine and diffed against the one before);
 * - next builds: a new process with the cache on disk (git log, then the cached history, since the newest
 *   commit is the same);
 * - `docusaurus start`, after a save: the same process, the history in memory, the working file's edits
 *   diffed against the last commit.
 *
 *   node bench/history.mjs [--commits 200] [--runs 15]     (npm run bench includes it)
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {parse, stringify} from 'yaml';
import {median, percentile} from './stats.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
export const GOAL_HISTORY_MS = 100;

/** The policy after each of `commits` commits, starting from the example site's policy. */
function policyVersions(policyFile, commits) {
  const base = parse(readFileSync(policyFile, 'utf8'));
  const versions = [];
  const state = structuredClone(base);
  state.exceptions ??= {};
  state.exceptions.granted ??= [];
  state.review ??= {};
  for (let i = 1; i <= commits; i++) {
    switch (i % 4) {
      case 0: {
        // Tools come and go, as on a real approved list: at most three trial tools at a time.
        const trials = state.tools.filter((tool) => tool.name.startsWith('Trial tool'));
        if (trials.length >= 3) state.tools.splice(state.tools.indexOf(trials[0]), 1);
        state.tools.push({name: `Trial tool ${i}`, agreement: i % 8 === 0 ? 'enterprise' : 'standard'});
        break;
      }
      case 1: {
        const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        state.review.lastReviewed = day;
        break;
      }
      case 2: {
        const tool = state.tools[i % state.tools.length];
        if (tool.maxDataClass) delete tool.maxDataClass;
        else tool.maxDataClass = state.dataClasses?.[0]?.id ?? 'public';
        break;
      }
      default:
        if (state.exceptions.granted.length > 2) state.exceptions.granted.shift();
        else
          state.exceptions.granted.push({
            who: `team ${i}`,
            what: `a trial of an unlisted tool on public data (${i})`,
            expires: '2027-12-31',
          });
    }
    versions.push(stringify(state, {lineWidth: 0}));
  }
  return versions;
}

/** A repository with one commit per version, written in one `git fast-import` (seconds, not minutes). */
export function createHistoryRepo({dir, policyFile, commits}) {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: dir});
  const versions = policyVersions(policyFile, commits);
  const chunks = [];
  versions.forEach((text, index) => {
    const when = 1767225600 + index * 3600; // 2026-01-01, one commit an hour
    const message = `Policy change ${index + 1}`;
    chunks.push(
      'commit refs/heads/main',
      `committer Bench <bench@example.com> ${when} +0000`,
      `data ${Buffer.byteLength(message)}`,
      message,
      `M 100644 inline ai-policy.yml`,
      `data ${Buffer.byteLength(text)}`,
      text,
    );
  });
  execFileSync('git', ['fast-import', '--quiet'], {cwd: dir, input: `${chunks.join('\n')}\n`});
  execFileSync('git', ['checkout', '-q', '-f', 'main'], {cwd: dir});
  writeFileSync(path.join(dir, 'ai-policy.yml'), versions.at(-1));
  return {file: path.join(dir, 'ai-policy.yml'), versions: versions.length};
}

export async function benchHistory({commits = 200, runs = 15, policyFile, dir}) {
  const {loadPolicy} = await import('../lib/store/policy-store.js');
  const {loadPolicyHistory: loadHistory, resetHistoryMemory} = await import('../lib/history/load.js');
  const {historyContent} = await import('../lib/plugin/history-route.js');
  // What loadContent and contentLoaded do: load the history, then word every change for the page.
  const loadPolicyHistory = async (options) => {
    const history = await loadHistory(options);
    historyContent({
      history,
      policyFile: 'ai-policy.yml',
      commitLinkBase: 'https://github.com/acme/handbook',
      locale: 'en',
    });
    return history;
  };
  const repo = createHistoryRepo({dir, policyFile, commits});
  const policy = await loadPolicy(repo.file);
  const working = {config: policy.config, document: policy.document, version: policy.version};
  const cacheRoot = path.join(dir, '.cache');
  const load = (cacheDir) =>
    loadPolicyHistory({policyFile: repo.file, displayFile: 'ai-policy.yml', working, cacheDir});
  const time = async (fn) => {
    const start = performance.now();
    const result = await fn();
    return {ms: performance.now() - start, result};
  };

  // First build: no cache on disk or in memory. The first run in this process also pays the JIT warm-up.
  const cold = [];
  let entries = 0;
  for (let run = 0; run < Math.max(3, Math.ceil(runs / 3)); run++) {
    resetHistoryMemory();
    const cacheDir = path.join(cacheRoot, `cold-${run}`);
    const {ms, result} = await time(() => load(cacheDir));
    cold.push(ms);
    entries = result.entries.length;
    if (result.notices.length > 0)
      throw new Error(`bench: unexpected notices ${JSON.stringify(result.notices)}`);
  }
  // Next builds: a new process (empty memory), the cache on disk from the first build.
  const warmDir = path.join(cacheRoot, 'cold-0');
  const cached = [];
  for (let run = 0; run < runs; run++) {
    resetHistoryMemory();
    cached.push((await time(() => load(warmDir))).ms);
  }
  // `docusaurus start`: the same process; the working file edited, so there are unreleased changes.
  const text = readFileSync(repo.file, 'utf8');
  writeFileSync(
    repo.file,
    /^posture: /m.test(text)
      ? text.replace(/^posture: .*$/m, 'posture: advisory')
      : `${text}posture: advisory\n`,
  );
  const edited = await loadPolicy(repo.file);
  const editedWorking = {config: edited.config, document: edited.document, version: edited.version};
  const restart = [];
  let unreleased = 0;
  for (let run = 0; run < runs; run++) {
    const {ms, result} = await time(() =>
      loadPolicyHistory({
        policyFile: repo.file,
        displayFile: 'ai-policy.yml',
        working: editedWorking,
        cacheDir: warmDir,
      }),
    );
    restart.push(ms);
    unreleased = result.unreleased?.changes.length ?? 0;
  }
  const summary = (samples) => ({
    median: median(samples),
    p95: percentile(samples, 95),
    samples: samples.length,
  });
  return {
    commits,
    entries,
    unreleased,
    firstBuild: summary(cold),
    firstBuildFirstRun: cold[0],
    cachedBuild: summary(cached),
    startRerun: summary(restart),
  };
}

export function formatHistoryTable(history, {formatMs}) {
  const row = (label, value) =>
    `| ${label} | ${formatMs(value.median)} | ${formatMs(value.p95)} | ${value.samples} |`;
  return [
    `| history at ${history.commits} commits of the policy file (${history.entries} entries) | median | p95 | runs |`,
    '|---|---|---|---|',
    row('**a build, cache on disk** (git log, cached diffs, wording): ms per build', history.cachedBuild),
    row(
      'first build, nothing cached (git log + cat-file + parse, engine and diff of every version)',
      history.firstBuild,
    ),
    row(
      '`docusaurus start`, after saving an edit (history in memory, unreleased changes diffed)',
      history.startRerun,
    ),
  ].join('\n');
}

async function main() {
  const {values} = parseArgs({
    options: {commits: {type: 'string', default: '200'}, runs: {type: 'string', default: '15'}},
    strict: true,
  });
  const {formatMs} = await import('./stats.mjs');
  const history = await benchHistory({
    commits: Number(values.commits),
    runs: Number(values.runs),
    policyFile: path.join(ROOT, 'example-baseline/ai-policy.yml'),
    dir: path.join(BENCH_DIR, '.tmp', 'history-repo'),
  });
  console.log(formatHistoryTable(history, {formatMs}));
  console.log(
    `\nhistory cost per build (${history.commits} commits, cache on disk): ${formatMs(history.cachedBuild.median)} (goal < ${GOAL_HISTORY_MS} ms); first build ${formatMs(history.firstBuild.median)}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  });
}
