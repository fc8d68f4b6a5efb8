/** Small statistics and formatting helpers shared by the benchmark's parts. */
import {performance} from 'node:perf_hooks';

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Milliseconds of each of `iterations` calls of `fn`, after `warmup` unmeasured calls. */
export function timeSync(fn, {iterations, warmup = Math.ceil(iterations / 10)}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples[i] = performance.now() - start;
  }
  return samples;
}

export async function timeAsync(fn, {iterations, warmup = Math.ceil(iterations / 10)}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = new Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples[i] = performance.now() - start;
  }
  return samples;
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 0) return `−${formatMs(-ms)}`;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 0.1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}

export function formatSeconds(ms) {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'n/a';
}

export function formatMb(kb) {
  return Number.isFinite(kb) && kb > 0 ? `${Math.round(kb / 1024)} MB` : 'n/a';
}

export function formatRatio(ratio) {
  return Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a';
}

/** A GitHub-flavoured Markdown table, columns padded so it also reads well in a terminal. */
export function table(header, rows) {
  const widths = header.map((cell, i) =>
    Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * A bootstrap interval for the median of `values`: the medians of `resamples` resamples (drawn with
 * replacement, from a fixed seed so the same runs give the same report), cut at `level`. With few, noisy
 * runs it is wide, which is the point: it says how far the median itself could move.
 */
export function medianInterval(values, {resamples = 2000, level = 0.9, seed = 1} = {}) {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [NaN, NaN];
  const random = seededRandom(seed);
  const medians = Array.from({length: resamples}, () =>
    median(Array.from(finite, () => finite[Math.floor(random() * finite.length)])),
  ).sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return [medians[Math.floor(tail * (resamples - 1))], medians[Math.ceil((1 - tail) * (resamples - 1))]];
}

/**
 * mulberry32: numbers in [0, 1) from `seed`, the same sequence every time. Small and fast, and good enough
 * to spread a generated handbook's embeds and words, or to resample a handful of runs.
 */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
