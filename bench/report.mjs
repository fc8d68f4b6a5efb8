/** The benchmark's report: Markdown for the terminal and for bench/RESULTS.md. */
import {formatHistoryTable, GOAL_HISTORY_MS} from './history.mjs';
import {formatProfileSummary} from './profile.mjs';
import {formatMb, formatMs, formatRatio, formatSeconds, median, table} from './stats.mjs';

const GOAL_RATIO = 1.03;
const GOAL_ENGINE_MS = 10;
const GOAL_EMBED_MS = 1;

function ratios(a, b) {
  return a.map((result, i) => result.wallMs / b[i].wallMs);
}

function wallRow(kind, {A, B}) {
  if (A.length === 0) return undefined;
  const perRun = ratios(A, B);
  return {
    cells: [
      kind,
      formatSeconds(median(A.map((r) => r.wallMs))),
      formatSeconds(median(B.map((r) => r.wallMs))),
      perRun.map(formatRatio).join(', '),
      `**${formatRatio(median(perRun))}**`,
    ],
    ratio: median(perRun),
    parses: A.map((result) => result.parses ?? '?'),
  };
}

/** A run another process did not compete with: it used under 5% as much CPU as the build itself. */
function undisturbed(result) {
  return result.otherCpuMs !== undefined && result.otherCpuMs < 0.05 * result.cpuMs;
}

function undisturbedRow(kind, {A, B}) {
  const pairs = A.map((a, i) => [a, B[i]]).filter(([a, b]) => undisturbed(a) && undisturbed(b));
  if (pairs.length === 0 || pairs.length === A.length) return undefined;
  const perRun = pairs.map(([a, b]) => a.wallMs / b.wallMs);
  return {
    cells: [
      `${kind}, undisturbed runs only (${pairs.length})`,
      formatSeconds(median(pairs.map(([a]) => a.wallMs))),
      formatSeconds(median(pairs.map(([, b]) => b.wallMs))),
      perRun.map(formatRatio).join(', '),
      formatRatio(median(perRun)),
    ],
    ratio: median(perRun),
  };
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
}) {
  const {stats, results} = main;
  const cold = wallRow('cold', results.cold);
  const warm = wallRow('warm', results.warm);
  const coldQuiet = undisturbedRow('cold', results.cold);
  const warmQuiet = undisturbedRow('warm', results.warm);
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
    `## Builds (${opts.runs} interleaved run${opts.runs > 1 ? 's' : ''}: cold A, cold B, warm A, warm B)`,
    '',
    "Cold: `.docusaurus`, `node_modules/.cache` (Rspack's persistent cache, `node_modules/.cache/rspack`) and the build directory deleted first. Warm: the same build again with the caches kept.",
    '',
    '### Wall time',
    '',
    table(
      ['build', 'A median', 'B median', 'A/B per run', 'A/B median'],
      [cold, coldQuiet, warm, warmQuiet].filter(Boolean).map((row) => row.cells),
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
            formatRatio(median(ratios(r.cold.A, r.cold.B))),
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

  const allParses = [...(cold?.parses ?? []), ...(warm?.parses ?? [])];
  push(
    '## Goals',
    '',
    `- Overhead ratio ≤ ${GOAL_RATIO} at ${stats.pages} pages: cold ${formatRatio(cold?.ratio)} (${check(cold?.ratio <= GOAL_RATIO)})${warm ? `, warm ${formatRatio(warm.ratio)} (${check(warm.ratio <= GOAL_RATIO)})` : ''}.`,
    ...[
      ['cold', coldQuiet],
      ['warm', warmQuiet],
    ]
      .filter(([, row]) => row)
      .map(([kind, row]) => `  - ${kind}, runs no other process competed with: ${formatRatio(row.ratio)}.`),
    `- Policy parsed once per build: ${allParses.join(', ')} (${check(allParses.every((n) => n === 1))}).`,
    `- Engine, full policy well under ${GOAL_ENGINE_MS} ms: ${formatMs(engine.total.median)} median (${check(engine.total.median < GOAL_ENGINE_MS)}).`,
    `- Per embed after the first well under ${GOAL_EMBED_MS} ms: ${formatMs(engine.perEmbed.median)} median, ${formatMs(engine.perEmbed.p95)} p95 (${check(engine.perEmbed.p95 < GOAL_EMBED_MS)}).`,
    ...(history
      ? [
          `- History at ${history.commits} commits under ${GOAL_HISTORY_MS} ms per build: ${formatMs(history.cachedBuild.median)} median with the cache (${check(history.cachedBuild.median < GOAL_HISTORY_MS)}); a first build without it: ${formatMs(history.firstBuild.median)}.`,
        ]
      : []),
    '',
    `overhead ratio (cold, ${stats.pages} pages): ${formatRatio(cold?.ratio)}`,
  );
  return {markdown: lines.join('\n'), ratio: cold?.ratio};
}
