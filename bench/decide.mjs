#!/usr/bin/env node
/**
 * What an answer costs: `decide()` warm, in process (per call, for class and path questions), and a cold
 * `ai-policy hook claude-code` process answering one PreToolUse request for the example policy, wall time
 * with Node's start-up included, next to a bare `node -e 0` on the same machine at the same moment.
 *
 *   node bench/decide.mjs [--runs 21] [--calls 200000]
 *
 * Goals (issue #26): the hook under 150 ms wall, `decide()` under 20 µs per call.
 */
import {spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {median} from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = path.join(ROOT, 'example-site', 'ai-policy.yml');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');

/** Nanoseconds per `decide()` call, over `calls` calls after as many to warm up. */
export async function benchDecideWarm({calls = 200_000} = {}) {
  const {loadDecider} = await import(pathToFileURL(path.join(ROOT, 'lib', 'decide', 'index.js')).href);
  const policy = await loadDecider(EXAMPLE);
  const tools = ['Claude / Claude Code', 'cursor', 'GitHub Copilot Business', 'Some Other Tool'];
  const paths = [
    'services/api/main.ts',
    'secrets/prod.pem',
    'README.md',
    'data/patients/p1.json',
    'deep/dir/.env.local',
  ];
  const classes = policy.config.dataClasses.map((dataClass) => dataClass.id);
  const time = (query) => {
    let sink = 0;
    for (let index = 0; index < calls; index++) sink += policy.decide(query(index)).allowed ? 1 : 0;
    const start = process.hrtime.bigint();
    for (let index = 0; index < calls; index++) sink += policy.decide(query(index)).allowed ? 1 : 0;
    const ns = Number(process.hrtime.bigint() - start) / calls;
    if (sink < 0) throw new Error('unreachable');
    return ns;
  };
  return {
    classNs: time((index) => ({
      tool: tools[index % tools.length],
      dataClass: classes[index % classes.length],
    })),
    pathNs: time((index) => ({tool: tools[index % tools.length], path: paths[index % paths.length]})),
  };
}

/** Wall milliseconds of fresh processes: the hook (first call fills its cache, then cached) and bare Node. */
export function benchHookCold({runs = 21} = {}) {
  // The example site in place: its policy extends the baseline package its node_modules resolves.
  const repo = path.dirname(EXAMPLE);
  const payload = JSON.stringify({
    session_id: 'bench',
    cwd: repo,
    hook_event_name: 'PreToolUse',
    tool_name: 'Read',
    tool_input: {file_path: path.join(repo, 'secrets', 'prod.pem')},
  });
  const wall = (argv, input) => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, argv, {
      input,
      encoding: 'utf8',
      env: {...process.env, CLAUDE_PROJECT_DIR: repo},
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
    return {ms, stdout: run.stdout};
  };
  const cache = path.join(repo, 'node_modules', '.cache', 'docusaurus-plugin-ai-policy');
  const hook = () => wall([BIN, 'hook', 'claude-code'], payload);
  const uncached = [];
  const cached = [];
  const node = [];
  for (let run = 0; run < runs; run++) {
    // Interleaved, so the machine's drift falls on all three alike.
    rmSync(cache, {recursive: true, force: true});
    uncached.push(hook().ms);
    const answer = hook();
    // Refused for the class the file holds, not because the policy could not be read (which also refuses).
    if (!answer.stdout.includes('"permissionDecision":"deny"') || answer.stdout.includes('cannot be read'))
      throw new Error(`the hook did not refuse prod.pem for its class: ${answer.stdout}`);
    cached.push(answer.ms);
    node.push(wall(['-e', '0']).ms);
  }
  rmSync(cache, {recursive: true, force: true});
  return {
    cached: {median: median(cached), min: Math.min(...cached)},
    uncached: {median: median(uncached), min: Math.min(...uncached)},
    node: {median: median(node), min: Math.min(...node)},
  };
}

export function formatDecideBench({warm, hook}) {
  return [
    `decide() warm: ${(warm.classNs / 1000).toFixed(2)} µs per class question, ${(warm.pathNs / 1000).toFixed(2)} µs per path question (goal < 20 µs)`,
    `hook claude-code, cold process, one request: ${hook.cached.median.toFixed(0)} ms median (min ${hook.cached.min.toFixed(0)}) with the policy cached, ` +
      `${hook.uncached.median.toFixed(0)} ms (min ${hook.uncached.min.toFixed(0)}) on the first call after an edit; ` +
      `bare \`node -e 0\`: ${hook.node.median.toFixed(0)} ms (min ${hook.node.min.toFixed(0)}) (goal < 150 ms)`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {runs: {type: 'string', default: '21'}, calls: {type: 'string', default: '200000'}},
  });
  const warm = await benchDecideWarm({calls: Number(values.calls)});
  const hook = benchHookCold({runs: Number(values.runs)});
  for (const line of formatDecideBench({warm, hook})) console.log(line);
  console.log(
    `load average: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${os.cpus().length} cores`,
  );
}
