/**
 * "Never stale": editing ai-policy.yml changes every page that embeds it, in a second `docusaurus build`
 * that reuses Rspack's persistent cache (`future: {v4: true}`) and live in `docusaurus start`.
 *
 * The fixture is a small site written here (a doc, a blog post and a page that embed, one doc that does not)
 * that uses the real plugin and remark plugin exactly as a user's site would. A logging remark plugin next to
 * ours records which Markdown files each build compiled: that is how the test tells a warm build (only the
 * embedding files recompiled) from a cold one.
 */
import {type ChildProcess, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {REPO_ROOT, runDocusaurus, TMP_ROOT, visibleText} from './helpers/site.js';
import {freePort} from './support/free-port.js';

const require = createRequire(import.meta.url);
const DOCUSAURUS_CLI = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

interface PolicyFacts {
  organization: string;
  tool: string;
  compliance: string[];
  contact: string;
}

const ORIGINAL: PolicyFacts = {
  organization: 'Acme Corp',
  // Not a name the policy prints by itself: the enforcement section names the Claude Code client.
  tool: 'Claude Workspace',
  compliance: ['soc2', 'gdpr'],
  contact: 'security@acme.example',
};

/** One edit a pull request might make: rename a tool, drop a regime, rename the organization, new contact. */
const EDITED: PolicyFacts = {
  organization: 'Globex Health',
  tool: 'Claude Enterprise Renamed',
  compliance: ['soc2'],
  contact: 'incidents@globex.example',
};

function policyYaml(facts: PolicyFacts): string {
  return `organization: ${facts.organization}
industry: saas
effectiveDate: 2026-06-15
owner: Security team <${facts.contact}>
posture: mandatory
compliance: [${facts.compliance.join(', ')}]
tools:
  - name: ${facts.tool}
    vendor: Anthropic
    agreement: enterprise
    maxDataClass: internal
  - name: GitHub Copilot
    agreement: enterprise
review: {cadence: quarterly, lastReviewed: 2026-06-15}
incidents: {contact: ${facts.contact}}
`;
}

/** Where each embedding source ends up: its built page, and the module name `docusaurus start` serves. */
const EMBEDDING_PAGES = [
  {source: 'docs/onboarding.md', route: 'docs/onboarding'},
  {source: 'blog/2026-06-15-news.md', route: 'blog/news'},
  {source: 'src/pages/index.md', route: ''},
] as const;

const FILES: Record<string, string> = {
  // Its own package.json (no "type": "module") scopes the generated CommonJS the way a real site is scoped.
  'package.json': '{"name": "freshness-fixture", "private": true}\n',
  'docusaurus.config.mjs': `import {appendFileSync} from 'node:fs';
import {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';

/** Records every Markdown compile, so the test can tell which files a build really recompiled. */
const logCompiles = () => (_tree, file) => {
  appendFileSync(new URL('./compiles.log', import.meta.url), file.path + '\\n');
};
const remarkPlugins = [remarkAiPolicy, logCompiles];

export default {
  title: 'Freshness fixture',
  url: 'https://handbook.example',
  baseUrl: '/',
  future: {v4: true},
  onBrokenLinks: 'throw',
  presets: [
    ['classic', {
      docs: {remarkPlugins},
      blog: {remarkPlugins, onUntruncatedBlogPosts: 'ignore'},
      pages: {remarkPlugins},
      theme: {},
    }],
  ],
  plugins: ['docusaurus-plugin-ai-policy'],
};
`,
  'docs/onboarding.md':
    '---\ntitle: Onboarding\n---\n\n## Tools you may use\n\n::ai-policy{section="approved-tools" level="3"}\n',
  'docs/plain.md':
    '---\ntitle: Plain\n---\n\nThis page embeds nothing, so a policy edit must not recompile it.\n',
  'blog/2026-06-15-news.md':
    '---\ntitle: Policy news\nslug: news\nauthors: [{name: Priya}]\n---\n\nWhat may go where:\n\n::ai-policy{section="data-classification"}\n',
  'src/pages/index.md':
    '# Handbook\n\n::ai-policy{section="incidents-and-exceptions"}\n\n::ai-policy{title="false" level="2"}\n',
  // The site's policy starts as an overlay of the organization's baseline (`extends`), stating nothing of
  // its own: an edit of the baseline alone must reach every embed too. Later edits write a whole policy.
  'ai-policy.yml': 'extends: ./org-baseline.yml\n',
  'org-baseline.yml': policyYaml(ORIGINAL),
};

async function writeFixture(siteDir: string): Promise<void> {
  await rm(siteDir, {recursive: true, force: true});
  for (const [name, content] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(siteDir, name)), {recursive: true});
    await writeFile(path.join(siteDir, name), content);
  }
}

/** What a reader of each embedding page must see for a version of the policy. */
function expectPagesShow(pages: Record<string, string>, facts: PolicyFacts): void {
  const [onboarding = '', blog = '', index = ''] = EMBEDDING_PAGES.map(({route}) => pages[route]);
  expect(onboarding).toContain(facts.tool);
  // The approved-tools section names tools, not the organization; the whole-policy embed below checks that.
  expect(blog).toContain(facts.tool);
  expect(index).toContain(facts.contact);
  expect(index).toContain(facts.organization);
  expect(index).toContain(facts.tool);
  expect(/\bGDPR\b/.test(index)).toBe(facts.compliance.includes('gdpr'));
}

function expectPagesDoNotShow(pages: Record<string, string>, facts: PolicyFacts): void {
  for (const {route} of EMBEDDING_PAGES) {
    expect(pages[route]).not.toContain(facts.tool);
    expect(pages[route]).not.toContain(facts.organization);
  }
}

async function readCompiles(siteDir: string): Promise<string[]> {
  const log = await readFile(path.join(siteDir, 'compiles.log'), 'utf8').catch(() => '');
  return [...new Set(log.split('\n').filter(Boolean))].map((file) => path.relative(siteDir, file)).sort();
}

describe('docusaurus build: a second build with the persistent cache never serves a stale embed', () => {
  const siteDir = path.join(TMP_ROOT, `freshness-build-${process.pid}`);
  const cacheDir = path.join(siteDir, 'node_modules/.cache/rspack');

  async function build(): Promise<{pages: Record<string, string>; compiled: string[]; ms: number}> {
    await rm(path.join(siteDir, 'compiles.log'), {force: true});
    const run = await runDocusaurus(siteDir, ['build'], {
      env: {SOURCE_DATE_EPOCH: String(Date.UTC(2026, 6, 1) / 1000)},
    });
    if (run.code !== 0)
      throw new Error(`docusaurus build failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    const pages: Record<string, string> = {};
    for (const {route} of [...EMBEDDING_PAGES, {route: 'docs/plain'}]) {
      pages[route] = visibleText(await readFile(path.join(siteDir, 'build', route, 'index.html'), 'utf8'));
    }
    return {pages, compiled: await readCompiles(siteDir), ms: run.durationMs};
  }

  let first: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    expect(existsSync(path.join(REPO_ROOT, 'lib/remark/index.js')), 'run `npm run build` first').toBe(true);
    await writeFixture(siteDir);
    first = await build();
  });

  afterAll(() => rm(siteDir, {recursive: true, force: true}));

  it('first (cold) build: every embedding page shows the policy, server-rendered', () => {
    expectPagesShow(first.pages, ORIGINAL);
    expect(first.compiled).toEqual([
      'blog/2026-06-15-news.md',
      'docs/onboarding.md',
      'docs/plain.md',
      'src/pages/index.md',
    ]);
    expect(existsSync(cacheDir), `Rspack's persistent cache at ${cacheDir}`).toBe(true);
  });

  it('after an edit of the baseline alone, a warm rebuild recompiles exactly the embedding pages', async () => {
    const facts = {...ORIGINAL, tool: 'Claude Baseline Edit'};
    await writeFile(path.join(siteDir, 'org-baseline.yml'), policyYaml(facts));
    const rebuilt = await build();
    expect(rebuilt.compiled).toEqual(['blog/2026-06-15-news.md', 'docs/onboarding.md', 'src/pages/index.md']);
    expectPagesShow(rebuilt.pages, facts);
    expect(rebuilt.pages['docs/onboarding']).not.toContain(ORIGINAL.tool);
  });

  it('after a YAML edit, a warm rebuild recompiles exactly the embedding pages, and each shows the edit', async () => {
    await writeFile(path.join(siteDir, 'ai-policy.yml'), policyYaml(EDITED));
    const second = await build();
    console.info(`[freshness] build: cold ${first.ms} ms, warm after edit ${second.ms} ms`);

    // Warm: the cache served the page that embeds nothing; only the policy's dependents were recompiled.
    expect(second.compiled).toEqual(['blog/2026-06-15-news.md', 'docs/onboarding.md', 'src/pages/index.md']);
    expectPagesShow(second.pages, EDITED);
    expectPagesDoNotShow(second.pages, ORIGINAL);
    for (const {route} of EMBEDDING_PAGES) expect(second.pages[route]).not.toEqual(first.pages[route]);
    expect(second.pages['docs/plain']).toEqual(first.pages['docs/plain']);
  });

  it('a rebuild with no edit recompiles nothing', async () => {
    const third = await build();
    expect(third.compiled).toEqual([]);
    expectPagesShow(third.pages, EDITED);
  });
});

describe('docusaurus start: an edit reaches every embedding page without a restart', () => {
  const siteDir = path.join(TMP_ROOT, `freshness-start-${process.pid}`);
  let server: ChildProcess | undefined;
  let output = '';
  let origin = '';
  /** The dev bundle's chunk for each embedding source: in `start`, content arrives as JS, not HTML. */
  const chunks = new Map<string, string>();

  async function fetchText(url: string): Promise<string | undefined> {
    try {
      const response = await fetch(url, {signal: AbortSignal.timeout(5_000)});
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  }

  /** Polls until every embedding page's chunk contains `text`; returns the milliseconds it took. */
  async function waitForAllChunks(text: string, timeoutMs = 20_000): Promise<number> {
    const started = Date.now();
    const pending = new Set(chunks.values());
    while (pending.size > 0) {
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `still stale after ${timeoutMs} ms: ${[...pending].join(', ')} lack "${text}"\n${output.slice(-3000)}`,
        );
      }
      for (const chunk of pending)
        if ((await fetchText(`${origin}/${chunk}.js`))?.includes(text)) pending.delete(chunk);
      if (pending.size > 0) await delay(50);
    }
    return Date.now() - started;
  }

  beforeAll(async () => {
    expect(existsSync(path.join(REPO_ROOT, 'lib/remark/index.js')), 'run `npm run build` first').toBe(true);
    await writeFixture(siteDir);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Vitest runs with NODE_ENV=test, which the CLI would keep (`??=`) and which changes how Docusaurus
    // compiles Markdown; a user's shell has no NODE_ENV.
    const {NODE_ENV: _testEnv, ...env} = process.env;
    server = spawn(
      process.execPath,
      [DOCUSAURUS_CLI, 'start', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
      {
        cwd: siteDir,
        env: {...env, FORCE_COLOR: '0', NO_COLOR: '1', NO_UPDATE_NOTIFIER: '1', BROWSER: 'none'},
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group, so afterAll can end the CLI and every worker it started, and nothing else.
        detached: true,
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    server.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });

    const registry = path.join(siteDir, '.docusaurus/registry.js');
    const deadline = Date.now() + 180_000;
    while (!(await fetchText(`${origin}/`)) || !existsSync(registry)) {
      if (server.exitCode !== null || Date.now() > deadline)
        throw new Error(`docusaurus start did not come up:\n${output}`);
      await delay(250);
    }
    const registryCode = await readFile(registry, 'utf8');
    for (const {source} of EMBEDDING_PAGES) {
      const importOfSource = `import(/* webpackChunkName: "%NAME%" */ "@site/${source}")`;
      const pattern = escapeRegExp(importOfSource).replace('%NAME%', '[^"]+');
      const name = new RegExp(`"([^"]+)": \\[\\(\\) => ${pattern}`).exec(registryCode)?.[1];
      if (!name) throw new Error(`no dev chunk for ${source} in ${registry}`);
      chunks.set(source, name);
    }
    await waitForAllChunks(ORIGINAL.tool, 120_000);
  });

  afterAll(async () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([new Promise((resolve) => server?.once('exit', resolve)), delay(5_000)]);
      if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid, 'SIGKILL');
    }
    await rm(siteDir, {recursive: true, force: true});
  });

  it('a saved edit of the baseline the policy extends shows up on every embedding page', async () => {
    const facts = {...ORIGINAL, tool: 'Claude Baseline Live Edit'};
    await writeFile(path.join(siteDir, 'org-baseline.yml'), policyYaml(facts));
    const ms = await waitForAllChunks(facts.tool);
    console.info(`[freshness] start: baseline save -> all embedding pages updated in ${ms} ms`);
  });

  it('a saved edit shows up in the doc, the blog post and the page', async () => {
    const facts = {...ORIGINAL, tool: 'Claude Live Edit'};
    await writeFile(path.join(siteDir, 'ai-policy.yml'), policyYaml(facts));
    const ms = await waitForAllChunks(facts.tool);
    console.info(`[freshness] start: save -> all embedding pages updated in ${ms} ms`);
    expect(ms).toBeLessThan(20_000);
  });

  it('an editor that truncates, then writes, still ends with the new policy on every page', async () => {
    const timings: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const facts = {...ORIGINAL, tool: `Claude Truncated Save ${attempt}`};
      const file = path.join(siteDir, 'ai-policy.yml');
      await writeFile(file, '');
      await delay(50);
      await writeFile(file, policyYaml(facts));
      timings.push(await waitForAllChunks(facts.tool));
      // And it stays fresh: no late rebuild from the empty write replaces the page afterwards.
      await delay(1_000);
      for (const chunk of chunks.values())
        expect(await fetchText(`${origin}/${chunk}.js`)).toContain(facts.tool);
    }
    console.info(
      `[freshness] start: truncate-then-write saves updated every page in ${timings.join(', ')} ms`,
    );
  });

  it('a broken edit reports the located config error, and the next good save recovers every page', async () => {
    const file = path.join(siteDir, 'ai-policy.yml');
    const before = output.length;
    await writeFile(file, policyYaml(ORIGINAL).replace('industry: saas', 'industry: saaas'));
    const deadline = Date.now() + 20_000;
    while (!output.slice(before).includes('did you mean "saas"?') && Date.now() < deadline) await delay(100);
    expect(output.slice(before)).toMatch(/ai-policy\.yml:2:\d+ +industry +expected one of/);

    // Meanwhile every page says it shows the last valid policy, and names the first problem: the embeds
    // (their dev chunks) and the policy's own pages (the instance's page data).
    await waitForAllChunks('AI policy not updated (docusaurus start only).');
    await waitForAllChunks('ai-policy.yml:2:11  industry  expected one of');
    expect(await policyPageData()).toMatchObject({
      invalidEdit: expect.stringMatching(
        /^ai-policy\.yml:2:11 {2}industry {2}expected one of .*did you mean "saas"/,
      ),
    });

    const facts = {...ORIGINAL, tool: 'Claude After Repair'};
    await writeFile(file, policyYaml(facts));
    await waitForAllChunks(facts.tool);
    // And once the file is valid again, the notice is gone everywhere.
    for (const chunk of chunks.values())
      expect(await fetchText(`${origin}/${chunk}.js`)).not.toContain('AI policy not updated');
    const deadline2 = Date.now() + 20_000;
    while ((await policyPageData())?.invalidEdit !== null && Date.now() < deadline2) await delay(100);
    expect(await policyPageData()).toMatchObject({invalidEdit: null});
  });

  /** The policy pages' shared data module, as `contentLoaded` last wrote it for the dev server. */
  async function policyPageData(): Promise<{invalidEdit: string | null} | undefined> {
    const dir = path.join(siteDir, '.docusaurus', 'docusaurus-plugin-ai-policy', 'default');
    for (const name of existsSync(dir) ? await readdir(dir) : [])
      if (name.startsWith('metadata')) return JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    return undefined;
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
