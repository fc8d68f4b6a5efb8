/**
 * The builder of a site whose policy extends a baseline (issue #29): the form starts from the resolved
 * policy, and the file it offers is only the overlay. Every round trip here goes through the real files: the
 * example's baseline installed as a package in a temporary site, read by `parseWithBaselines` (what the build
 * and `ai-policy check` use), and the CLI itself.
 */
import {readFileSync} from 'node:fs';
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {createDraftEvaluator, type DraftEvaluation} from '../src/builder/index.js';
import {parseWithBaselines, type ResolvedParseResult} from '../src/config/layers.js';
import {parsePolicyConfig} from '../src/config/parse.js';
import {policyFileText} from '../src/config/policy-file-text.js';
import type {PolicyConfigInput} from '../src/config/schema.js';
import type {AiPolicyBuilderContent} from '../src/plugin/builder-data.js';
import {withValue} from '../theme/AiPolicyBuilderPage/draft-state.js';
import {runCliCaptured} from './support/cli.js';
import {BUILDER_TODAY, draftContext, pluginPages, validDraft} from './support/theme.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SITE_POLICY = readFileSync(path.join(ROOT, 'example-site', 'ai-policy.yml'), 'utf8');
const BASELINE = '@northwind/ai-policy-baseline';

let work: string;
let siteDir: string;
let resolved: Extract<ResolvedParseResult, {ok: true}>;

/** A site folder with the example's baseline installed as the package the example site depends on. */
async function siteWithBaseline(name: string, policy: string): Promise<string> {
  const dir = path.join(work, name);
  const pkg = path.join(dir, 'node_modules', ...BASELINE.split('/'));
  await mkdir(pkg, {recursive: true});
  await cp(path.join(ROOT, 'example-baseline', 'package.json'), path.join(pkg, 'package.json'));
  await cp(path.join(ROOT, 'example-baseline', 'ai-policy.yml'), path.join(pkg, 'ai-policy.yml'));
  await writeFile(path.join(dir, 'ai-policy.yml'), policy);
  return dir;
}

async function resolveFile(dir: string): Promise<ResolvedParseResult> {
  const file = path.join(dir, 'ai-policy.yml');
  return parseWithBaselines(readFileSync(file, 'utf8'), file, {
    readText: async (each) => readFileSync(each, 'utf8'),
    display: (each) => path.relative(dir, each),
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ai-policy-builder-overlay-'));
  siteDir = await siteWithBaseline('site', SITE_POLICY);
  const result = await resolveFile(siteDir);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  resolved = result;
});
afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

function evaluator() {
  return createDraftEvaluator(draftContext(resolved.config, resolved.overlay));
}

/** The form's policy as one whole file, validated: what the overlay must resolve to. */
function wholePolicyOf(input: Record<string, unknown>) {
  const parsed = parsePolicyConfig(policyFileText(input as PolicyConfigInput), 'ai-policy.yml');
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return parsed.config;
}

const toolIndex = (name: string) =>
  (resolved.input.tools as Array<{name: string}>).findIndex((tool) => tool.name === name);

describe('the overlay the builder writes', () => {
  it('for an untouched form is the site’s own overlay: extends as written, no baseline fact restated', () => {
    const draft = validDraft(evaluator()(resolved.input));
    const written = parse(draft.yaml) as Record<string, unknown>;
    expect(Object.keys(written)[0]).toBe('extends');
    expect(written).toEqual(parse(SITE_POLICY));
    expect(draft.yaml).not.toContain('Northwind Health Cloud');
    expect(draft.changes).toEqual([]);
  });

  it('holds exactly what the form changed, and resolves over the real baseline to the form’s policy', async () => {
    let input = resolved.input;
    input = withValue(input, ['tools', toolIndex('GitHub Copilot Business'), 'maxDataClass'], 'public');
    input = withValue(input, ['tools', toolIndex('Cursor')], undefined);
    input = withValue(input, ['compliance'], [...(input.compliance as string[]), 'pci-dss']);
    input = withValue(input, ['review', 'cadence'], 'monthly');
    const classes = input.dataClasses as unknown[];
    input = withValue(input, ['dataClasses', classes.length], {
      id: 'card-data',
      name: 'Cardholder data',
      rule: 'never',
    });
    const draft = validDraft(evaluator()(input));
    const written = parse(draft.yaml) as Record<string, unknown>;

    // Only what differs from the baseline, merged by name as `extends` merges.
    expect(written.extends).toBe(BASELINE);
    expect(written.tools).toEqual([{name: 'GitHub Copilot Business', maxDataClass: 'public'}]);
    expect(written.remove).toEqual({tools: ['Cursor']});
    expect(written.compliance).toEqual(['pci-dss']);
    expect(written.review).toEqual({cadence: 'monthly'});
    expect(written.dataClasses).toEqual([{id: 'card-data', name: 'Cardholder data', rule: 'never'}]);
    expect(written).not.toHaveProperty('organization');
    expect(written).not.toHaveProperty('prohibitedTools');

    // Round trip through the disk: the overlay over the installed baseline is the form's policy.
    const dir = await siteWithBaseline('round-trip', draft.yaml);
    const reread = await resolveFile(dir);
    if (!reread.ok) throw new Error(reread.problems.map((problem) => problem.message).join('\n'));
    expect(reread.config).toEqual(wholePolicyOf(input));
    expect(draft.config).toEqual(reread.config);
    const checked = await runCliCaptured(['check', 'ai-policy.yml', '--today', BUILDER_TODAY], {cwd: dir});
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    // The preview marks what the baseline set, as the published page does.
    expect(draft.headerFields.map((field) => JSON.stringify(field))).toContainEqual(
      expect.stringContaining(BASELINE),
    );
  });

  it('shows a loosening as the overlay-loosens problem `check` prints, on the form’s field', async () => {
    const cursor = toolIndex('Cursor');
    const draft = evaluator()(withValue(resolved.input, ['tools', cursor, 'maxDataClass'], 'phi'));
    expect(draft.ok).toBe(false);
    if (draft.ok) return;
    expect(draft.problems).toHaveLength(1);
    const [problem] = draft.problems;
    // The form's path (Cursor is the fourth tool), not the overlay's (where it is the first).
    expect(problem!.path).toBe(`tools[${cursor}].maxDataClass`);
    expect(problem!.text).toMatch(
      /^raises the ceiling of "Cursor" to "phi", above the baseline's "public": set by @northwind\/ai-policy-baseline at @northwind\/ai-policy-baseline\/ai-policy\.yml:(\d+):(\d+); an overlay may only tighten its baseline$/,
    );

    // The file the page offers, checked by the CLI: the same words, at the same baseline line.
    const dir = await siteWithBaseline('loosens', draft.yaml);
    const checked = await runCliCaptured(['check', 'ai-policy.yml', '--today', BUILDER_TODAY], {cwd: dir});
    expect(checked.code).toBe(1);
    const [, line, column] = /:(\d+):(\d+);/.exec(problem!.text)!;
    expect(problem!.code).toBe('overlay-loosens');
    // The CLI names the baseline file by its path on disk, the page by the package.
    expect(checked.stderr).toContain(
      `tools[0].maxDataClass  raises the ceiling of "Cursor" to "phi", above the baseline's "public": set by ${BASELINE} at `,
    );
    expect(checked.stderr).toContain(
      `/node_modules/${BASELINE}/ai-policy.yml:${line}:${column}; an overlay may only tighten its baseline`,
    );
  });

  it('refuses what no overlay can say: a dropped prohibition or regime loosens, a dropped use case cannot be written', () => {
    const evaluate = evaluator();
    const problemsOf = (draft: DraftEvaluation) =>
      draft.ok ? [] : draft.problems.map(({path, code, report}) => ({path, code, report}));

    expect(problemsOf(evaluate(withValue(resolved.input, ['prohibitedTools', 0], undefined)))).toEqual([
      {
        path: 'prohibitedTools',
        code: 'overlay-loosens',
        report: expect.stringMatching(
          /^ai-policy\.yml:\d+:\d+ {2}prohibitedTools {2}removes "DeepSeek" from prohibitedTools, which loosens the baseline: set by @northwind\/ai-policy-baseline at @northwind\/ai-policy-baseline\/ai-policy\.yml:\d+:\d+$/,
        ),
      },
    ]);

    const compliance = (resolved.input.compliance as string[]).filter((regime) => regime !== 'gdpr');
    const dropped = problemsOf(evaluate(withValue(resolved.input, ['compliance'], compliance)));
    expect(dropped).toEqual([
      {
        path: 'compliance',
        code: 'overlay-loosens',
        report: expect.stringContaining('removes the regime "gdpr"'),
      },
    ]);

    const useCases = resolved.input.useCases as {encouraged: string[]};
    const fewer = withValue(resolved.input, ['useCases', 'encouraged'], useCases.encouraged.slice(1));
    expect(problemsOf(evaluate(fewer))).toEqual([
      {
        path: 'useCases.encouraged',
        code: 'overlay-cannot-remove',
        report: expect.stringContaining(
          `removes "${useCases.encouraged[0]}" from useCases.encouraged; an overlay can add to its baseline and change it, but not remove what it states`,
        ),
      },
    ]);

    // A cleared field names the baseline line that states it, even when the form's list has moved on.
    const baselineLines = readFileSync(path.join(ROOT, 'example-baseline', 'ai-policy.yml'), 'utf8').split(
      '\n',
    );
    const cursorConditions = baselineLines.findIndex((line) => line.includes('Privacy mode on')) + 1;
    let moved = withValue(resolved.input, ['tools', toolIndex('Cursor'), 'conditions'], undefined);
    moved = withValue(moved, ['tools', 0], undefined);
    expect(problemsOf(evaluate(moved))).toEqual([
      {
        path: 'tools[2].conditions',
        code: 'overlay-cannot-remove',
        report: expect.stringContaining(`@northwind/ai-policy-baseline/ai-policy.yml:${cursorConditions}:`),
      },
    ]);

    const cleared = problemsOf(evaluate(withValue(resolved.input, ['owner'], undefined)));
    expect(cleared).toEqual([
      {path: 'owner', code: 'overlay-cannot-remove', report: expect.stringContaining('removes owner')},
    ]);
  });

  it('reports a tool named twice as check does, instead of folding both into the baseline’s entry', () => {
    const copilot = toolIndex('GitHub Copilot Business');
    const draft = evaluator()(withValue(resolved.input, ['tools', copilot, 'name'], 'Claude / Claude Code'));
    expect(draft.ok).toBe(false);
    // The file offered is still the overlay, where both entries would merge into one without a word.
    expect(draft.yaml).toMatch(/^extends: "@northwind\/ai-policy-baseline"$/m);
    expect(!draft.ok && draft.problems.map(({path, text}) => ({path, text}))).toEqual([
      {
        path: `tools[${copilot}].name`,
        text: 'duplicate tool name "Claude / Claude Code": already used by tools[0]',
      },
    ]);
  });
});

describe('the builder route of a site that extends a baseline', () => {
  it('gives the page the site’s extends and the baseline’s text, named without a path of the build machine', async () => {
    const {data} = await pluginPages(siteDir, {builder: true});
    const builder = data.get('builder.json') as AiPolicyBuilderContent;
    expect(builder.overlay?.extends).toBe(BASELINE);
    expect(builder.overlay?.baselines).toEqual([
      {
        fileName: `${BASELINE}/ai-policy.yml`,
        label: BASELINE,
        version: '1.0.0',
        hash: expect.stringMatching(/^[0-9a-f]{12}$/),
        source: readFileSync(path.join(ROOT, 'example-baseline', 'ai-policy.yml'), 'utf8'),
      },
    ]);
    expect(JSON.stringify(builder)).not.toContain(work);
  });
});
