/**
 * Preloaded into each `docusaurus build` the benchmark runs (`NODE_OPTIONS=--import <this file>`). On exit it
 * appends one JSON line per thread to `$AI_POLICY_BENCH_STATS`: how many times the policy store parsed a
 * policy file in that thread (`policyStoreStats().parses`, read from the store's process-global slot, so no
 * module of the plugin is loaded here), and the process's peak RSS.
 */
import {appendFileSync} from 'node:fs';
import {isMainThread, threadId} from 'node:worker_threads';

const output = process.env.AI_POLICY_BENCH_STATS;
// The key `processGlobal('policy-store', ...)` in src/vocabulary/process-global.ts registers the store under.
const STORE = Symbol.for('docusaurus-plugin-ai-policy.policy-store');

if (output) {
  process.on('exit', () => {
    const store = globalThis[STORE];
    const usage = process.resourceUsage();
    const line = {
      pid: process.pid,
      threadId,
      mainThread: isMainThread,
      storeLoaded: store !== undefined,
      parses: store?.parses ?? 0,
      // Kilobytes; the process's peak, worker threads included (they share it).
      maxRssKb: usage.maxRSS,
      // Microseconds to milliseconds: user and system CPU of the process, every thread included.
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    };
    try {
      appendFileSync(output, `${JSON.stringify(line)}\n`);
    } catch {
      // Never fail a build over the benchmark's bookkeeping.
    }
  });
}
