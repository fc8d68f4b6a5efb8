/**
 * Runs one `docusaurus build` through the real CLI in its own process and measures it: wall time, CPU time
 * and peak RSS (GNU time's `%U %S %M` for the process tree; the preload's own reading when GNU time is
 * missing), how many times the policy file was parsed (`count-parses.mjs`), and how much CPU other
 * processes used meanwhile (a shared machine makes wall times noisy; this says which runs to distrust).
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath, pathToFileURL} from 'node:url';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const DOCUSAURUS_BIN = path.join(
  path.dirname(require.resolve('@docusaurus/core/package.json')),
  'bin/docusaurus.mjs',
);
export const DOCUSAURUS_VERSION = JSON.parse(
  readFileSync(require.resolve('@docusaurus/core/package.json'), 'utf8'),
).version;
const PRELOAD = pathToFileURL(path.join(BENCH_DIR, 'count-parses.mjs')).href;

// Peak RSS in KB, user and system CPU seconds of the whole process tree.
const TIME_FORMAT = 'bench-time %M %U %S';
const TIME_LINE = /^bench-time (\d+) ([\d.]+) ([\d.]+)$/m;

const GNU_TIME = (() => {
  if (
    process.env.AI_POLICY_BENCH_NO_GNU_TIME ||
    process.platform !== 'linux' ||
    !existsSync('/usr/bin/time')
  ) {
    return undefined;
  }
  const probe = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, 'true'], {encoding: 'utf8'});
  return probe.status === 0 && TIME_LINE.test(probe.stderr) ? '/usr/bin/time' : undefined;
})();
export const RSS_SOURCE = GNU_TIME
  ? 'GNU time `%M` (the largest process of the tree; worker threads share it)'
  : '`process.resourceUsage().maxRSS` of the docusaurus process';

/**
 * Everything a cold build must not find. With `future: {v4: true}` Docusaurus turns on Rspack's persistent
 * cache (`experiments.cache: {type: 'persistent'}`, `@docusaurus/core/lib/webpack/base.js`). Docusaurus sets
 * no `context`, so Rspack puts it in `<process.cwd()>/node_modules/.cache/rspack`; builds run with the site
 * as working directory, so that is `<siteDir>/node_modules/.cache/rspack` (Webpack's filesystem cache
 * would be `node_modules/.cache/webpack` next to it). Then `.docusaurus` (generated routes and data).
 */
export function cacheDirs(siteDir) {
  return [path.join(siteDir, '.docusaurus'), path.join(siteDir, 'node_modules/.cache')];
}

export function cleanSite(siteDir, outDir) {
  for (const dir of [...cacheDirs(siteDir), outDir]) rmSync(dir, {recursive: true, force: true});
  // The site's node_modules only ever holds the cache: packages resolve from the repository's.
  rmSync(path.join(siteDir, 'node_modules'), {recursive: true, force: true});
}

/**
 * Builds `siteDir` into `outDir`. Resolves with the measurements; rejects (with the log's tail) when the
 * build fails, so a broken site never yields a number.
 */
/** System-wide busy and total CPU time from /proc/stat (Linux), in clock ticks; undefined elsewhere. */
function cpuTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return {busy, total: busy + idle + iowait};
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU all processes used between two `cpuTicks()` readings spanning `wallMs`. */
function busyCpuMs(before, after, wallMs) {
  if (!before || !after || after.total === before.total) return undefined;
  return ((after.busy - before.busy) / (after.total - before.total)) * wallMs * os.cpus().length;
}

/** The share of the machine's CPU in use during the next `ms` (0..1), or undefined off Linux. */
export async function machineBusyShare(ms = 2000) {
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = cpuTicks();
  if (!before || !after || after.total === before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

/**
 * Waits (up to `maxWaitMs`) until other processes leave the CPU mostly idle, so a build does not race
 * someone else's. Resolves with the busy share last seen.
 */
export async function waitForQuietMachine({threshold = 0.1, maxWaitMs = 10 * 60_000, log = () => {}} = {}) {
  const deadline = Date.now() + maxWaitMs;
  let share = await machineBusyShare();
  let told = false;
  while (share !== undefined && share > threshold && Date.now() < deadline) {
    if (!told) log(`  waiting for a quiet machine (CPU ${Math.round(share * 100)}% busy)`);
    told = true;
    share = await machineBusyShare(5000);
  }
  if (share !== undefined && share > threshold)
    log(
      `  the machine stayed busy (CPU ${Math.round(share * 100)}%) for ${Math.round(maxWaitMs / 1000)} s; building anyway`,
    );
  return share;
}

export function buildSite(options) {
  // The build runs in the site's directory: every path it is handed must be absolute.
  const [siteDir, outDir, logFile, statsFile, cpuProfDir] = [
    options.siteDir,
    options.outDir,
    options.logFile,
    options.statsFile,
    options.cpuProfDir,
  ].map((file) => (file === undefined ? undefined : path.resolve(file)));
  const timeoutMs = options.timeoutMs ?? 60 * 60_000;
  // A cold build leaves hundreds of megabytes of cache and output for the kernel to write back; the next
  // build would pay for that writeback, whichever site it is. Flush it first, outside the measurement.
  spawnSync('sync', [], {stdio: 'ignore'});
  rmSync(statsFile, {force: true});
  const timeFile = `${statsFile}.rss`;
  rmSync(timeFile, {force: true});
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const command = [process.execPath, ...nodeArgs, DOCUSAURUS_BIN, 'build', siteDir, '--out-dir', outDir];
  const [file, ...args] = GNU_TIME ? [GNU_TIME, '-f', TIME_FORMAT, '-o', timeFile, ...command] : command;
  const env = {
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${PRELOAD}`].filter(Boolean).join(' '),
    AI_POLICY_BENCH_STATS: statsFile,
    NO_UPDATE_NOTIFIER: '1',
    FORCE_COLOR: '0',
  };

  return new Promise((resolve, reject) => {
    const loadBefore = os.loadavg()[0];
    const ticksBefore = cpuTicks();
    const started = performance.now();
    const child = spawn(file, args, {cwd: siteDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const machineCpuMs = busyCpuMs(ticksBefore, cpuTicks(), wallMs);
      const log = Buffer.concat(chunks).toString('utf8');
      writeFileSync(logFile, `$ ${[file, ...args].join(' ')}\n\n${log}`);
      if (code !== 0) {
        const tail = log.trim().split('\n').slice(-40).join('\n');
        reject(
          new Error(
            `docusaurus build ${siteDir} failed (${signal ?? `exit ${code}`}); log: ${logFile}\n${tail}`,
          ),
        );
        return;
      }
      const threads = existsSync(statsFile)
        ? readFileSync(statsFile, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [];
      const timed = existsSync(timeFile) ? TIME_LINE.exec(readFileSync(timeFile, 'utf8')) : null;
      const main = threads.find((t) => t.mainThread) ?? {};
      // CPU time is far less disturbed than wall time by other work on the machine.
      const cpuMs = timed ? (Number(timed[2]) + Number(timed[3])) * 1000 : main.cpuMs;
      resolve({
        wallMs,
        cpuMs,
        // CPU other processes used while this build ran: near 0 on a quiet machine.
        otherCpuMs: machineCpuMs === undefined ? undefined : Math.max(0, machineCpuMs - cpuMs),
        peakRssKb: timed ? Number(timed[1]) : Math.max(0, ...threads.map((t) => t.maxRssKb)),
        loadAverage: [loadBefore, os.loadavg()[0]],
        // Summed over every process and thread that loaded the policy store.
        parses: threads.length > 0 ? threads.reduce((sum, t) => sum + t.parses, 0) : undefined,
        threads,
        warnings: (log.match(/\[WARNING\]/g) ?? []).length,
        logFile,
      });
    });
  });
}
