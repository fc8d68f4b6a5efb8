/**
 * Reads the `.cpuprofile` files `node --cpu-prof` wrote for one build (one per thread) and says where the
 * time went: in total, in this package's code (the plugin, the remark plugin, the engine), and in the
 * functions with the most self time.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OWN_LIB = `${path.join(ROOT, 'lib')}${path.sep}`;
// Installed copies too: the benchmark builds against one in bench/.tmp/node_modules.
const INSTALLED = `${path.sep}node_modules${path.sep}docusaurus-plugin-ai-policy${path.sep}lib${path.sep}`;

function isOwn(url) {
  if (!url) return false;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  return file.startsWith(OWN_LIB) || file.includes(INSTALLED);
}

function shortUrl(url) {
  if (!url) return '(native)';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inModules = file.lastIndexOf('node_modules/');
  if (inModules >= 0) return file.slice(inModules + 'node_modules/'.length);
  const relative = path.relative(ROOT, file) || file;
  // The generated site's own modules (.docusaurus, the server bundle): name them by site, not by path.
  return relative.replace(/^bench\/\.tmp\/[^/]+\/(site-[ab])\//, '$1/');
}

/** Self time per function and per package, and the inclusive time of this package's own code. */
export function summarizeProfiles(dir) {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  const selfByFunction = new Map();
  const selfByPackage = new Map();
  const ownByEntry = new Map();
  const threads = [];
  let totalMs = 0;
  let ownInclusiveMs = 0;
  for (const name of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const selfMs = new Map();
    profile.samples.forEach((id, index) => {
      selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    const thread = {file: name, totalMs: 0, idleMs: 0};
    threads.push(thread);
    for (const [id, ms] of selfMs) {
      totalMs += ms;
      thread.totalMs += ms;
      if (nodes.get(id).callFrame.functionName === '(idle)') thread.idleMs += ms;
      const {functionName, url, lineNumber} = nodes.get(id).callFrame;
      const key = `${functionName || '(anonymous)'}  ${shortUrl(url)}:${lineNumber + 1}`;
      selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + ms);
      const short = shortUrl(url);
      const pkg = isOwn(url)
        ? 'docusaurus-plugin-ai-policy'
        : short.startsWith('@')
          ? short.split('/').slice(0, 2).join('/')
          : short.split('/')[0];
      selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + ms);
      // Inclusive time of own code: a sample counts if any frame on its stack is ours, and is charged to
      // the outermost of our frames (the entry point Docusaurus called: a lifecycle, the remark plugin,
      // a module's top level while it loads).
      let entry;
      for (let cursor = id; cursor !== undefined; cursor = parent.get(cursor)) {
        const frame = nodes.get(cursor).callFrame;
        if (isOwn(frame.url))
          entry = `${frame.functionName || '(module top level)'}  ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
      }
      if (entry !== undefined) {
        ownInclusiveMs += ms;
        ownByEntry.set(entry, (ownByEntry.get(entry) ?? 0) + ms);
      }
    }
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({name, ms}));
  const own = [...selfByFunction].filter(
    ([key]) => key.includes(' lib/') || key.includes('docusaurus-plugin-ai-policy'),
  );
  return {
    files: files.length,
    totalMs,
    ownInclusiveMs,
    threads,
    ownEntries: top(ownByEntry, 12),
    topFunctions: top(selfByFunction, 20),
    topPackages: top(selfByPackage, 12),
    ownFunctions: top(new Map(own), 15),
  };
}

export function formatProfileSummary(label, summary) {
  const ms = (value) => `${value.toFixed(0).padStart(7)} ms`;
  const share = (value) => `${((100 * value) / summary.totalMs).toFixed(2).padStart(6)}%`;
  return [
    `${label}: ${summary.files} profile(s), ${(summary.totalMs / 1000).toFixed(1)} s of samples, ` +
      `docusaurus-plugin-ai-policy inclusive ${summary.ownInclusiveMs.toFixed(0)} ms (${share(summary.ownInclusiveMs).trim()})`,
    ...summary.threads.map(
      (t) => `  thread ${t.file}: ${ms(t.totalMs).trim()} sampled, ${ms(t.totalMs - t.idleMs).trim()} busy`,
    ),
    ...(summary.ownEntries.length > 0
      ? [
          '  this package, inclusive, by entry point:',
          ...summary.ownEntries.map(({name, ms: value}) => `  ${ms(value)} ${share(value)}  ${name}`),
        ]
      : []),
    '  self time by package:',
    ...summary.topPackages.map(({name, ms: value}) => `  ${ms(value)} ${share(value)}  ${name}`),
    '  self time by function:',
    ...summary.topFunctions.map(({name, ms: value}) => `  ${ms(value)} ${share(value)}  ${name}`),
    ...(summary.ownFunctions.length > 0
      ? [
          '  self time in this package:',
          ...summary.ownFunctions.map(({name, ms: value}) => `  ${ms(value)} ${share(value)}  ${name}`),
        ]
      : []),
  ].join('\n');
}
