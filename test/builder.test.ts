/**
 * The policy builder's engine (`docusaurus-plugin-ai-policy/builder`) and its route: the draft the form
 * produces is read exactly as the CLI reads a file, the engine's import graph stays free of Node, and the
 * route starts the form from the policy as written. The page itself is tested in Chromium
 * (test/e2e/builder.mjs).
 */
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {createDraftEvaluator, draftChangesMarkdown, draftMarkdown} from '../src/builder/index.js';
import {readPolicyInput} from '../src/config/input-value.js';
import {parsePolicyConfig} from '../src/config/parse.js';
import type {PolicyConfig} from '../src/config/schema.js';
import type {AiPolicyBuilderContent} from '../src/plugin/builder-data.js';
import {validateOptions} from '../src/plugin/options.js';
import {owningField, withValue} from '../theme/AiPolicyBuilderPage/draft-state.js';
import {runCliCaptured} from './support/cli.js';
import {BUILDER_TODAY, draftContext, pluginPages, validDraft} from './support/theme.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// A whole policy as one file: the example's organization baseline (the site's own file extends it).
const EXAMPLE_POLICY = readFileSync(path.join(ROOT, 'example-baseline', 'ai-policy.yml'), 'utf8');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ai-policy-builder-test-'));
});
afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

function currentPolicy(): {input: Record<string, unknown>; config: PolicyConfig} {
  const parsed = parsePolicyConfig(EXAMPLE_POLICY, 'ai-policy.yml');
  if (!parsed.ok) throw new Error('the example policy is invalid');
  return {input: readPolicyInput(EXAMPLE_POLICY)!, config: parsed.config};
}

const cli = (argv: string[]) => runCliCaptured(argv, {cwd: work});

async function writeDraft(name: string, text: string): Promise<string> {
  const file = path.join(work, name, 'ai-policy.yml');
  await mkdir(path.dirname(file), {recursive: true});
  await writeFile(file, text);
  return file;
}

describe('the draft evaluator', () => {
  it('writes a file that `ai-policy render` turns into exactly the Markdown the preview shows', async () => {
    const {input, config} = currentPolicy();
    const evaluate = createDraftEvaluator(draftContext(config));
    const draft = validDraft(evaluate({...input, organization: 'Southwind Clinics', posture: 'advisory'}));
    expect(draft.yaml.split('\n').slice(0, 2)).toEqual([
      '# yaml-language-server: $schema=./node_modules/docusaurus-plugin-ai-policy/lib/ai-policy.schema.json',
      '# AI tool usage policy: reviewed like code. Reference: the docusaurus-plugin-ai-policy README.',
    ]);
    const file = await writeDraft('valid', draft.yaml);
    const rendered = await cli(['render', file]);
    expect(rendered.code).toBe(0);
    expect(draftMarkdown(draft)).toBe(rendered.stdout);
    expect(rendered.stdout).toContain('Southwind Clinics');
    const checked = await cli(['check', file, '--today', BUILDER_TODAY]);
    expect(checked.code).toBe(0);
  });

  it('reports a problem with the words and location `ai-policy check` prints', async () => {
    const {input, config} = currentPolicy();
    const draft = createDraftEvaluator(draftContext(config))({
      ...input,
      industry: 'helthcare',
      tools: [{name: 'Claude', agreement: 'enterprize'}],
    });
    expect(draft.ok).toBe(false);
    if (draft.ok) return;
    const file = await writeDraft('invalid', draft.yaml);
    const checked = await cli(['check', file]);
    expect(checked.code).toBe(1);
    expect(draft.problems.map((problem) => problem.path)).toEqual(['industry', 'tools[0].agreement']);
    expect(draft.problems[0]!.text).toContain('(did you mean "healthcare"?)');
    // check names the file by its path; the lines are otherwise the same.
    const cliLines = checked.stderr
      .split('\n')
      .filter((line) => line.includes('ai-policy.yml:'))
      .map((line) => line.trim().replace(/^\S*ai-policy\.yml/, 'ai-policy.yml'));
    expect(cliLines).toEqual(draft.problems.map((problem) => problem.report));
  });

  it('says what the draft changes from the current policy, and nothing for the policy as it is', () => {
    const {input, config} = currentPolicy();
    const evaluate = createDraftEvaluator(draftContext(config));
    const same = evaluate(input);
    expect(same.ok && same.changes).toEqual([]);
    const changed = validDraft(evaluate({...input, compliance: ['hipaa'], posture: 'advisory'}));
    const codes = changed.changes.map((change) => change.code);
    expect(codes).toContain('regime-removed');
    expect(codes).toContain('posture-changed');
    expect(draftChangesMarkdown(changed, draftContext(config))).toContain(
      'From `ai-policy.yml` (version `abc123abc123`)',
    );
  });

  it('reports lint findings of a valid draft by field path, as check does', () => {
    const {input, config} = currentPolicy();
    const tools = structuredClone(input.tools) as Array<Record<string, unknown>>;
    tools[3] = {...tools[3], maxDataClass: 'phi'};
    const draft = validDraft(createDraftEvaluator(draftContext(config))({...input, tools}));
    const finding = draft.findings.find((entry) => entry.code === 'ceiling-exceeds-agreement');
    expect(finding?.path).toBe('tools[3].maxDataClass');
    expect(finding?.report).toMatch(
      /^warning {2}ai-policy\.yml:\d+:\d+ {2}tools\[3\]\.maxDataClass .*\[ceiling-exceeds-agreement\]$/,
    );
  });

  it('refuses a tool link that names a file on the build machine, and previews no link to it', () => {
    const {input, config} = currentPolicy();
    const tools = structuredClone(input.tools) as Array<Record<string, unknown>>;
    tools[0] = {...tools[0], url: '@site/.env'};
    const draft = validDraft(createDraftEvaluator(draftContext(config))({...input, tools}));
    const finding = draft.findings.find((entry) => entry.code === 'url-names-file');
    expect(finding?.severity).toBe('error');
    expect(finding?.report).toMatch(
      /^error {2}ai-policy\.yml:\d+:\d+ {2}tools\[0\]\.url {2}The link "@site\/\.env" names a file on the build machine.*\[url-names-file\]$/,
    );
    expect(JSON.stringify(draft.sections)).not.toContain('@site');
  });
});

/** Every module `src/builder/index.ts` reaches through static and dynamic imports, by path. */
function importGraph(entry: string): {files: string[]; packages: Set<string>} {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    files.push(path.relative(ROOT, file));
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g,
    )) {
      const specifier = (match[1] ?? match[2])!;
      // Type-only imports vanish from the bundle.
      if (/^\s*(?:import|export)\s+type\s/.test(match[0].trim())) continue;
      if (specifier.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts');
        pending.push(existsSync(resolved) ? resolved : resolved.replace(/\.ts$/, '.tsx'));
      } else packages.add(specifier);
    }
  }
  return {files, packages};
}

describe("the builder's browser bundle", () => {
  const {files, packages} = importGraph(path.join(ROOT, 'src', 'builder', 'index.ts'));

  it('imports no Node built-in module', () => {
    const builtins = new Set(builtinModules);
    const node = [...packages].filter(
      (name) => name.startsWith('node:') || builtins.has(name.split('/')[0]!),
    );
    expect(node).toEqual([]);
    // The walk reached the engine: a graph that stopped early would pass vacuously.
    expect(files).toContain('src/engine/build.ts');
    expect(files).toContain('src/config/parse.ts');
    expect(files).toContain('src/diff/diff.ts');
  });

  it('reaches none of the Node-side adapters (CLI, plugin lifecycle, policy store, history)', () => {
    const adapters = files.filter(
      (file) =>
        file.startsWith('src/cli/') ||
        file.startsWith('src/history/') ||
        file.startsWith('src/store/') ||
        [
          'src/plugin/index.ts',
          'src/policy-store.ts',
          'src/config/read.ts',
          'src/config/version.ts',
        ].includes(file),
    );
    expect(adapters).toEqual([]);
  });

  it("depends only on the package's own browser-safe dependencies", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const root = (name: string) =>
      name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
    const unknown = [...packages].map(root).filter((name) => !(name in pkg.dependencies));
    expect(unknown).toEqual([]);
    expect([...packages].map(root)).not.toContain('@clack/prompts');
  });
});

describe('the form state', () => {
  it('removes a cleared key and the mapping it leaves empty', () => {
    const draft = {organization: 'Acme', training: {course: 'SEC-1'}};
    expect(withValue(draft, ['training', 'course'], undefined)).toEqual({organization: 'Acme'});
    expect(withValue(draft, ['training', 'refresh'], 'annually')).toEqual({
      organization: 'Acme',
      training: {course: 'SEC-1', refresh: 'annually'},
    });
    expect(draft).toEqual({organization: 'Acme', training: {course: 'SEC-1'}});
  });

  it('edits list items in place and removes them by index', () => {
    const draft = {tools: [{name: 'A'}, {name: 'B'}]};
    expect(withValue(draft, ['tools', 1, 'vendor'], 'V')).toEqual({
      tools: [{name: 'A'}, {name: 'B', vendor: 'V'}],
    });
    expect(withValue(draft, ['tools', 0], undefined)).toEqual({tools: [{name: 'B'}]});
  });

  it('puts a problem on its field, or on the nearest group the form shows', () => {
    const fields = new Set(['organization', 'tools', 'tools[0]', 'tools[0].agreement']);
    expect(owningField('tools[0].agreement', fields)).toBe('tools[0].agreement');
    expect(owningField('tools[0].agreement[1]', fields)).toBe('tools[0].agreement');
    expect(owningField('tools[0].models[2]', fields)).toBe('tools[0]');
    expect(owningField('links.externalHosts[0]', fields)).toBeNull();
    expect(owningField('', fields)).toBeNull();
  });
});

describe('the builder option and route', () => {
  it('is off by default and takes only true or false', () => {
    expect(validateOptions({options: {}}).builder).toBe(false);
    expect(() => validateOptions({options: {builder: 'yes'}})).toThrow(/builder: expected true or false/);
  });

  async function lifecycle(policy: string, options: Record<string, unknown>) {
    const siteDir = await mkdtemp(path.join(work, 'site-'));
    await writeFile(path.join(siteDir, 'ai-policy.yml'), policy);
    return pluginPages(siteDir, options, {baseUrl: '/docs-site/'});
  }

  const SMALL =
    'organization: Acme\neffectiveDate: 2026-06-15\ntools:\n  - name: Copilot\n    agreement: enterprise\n';

  it('adds <routeBasePath>/builder, starting from the policy as written and as validated', async () => {
    const {routes, data} = await lifecycle(SMALL, {builder: true});
    const route = routes.find((entry) => entry.component === '@theme/AiPolicyBuilderPage');
    expect(route?.path).toBe('/docs-site/ai-policy/builder');
    const content = data.get('builder.json') as AiPolicyBuilderContent;
    // As written: no defaults filled in, so a saved draft spells out only what the file did.
    expect(content.input).toEqual(parse(SMALL));
    expect(content.config.posture).toBe('mandatory');
    expect(content.fileName).toBe('ai-policy.yml');
    expect(content.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('adds no builder page without the option', async () => {
    const {routes} = await lifecycle(SMALL, {});
    expect(routes.map((route) => route.path)).not.toContain('/docs-site/ai-policy/builder');
  });

  it('refuses a section whose page would take the builder URL', async () => {
    const policy = `${SMALL}sections:\n  custom:\n    - {id: builder, title: Builders, body: Hi}\n`;
    await expect(lifecycle(policy, {builder: true})).rejects.toThrow(
      /the section "builder" would have the same URL/,
    );
  });
});
