/** The benchmark's report: Markdown for the terminal and for bench/RESULTS.md. */

import {formatDecideBench} from './decide.mjs';
import {formatFixedCost} from './fixed-cost.mjs';
import {formatHistoryTable, GOAL_HISTORY_MS} from './history.mjs';
import {formatProfileSummary} from './profile.mjs';
import {formatMb, formatMs, formatRatio, formatSeconds, median, medianInterval, table} from './stats.mjs';

// The issue's goals: the overhead a user can feel, tighter on a large site where the fixed cost spreads.
const goalRatio = (pages) => (pages >= 1000 ? 1.02 : 1.03);
const GOAL_ENGINE_MS = 10;
const GOAL_EMBED_MS = 1;

/**
 * A run another process competed with: the rest of the machine used at least 5% as much CPU as the build
 * itself while it ran (`otherCpuMs`, from /proc/stat). Its wall time says more about the neighbours than
 * about the build. Unknown (off Linux) counts as undisturbed, since nothing can be said.
 */
export const DISTURBED_SHARE = 0.05;
/** The verdict comes from undisturbed pairs only when there are at least this many of them. */
export const MIN_UNDISTURBED_PAIRS = 3;

export function disturbed(result) {
  return result.otherCpuMs !== undefined && result.otherCpuMs >= DISTURBED_SHARE * result.cpuMs;
}

/** The A/B pairs of one kind (cold or warm), each with its ratios and whether either build was disturbed. */
function pairs({A, B}) {
  return A.map((a, i) => {
    const b = B[i];
    return {a, b, wall: a.wallMs / b.wallMs, cpu: a.cpuMs / b.cpuMs, disturbed: disturbed(a) || disturbed(b)};
  });
}

/**
 * The medians the verdict is read from: of the undisturbed pairs when there are enough of them, else of
 * every pair, with `basis` saying which.
 */
export function verdict(results) {
  const all = pairs(results);
  if (all.length === 0) return undefined;
  const quiet = all.filter((pair) => !pair.disturbed);
  const used = quiet.length >= MIN_UNDISTURBED_PAIRS ? quiet : all;
  return {
    wall: median(used.map((pair) => pair.wall)),
    cpu: median(used.map((pair) => pair.cpu)),
    // How far each median could move with other runs of the same builds (90%, bootstrap).
    wallInterval: medianInterval(used.map((pair) => pair.wall)),
    cpuInterval: medianInterval(used.map((pair) => pair.cpu)),
    runs: used.length,
    total: all.length,
    undisturbed: quiet.length,
    basis: used === quiet ? 'undisturbed' : 'all',
    aWall: median(used.map((pair) => pair.a.wallMs)),
    bWall: median(used.map((pair) => pair.b.wallMs)),
  };
}

function formatInterval([low, high]) {
  return `${formatRatio(low)}–${formatRatio(high)}`;
}

function basisText(v) {
  if (v.basis === 'undisturbed')
    return v.undisturbed === v.total
      ? `all ${v.total} runs undisturbed`
      : `the ${v.runs} undisturbed of ${v.total} runs`;
  return `all ${v.total} runs; only ${v.undisturbed} undisturbed (${MIN_UNDISTURBED_PAIRS} needed), so other processes' load is in these numbers`;
}

/** A ratio per run, marked with `*` when another process disturbed the run. */
function perRunCell(list, key) {
  return list.map((pair) => `${formatRatio(pair[key])}${pair.disturbed ? '*' : ''}`).join(', ');
}

function ratioRow(kind, results) {
  const v = verdict(results);
  if (!v) return undefined;
  const list = pairs(results);
  return [
    kind,
    formatSeconds(v.aWall),
    formatSeconds(v.bWall),
    perRunCell(list, 'wall'),
    perRunCell(list, 'cpu'),
    `**${formatRatio(v.wall)}**`,
    `**${formatRatio(v.cpu)}**`,
    `${formatInterval(v.wallInterval)} / ${formatInterval(v.cpuInterval)}`,
    basisText(v),
  ];
}

function cpuRow(kind, {A, B}) {
  if (A.length === 0) return undefined;
  const cpuRatios = A.map((result, i) => result.cpuMs / B[i].cpuMs);
  return [
    kind,
    formatSeconds(median(A.map((r) => r.cpuMs))),
    formatSeconds(median(B.map((r) => r.cpuMs))),
    formatRatio(median(cpuRatios)),
    formatMb(median(A.map((r) => r.peakRssKb))),
    formatMb(median(B.map((r) => r.peakRssKb))),
    A.map((result) => result.parses ?? '?').join(', '),
  ];
}

function runRows(results) {
  const rows = [];
  for (const kind of ['cold', 'warm']) {
    const {A, B} = results[kind];
    A.forEach((a, i) => {
      const b = B[i];
      rows.push([
        i + 1,
        kind,
        formatSeconds(a.wallMs),
        formatSeconds(b.wallMs),
        formatRatio(a.wallMs / b.wallMs),
        formatSeconds(a.cpuMs),
        formatSeconds(b.cpuMs),
        formatRatio(a.cpuMs / b.cpuMs),
        `${formatSeconds(a.otherCpuMs)} / ${formatSeconds(b.otherCpuMs)}`,
        disturbed(a) || disturbed(b)
          ? `**disturbed** (${[disturbed(a) && 'A', disturbed(b) && 'B'].filter(Boolean).join(', ')})`
          : 'no',
      ]);
    });
  }
  return rows;
}

function check(ok) {
  return ok ? 'met' : '**missed**';
}

export function renderReport({
  opts,
  started,
  command,
  machine,
  engine,
  main,
  compile,
  curve,
  profile,
  history,
  large = [],
  fixedCost = [],
  decide = null,
}) {
  const {stats, results} = main;
  const cold = verdict(results.cold);
  const warm = verdict(results.warm);
  const lines = [];
  const push = (...more) => lines.push(...more);

  push(
    '# Benchmark: docusaurus-plugin-ai-policy in a real `docusaurus build`',
    '',
    `- Date: ${new Date(started).toISOString()}`,
    `- Command: \`${command}\``,
    `- Machine: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}`,
    `- Node ${machine.node}, Docusaurus ${machine.docusaurus} (\`future: {v4: true}\`: Rspack ${machine.rspack} with persistent cache, SWC, SSG worker threads), plugin ${machine.plugin} at commit ${machine.commit} (working tree as built)`,
    `- Handbook: ${stats.pages} pages (${stats.docs} docs, ${stats.blog} blog posts); ${stats.embeddingPages} of them embed ${stats.embeds} sections (one or two each, levels 2 to 4, 20% without title); policy \`${opts.policyFile.replace(`${process.cwd()}/`, '')}\` (${engine.source.sections} sections, ${engine.source.bytes} bytes)`,
    `- A: the plugin and \`::ai-policy\` directives. B (twin): no plugin; each directive replaced by \`renderSectionMarkdown\` output with the same level and title, the policy as static Markdown pages (full + one per section) and static downloads.`,
    `- Peak memory: ${machine.rssSource}.`,
    '',
    `## Builds (${opts.runs} interleaved run${opts.runs > 1 ? 's' : ''}: cold A, cold B, warm A, warm B; even runs build B first)`,
    '',
    "Cold: `.docusaurus`, `node_modules/.cache` (Rspack's persistent cache, `node_modules/.cache/rspack`) and the build directory deleted first. Warm: the same build again with the caches kept.",
    '',
    '### The verdict: A/B, wall and CPU',
    '',
    `A run is *disturbed* (\`*\`) when the rest of the machine used at least ${Math.round(DISTURBED_SHARE * 100)}% as much CPU as the build while it ran (measured from /proc/stat); a pair is disturbed when either build was. The medians come from the undisturbed pairs when there are at least ${MIN_UNDISTURBED_PAIRS}, otherwise from all pairs, as the last column says. Beside them, a 90% bootstrap interval for each median (the runs resampled 2000 times from a fixed seed): where the median of another set of runs of the same builds would likely fall. CPU time (user + system of the whole process tree) is far less sensitive to neighbours than wall time, but not immune: a loaded machine shares caches and memory bandwidth.`,
    '',
    table(
      [
        'build',
        'A wall median',
        'B wall median',
        'A/B wall per run',
        'A/B CPU per run',
        'A/B wall',
        'A/B CPU',
        'median could be (90%), wall / CPU',
        'medians of',
      ],
      [ratioRow('cold', results.cold), ratioRow('warm', results.warm)].filter(Boolean),
    ),
    '',
    '### CPU time (user + system, whole process tree), peak memory, policy parses',
    '',
    table(
      [
        'build',
        'A CPU median',
        'B CPU median',
        'A/B CPU median',
        'peak RSS A',
        'peak RSS B',
        'policy parses per A build',
      ],
      [cpuRow('cold', results.cold), cpuRow('warm', results.warm)].filter(Boolean),
    ),
    '',
    '### Every run',
    '',
    `Other processes' CPU: what the rest of the machine (${machine.cores} cores) used while the build ran; near 0 s means the run was undisturbed.${opts.waitIdle ? ' Each build first waited for an idle machine (`--wait-idle`).' : ''}`,
    '',
    table(
      [
        'run',
        'build',
        'A wall',
        'B wall',
        'A/B',
        'A CPU',
        'B CPU',
        'A/B CPU',
        "other processes' CPU during A / B",
        'disturbed',
      ],
      runRows(results),
    ),
    '',
  );

  push(
    '## Compile only (Docusaurus MDX processor, in process)',
    '',
    `The same pages compiled by \`@docusaurus/mdx-loader\`'s processor: A's with \`remarkAiPolicy\`, B's (inlined Markdown) without; interleaved, median of ${opts.smoke ? 3 : 7} rounds per page. Far less noisy than whole builds.`,
    '',
    table(
      ['pages', 'A per page (median)', 'B per page (median)', 'A − B (mean)', 'A/B (mean)'],
      [
        ['embedding', compile.embedding],
        ['not embedding', compile.plain],
      ].map(([label, row]) => [
        `${label} (${row.pages} sampled)`,
        formatMs(row.medianA),
        formatMs(row.medianB),
        formatMs(row.meanA - row.meanB),
        formatRatio(row.meanA / row.meanB),
      ]),
    ),
    '',
    `Projected over the whole site: A ${formatSeconds(compile.projectedA)} vs B ${formatSeconds(compile.projectedB)} of MDX compile, ratio ${formatRatio(compile.ratio)}; the policy was parsed ${compile.parsesDuringCompile} time(s) for all of it.`,
    '',
  );

  const step = (label, s) => [label, formatMs(s.median), formatMs(s.p95)];
  push(
    '## Engine alone',
    '',
    table(
      ['step', 'median', 'p95'],
      [
        step('`parsePolicyConfig` (YAML + validation)', engine.parse),
        step('`buildPolicyDocument`', engine.build),
        step('`renderPolicyMarkdown`', engine.markdown),
        step('`renderPolicyJson`', engine.json),
        step('**full policy: load + validate + render**', engine.total),
        ['full policy, first call in a fresh process', formatMs(engine.firstCallMs), ''],
        ["`renderSectionMdast`, a section's first render", formatMs(engine.firstEmbedMs), ''],
        step('**`renderSectionMdast` per embed, after the first**', engine.perEmbed),
      ],
    ),
    '',
  );

  if (decide) {
    push(
      '### `decide()` and the agent hook (`bench/decide.mjs`)',
      '',
      ...formatDecideBench(decide).map((line) => `- ${line}`),
      '',
    );
  }

  if (large.length > 0) {
    push(
      '### Large policies (generated by `bench/large-policy.mjs`, median of 5)',
      '',
      'In process (the engine, warm), then `ai-policy check` and `ai-policy render` as a user runs them: a fresh process each, Node start-up included, wall time.',
      '',
      table(
        [
          'policy',
          'YAML',
          'parse + validate',
          'build',
          'Markdown',
          'total',
          '`ai-policy check`',
          '`ai-policy render`',
        ],
        large.map((row) => [
          `${row.tools} tools × ${row.classes} classes`,
          `${(row.bytes / 1e6).toFixed(2)} MB`,
          formatMs(row.parse),
          formatMs(row.build),
          formatMs(row.markdown),
          formatMs(row.total),
          row.cli ? formatMs(row.cli.check) : '',
          row.cli ? formatMs(row.cli.render) : '',
        ]),
      ),
      '',
    );
  }

  if (fixedCost.length > 0) {
    push(
      "## The plugin's fixed cost per build, by phase (`bench/fixed-cost.mjs`)",
      '',
      "Each phase of what a build with the plugin does and its twin does not, replayed in a fresh Node process as Docusaurus calls it (config and plugin through Docusaurus's `loadFreshModule`); CPU time, median of fresh processes. Bundling and SSR are left out (see the profiles).",
      '',
      ...fixedCost.flatMap((measured) => [formatFixedCost(measured), '']),
    );
  }

  if (history) {
    push(
      '## History page (`<routeBasePath>/changes`)',
      '',
      `A git repository whose policy file changed in ${history.commits} commits, and the plugin's \`loadPolicyHistory\` plus the wording of every change, as \`loadContent\` runs them once per build. The computed history is cached by the newest commit in \`node_modules/.cache/docusaurus-plugin-ai-policy\`; a first build (or one without that cache, e.g. a CI job that does not keep it) reads, builds and diffs every version.`,
      '',
      formatHistoryTable(history, {formatMs}),
      '',
    );
  }

  if (curve.length > 0) {
    push(
      '## Growth with the number of embeds (cold builds)',
      '',
      table(
        [
          'pages',
          'embeds',
          'A wall',
          'B wall',
          'A − B wall',
          'A/B wall',
          'A − B CPU',
          'A − B CPU per embed',
          'policy parses per A build',
        ],
        curve.map(({pages, stats: s, results: r}) => {
          // Differences within each A/B pair, then their median: pairs share the machine's state.
          const wallDelta = median(r.cold.A.map((a, i) => a.wallMs - r.cold.B[i].wallMs));
          const cpuDelta = median(r.cold.A.map((a, i) => a.cpuMs - r.cold.B[i].cpuMs));
          return [
            pages,
            s.embeds,
            formatSeconds(median(r.cold.A.map((x) => x.wallMs))),
            formatSeconds(median(r.cold.B.map((x) => x.wallMs))),
            formatMs(wallDelta),
            formatRatio(median(r.cold.A.map((a, i) => a.wallMs / r.cold.B[i].wallMs))),
            formatMs(cpuDelta),
            formatMs(cpuDelta / s.embeds),
            r.cold.A.map((x) => x.parses ?? '?').join(', '),
          ];
        }),
      ),
      '',
      `A − B: median of the differences within each A/B pair (${opts.curveRuns ?? 1} run${(opts.curveRuns ?? 1) > 1 ? 's' : ''} per size unless the size is the main one). Whole-build differences of a second or two are within run-to-run noise on this machine (see "Every run"); the compile-only table is the precise per-page figure.`,
      '',
    );
  }

  if (profile) {
    push('## CPU profiles (one cold build each, `node --cpu-prof`)', '', '```');
    for (const [label, {wallMs, summary}] of Object.entries(profile)) {
      push(formatProfileSummary(`${label} (${formatSeconds(wallMs)} wall)`, summary), '');
    }
    push('```', '');
  }

  const allParses = [...results.cold.A, ...results.warm.A].map((result) => result.parses ?? '?');
  const goal = (kind, v) =>
    `${kind} ${formatRatio(v.wall)} wall, ${formatRatio(v.cpu)} CPU (${check(v.wall <= goalRatio(stats.pages) && v.cpu <= goalRatio(stats.pages))}; ${basisText(v)})`;
  push(
    '## Goals',
    '',
    `- Overhead ratio ≤ ${goalRatio(stats.pages)} at ${stats.pages} pages, wall and CPU: ${goal('cold', cold)}${warm ? `; ${goal('warm', warm)}` : ''}.`,
    `- Policy parsed once per build: ${allParses.join(', ')} (${check(allParses.every((n) => n === 1))}).`,
    `- Engine, full policy well under ${GOAL_ENGINE_MS} ms: ${formatMs(engine.total.median)} median (${check(engine.total.median < GOAL_ENGINE_MS)}).`,
    `- Per embed after the first well under ${GOAL_EMBED_MS} ms: ${formatMs(engine.perEmbed.median)} median, ${formatMs(engine.perEmbed.p95)} p95 (${check(engine.perEmbed.p95 < GOAL_EMBED_MS)}).`,
    ...(history
      ? [
          `- History at ${history.commits} commits under ${GOAL_HISTORY_MS} ms per build: ${formatMs(history.cachedBuild.median)} median with the cache (${check(history.cachedBuild.median < GOAL_HISTORY_MS)}); a first build without it: ${formatMs(history.firstBuild.median)}.`,
        ]
      : []),
    '',
    `overhead ratio (cold, ${stats.pages} pages): ${formatRatio(cold?.wall)}`,
  );
  return {markdown: lines.join('\n'), ratio: cold?.wall};
}
