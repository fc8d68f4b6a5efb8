/**
 * The benchmark's own correctness, without building anything: the twin sites it generates must differ only
 * where site A embeds the policy, with site B holding exactly the Markdown the plugin renders there; and
 * the report must end with the line CI reads. Timings are never asserted (see bench/RESULTS.md).
 */
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = path.join(ROOT, 'bench', '.tmp', 'test-generate');
// The example's whole policy: the site's own file extends it (see example-baseline/).
const POLICY = path.join(ROOT, 'example-baseline', 'ai-policy.yml');

/** The bench is plain ESM without type declarations; load it by URL so TypeScript types it loosely. */
// biome-ignore lint/suspicious/noExplicitAny: untyped .mjs modules
async function load(file: string): Promise<any> {
  return import(pathToFileURL(path.join(ROOT, 'bench', file)).href);
}

function markdownFiles(siteDir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(siteDir, relative), {withFileTypes: true})) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (child.endsWith('.md')) files.push(child);
    }
  };
  walk('docs');
  walk('blog');
  return files.sort();
}

const DIRECTIVE = /^::ai-policy\{section="([^"]+)"(?: level="(\d)")?( title="false")?\}$/gm;

describe('bench: the twin sites', () => {
  // biome-ignore lint/suspicious/noExplicitAny: untyped .mjs module
  let generated: any;
  // biome-ignore lint/suspicious/noExplicitAny: untyped .mjs module
  let markdown: any;

  beforeAll(async () => {
    const {generateTwinSites} = await load('generate.mjs');
    markdown = await import(pathToFileURL(path.join(ROOT, 'lib', 'render', 'markdown.js')).href);
    generated = generateTwinSites({dir: DIR, pages: 50, policyFile: POLICY});
  });
  afterAll(() => rmSync(DIR, {recursive: true, force: true}));

  it('has the requested pages, 30% of them embedding one or two sections, in docs and blog', () => {
    const {stats, siteA} = generated;
    expect(stats).toMatchObject({pages: 50, docs: 45, blog: 5, embeddingPages: 15});
    const files = markdownFiles(siteA);
    expect(files).toHaveLength(50);
    const perPage = files.map(
      (file) => [...readFileSync(path.join(siteA, file), 'utf8').matchAll(DIRECTIVE)].length,
    );
    expect(perPage.filter((n) => n > 0)).toHaveLength(15);
    expect(perPage.every((n) => n <= 2)).toBe(true);
    expect(perPage.reduce((sum, n) => sum + n, 0)).toBe(stats.embeds);
    const embeddingKinds = new Set(
      files.filter((_, i) => perPage[i]! > 0).map((file) => file.split(path.sep)[0]),
    );
    expect(embeddingKinds).toEqual(new Set(['docs', 'blog']));
  });

  it('replaces every directive in site B by the Markdown the plugin renders for it, and changes nothing else', async () => {
    const {siteA, siteB, sectionIds} = generated;
    const {loadBenchPolicy} = await load('generate.mjs');
    const {document} = loadBenchPolicy(POLICY);
    for (const file of markdownFiles(siteA)) {
      const a = readFileSync(path.join(siteA, file), 'utf8');
      const b = readFileSync(path.join(siteB, file), 'utf8');
      const expected = a.replace(DIRECTIVE, (_match, section: string, level: string | undefined, noTitle) => {
        expect(sectionIds).toContain(section);
        return markdown
          .renderSectionMarkdown(document, section, {level: Number(level ?? 2), title: !noTitle})
          .trimEnd();
      });
      expect(b, file).toBe(expected);
      expect(b).not.toContain('::ai-policy');
    }
  });

  it('gives site B the policy pages and downloads as static files, and only site A the plugin', () => {
    const {siteA, siteB, sectionIds} = generated;
    expect(readFileSync(path.join(siteB, 'src/pages/ai-policy.md'), 'utf8')).toContain('# ');
    for (const id of sectionIds)
      expect(existsSync(path.join(siteB, `src/pages/ai-policy/${id}.md`)), id).toBe(true);
    expect(existsSync(path.join(siteB, 'static/ai-policy.json'))).toBe(true);
    const configA = readFileSync(path.join(siteA, 'docusaurus.config.mjs'), 'utf8');
    const configB = readFileSync(path.join(siteB, 'docusaurus.config.mjs'), 'utf8');
    expect(configA).toContain("'docusaurus-plugin-ai-policy'");
    expect(configA).toContain('remarkPlugins: [remarkAiPolicy]');
    expect(configB).not.toContain('ai-policy/remark');
    expect(configB).not.toContain("'docusaurus-plugin-ai-policy'");
    for (const config of [configA, configB]) expect(config).toContain('future: {v4: true}');
  });

  it('is deterministic', async () => {
    const {generateTwinSites} = await load('generate.mjs');
    const again = generateTwinSites({dir: `${DIR}-again`, pages: 50, policyFile: POLICY});
    try {
      for (const file of markdownFiles(generated.siteA)) {
        expect(readFileSync(path.join(again.siteA, file), 'utf8')).toBe(
          readFileSync(path.join(generated.siteA, file), 'utf8'),
        );
      }
    } finally {
      rmSync(`${DIR}-again`, {recursive: true, force: true});
    }
  });
});

/** A report's input apart from the builds, for the report tests. */
const SUMMARY = {median: 1, p95: 2};
const REPORT_INPUT = {
  opts: {pages: 10, runs: 2, smoke: true, policyFile: POLICY},
  started: new Date(0),
  command: 'npm run bench -- --pages 10 --smoke',
  machine: {
    cpu: 'cpu × 2',
    cores: 2,
    memory: '1 GB',
    os: 'os',
    node: 'v20',
    docusaurus: '3.10.2',
    rspack: '1',
    plugin: '0',
    commit: 'abc',
    rssSource: 'x',
  },
  engine: {
    source: {bytes: 1, sections: 1},
    firstCallMs: 1,
    parse: SUMMARY,
    build: SUMMARY,
    markdown: SUMMARY,
    json: SUMMARY,
    total: SUMMARY,
    firstEmbedMs: 0.1,
    perEmbed: {median: 0.01, p95: 0.02},
  },
  main: {
    stats: {pages: 10, docs: 9, blog: 1, embeddingPages: 3, embeds: 4},
  },
  compile: {
    embedding: {pages: 3, medianA: 1, medianB: 2, meanA: 1, meanB: 2},
    plain: {pages: 7, medianA: 1, medianB: 1, meanA: 1, meanB: 1},
    projectedA: 10,
    projectedB: 12,
    ratio: 0.83,
    parsesDuringCompile: 1,
  },
  curve: [],
};

describe('bench: the report', () => {
  it('ends with the overhead ratio line CI reads', async () => {
    const {renderReport} = await load('report.mjs');
    const build = (wallMs: number) => ({
      wallMs,
      cpuMs: wallMs,
      peakRssKb: 512_000,
      parses: 1,
      otherCpuMs: 0,
    });
    const {markdown: text} = renderReport({
      ...REPORT_INPUT,
      main: {
        ...REPORT_INPUT.main,
        results: {cold: {A: [build(1010), build(1030)], B: [build(1000), build(1000)]}, warm: {A: [], B: []}},
      },
    });
    expect(text.split('\n').at(-1)).toBe('overhead ratio (cold, 10 pages): 1.02');
  });
});

describe('bench: the verdict on a shared machine', () => {
  const run = (wallMs: number, otherCpuMs: number | undefined, cpuMs = wallMs) => ({
    wallMs,
    cpuMs,
    otherCpuMs,
  });

  it('takes its medians from the undisturbed runs when there are at least three', async () => {
    const {verdict} = await load('report.mjs');
    // Runs 2 and 4 had a neighbour: their A builds are slow and must not decide the verdict.
    const results = {
      A: [run(1010, 0), run(1400, 300), run(1020, 10), run(1500, 0), run(1000, 0)],
      B: [run(1000, 0), run(1000, 0), run(1000, 0), run(1000, 400), run(1000, 0)],
    };
    const v = verdict(results);
    expect(v.basis).toBe('undisturbed');
    expect(v.runs).toBe(3);
    expect(v.wall).toBeCloseTo(1.01, 5);
    expect(v.cpu).toBeCloseTo(1.01, 5);
  });

  it('falls back to every run, and says so, when too few were undisturbed', async () => {
    const {verdict} = await load('report.mjs');
    const results = {
      A: [run(1100, 500, 1050), run(1200, 500, 1040), run(1000, 0, 1000)],
      B: [run(1000, 500), run(1000, 500), run(1000, 0)],
    };
    const v = verdict(results);
    expect(v.basis).toBe('all');
    expect(v.undisturbed).toBe(1);
    expect(v.wall).toBeCloseTo(1.1, 5);
    expect(v.cpu).toBeCloseTo(1.04, 5);
  });

  it('marks disturbed runs in the report and puts the CPU ratio beside the wall ratio', async () => {
    const {renderReport} = await load('report.mjs');
    const quiet = (wallMs: number) => ({...run(wallMs, 0), peakRssKb: 1, parses: 1});
    const busy = (wallMs: number) => ({...run(wallMs, wallMs), peakRssKb: 1, parses: 1});
    const {markdown} = renderReport({
      ...REPORT_INPUT,
      main: {
        ...REPORT_INPUT.main,
        results: {
          cold: {
            A: [quiet(1010), busy(2000), quiet(1020), quiet(1000)],
            B: [quiet(1000), quiet(1000), quiet(1000), quiet(1000)],
          },
          warm: {A: [], B: []},
        },
      },
    });
    const verdictRow = markdown.split('\n').find((line: string) => line.startsWith('| cold '));
    expect(verdictRow).toContain('1.01, 2.00*, 1.02, 1.00');
    expect(verdictRow).toContain('the 3 undisturbed of 4 runs');
    expect(markdown).toMatch(/\| 2 +\| cold .*\*\*disturbed\*\* \(A\)/);
    expect(markdown).toContain('cold 1.01 wall, 1.01 CPU (met; the 3 undisturbed of 4 runs)');
    expect(markdown.split('\n').at(-1)).toBe('overhead ratio (cold, 10 pages): 1.01');
  });
});

describe('bench: the history measurement', () => {
  const HISTORY_DIR = path.join(ROOT, 'bench', '.tmp', 'test-history');
  afterAll(() => rmSync(HISTORY_DIR, {recursive: true, force: true}));

  it('builds a repository with one commit per policy change, and reads all of them back', async () => {
    const {benchHistory, formatHistoryTable} = await load('history.mjs');
    const {formatMs} = await load('stats.mjs');
    const history = await benchHistory({commits: 12, runs: 1, policyFile: POLICY, dir: HISTORY_DIR});
    expect(history).toMatchObject({commits: 12, entries: 12, unreleased: 1});
    const table = formatHistoryTable(history, {formatMs});
    expect(table).toContain('history at 12 commits of the policy file (12 entries)');
    expect(table).toContain('**a build, cache on disk**');
  });
});

describe('bench: how far a median could move', () => {
  it('is a point for runs that agree, wide for noisy runs, contains the median, and never changes', async () => {
    const {medianInterval, median} = await load('stats.mjs');
    expect(medianInterval([1.01, 1.01, 1.01, 1.01, 1.01])).toEqual([1.01, 1.01]);
    const noisy = [0.88, 1.17, 0.83, 0.96, 0.88, 1.03, 1.15, 1.09];
    const [low, high] = medianInterval(noisy);
    expect(low).toBeLessThanOrEqual(median(noisy));
    expect(high).toBeGreaterThanOrEqual(median(noisy));
    expect(high - low).toBeGreaterThan(0.05);
    expect(medianInterval(noisy)).toEqual([low, high]);
  });

  it('stands beside each median in the verdict table', async () => {
    const {renderReport} = await load('report.mjs');
    const quiet = (wallMs: number) => ({wallMs, cpuMs: wallMs, otherCpuMs: 0, peakRssKb: 1, parses: 1});
    const {markdown} = renderReport({
      ...REPORT_INPUT,
      main: {
        ...REPORT_INPUT.main,
        results: {
          cold: {A: [quiet(1010), quiet(1010), quiet(1010)], B: [quiet(1000), quiet(1000), quiet(1000)]},
          warm: {A: [], B: []},
        },
      },
    });
    const verdictRow = markdown.split('\n').find((line: string) => line.startsWith('| cold '));
    expect(verdictRow).toMatch(/\| 1\.01–1\.01 \/ 1\.01–1\.01 +\|/);
  });
});
