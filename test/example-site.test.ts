/**
 * End-to-end: the real `docusaurus build` on the example site and on copies of it. Each site is built once
 * in `beforeAll` and many things are asserted on the output, because a build takes 10-20 s here.
 */
import {createHash, randomUUID} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {exportPolicy} from '../src/export/index.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {
  buildSite,
  type CliRun,
  copySite,
  EXAMPLE_SITE,
  outputDir,
  REPO_ROOT,
  removeDir,
  visibleText,
} from './helpers/site.js';

/** 2026-12-01: pins "today" (SOURCE_DATE_EPOCH) so the example policy is current, whatever the calendar says. */
const BUILD_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);
/** 2027-06-01: after the example policy's next review date (2027-02-02) and its exception's expiry (2027-03-31). */
const LATE_BUILD_DATE_EPOCH = String(Date.UTC(2027, 5, 1) / 1000);

const EXPECTED_SECTION_IDS = [
  'purpose-and-scope',
  'approved-tools',
  'data-classification',
  'soc2',
  'hipaa',
  'gdpr',
  'iso27001',
  'eu-ai-act',
  'code-review',
  'open-source',
  'budgets',
  'enforcement',
  'incidents-and-exceptions',
];

/** Fails with the build's own output, which is what one needs to see when a build breaks. */
function expectSuccess(run: CliRun): void {
  if (run.code !== 0) throw new Error(`docusaurus build failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

async function readPage(outDir: string, route: string): Promise<string> {
  return readFile(path.join(outDir, route, 'index.html'), 'utf8');
}

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

describe('the example site, built with the real docusaurus build', () => {
  let outDir: string;
  let run: CliRun;

  beforeAll(async () => {
    outDir = await outputDir('example-build');
    run = await buildSite(EXAMPLE_SITE, outDir, {env: {SOURCE_DATE_EPOCH: BUILD_DATE_EPOCH}});
    expectSuccess(run);
  });

  afterAll(async () => {
    if (outDir) await removeDir(outDir);
  });

  it("links the home page to the policy through the plugin's client hook", async () => {
    // The home page takes the URLs from `useAiPolicy()` (`docusaurus-plugin-ai-policy/client`), not literals.
    const home = await readPage(outDir, '');
    expect(home).toMatch(/<h2><a href="?\/ai-policy"?>AI tool usage policy<\/a><\/h2>/);
    expect(home).toMatch(/<a href="?\/ai-policy\.md"? download[^>]*>Download it as Markdown<\/a>/);
  });

  it('server-renders the policy text into the full page', async () => {
    const html = await readPage(outDir, 'ai-policy');
    const text = visibleText(html);
    expect(text).toContain('AI Tool Usage Policy');
    expect(text).toContain('Northwind Health Cloud');
    expect(text).toContain('Claude / Claude Code');
    expect(text).toContain('GitHub Copilot Business');
    // A regime citation, and the data-classification tables.
    expect(text).toContain('§164.502(e)');
    expect(html).toMatch(/<table class="table[^"]*ai-policy-data-classes/);
    expect(html).toMatch(/<table class="table[^"]*ai-policy-tool-matrix/);
    // The site's file extends the organization's baseline package: the header names it with its version,
    // and what it set is marked where a reader meets it.
    expect(text).toMatch(/Baseline:?\s*@northwind\/ai-policy-baseline 1\.0\.0/);
    expect(text.match(/\(set by @northwind\/ai-policy-baseline\)/g)?.length).toBeGreaterThanOrEqual(8);
    // Page metadata.
    expect(html).toMatch(/<title[^>]*>AI Tool Usage Policy \| Northwind Engineering Handbook<\/title>/);
    expect(html).toMatch(
      /<meta[^>]*name="?description"?[^>]*content="How Northwind Health Cloud staff may use AI tools/,
    );
  });

  it('server-renders the builder form with the current policy, and no other page references its engine', async () => {
    const builder = await readPage(outDir, 'ai-policy/builder');
    expect(builder).toMatch(/<title[^>]*>Policy builder \| Northwind Engineering Handbook<\/title>/);
    // The form is in the HTML with the published values, before any script runs.
    expect(builder).toMatch(/<label for="?ai-policy-builder-organization"?[^>]*>Organization/);
    expect(builder).toMatch(
      /<input[^>]*id="?ai-policy-builder-organization"?[^>]*value="Northwind Health Cloud"/,
    );
    // The engine is a chunk of its own, loaded by the page at run time, never by a page's HTML.
    const assets = await readdir(path.join(outDir, 'assets', 'js'));
    expect(assets.filter((file) => /^ai-policy-builder-engine\.[0-9a-f]+\.js$/.test(file))).toHaveLength(1);
    for (const route of ['', 'ai-policy', 'ai-policy/builder', 'docs/onboarding'])
      expect(await readPage(outDir, route), route || '/').not.toContain('ai-policy-builder-engine');
  });

  it('anchors every section and lists it in the table of contents', async () => {
    const html = await readPage(outDir, 'ai-policy');
    for (const id of EXPECTED_SECTION_IDS) {
      expect(html, id).toMatch(new RegExp(`<h2[^>]*id="?${id}"?`));
      expect(html, id).toMatch(new RegExp(`href="?#${id}"?`));
    }
    expect(html).toContain('table-of-contents');
  });

  it('offers copy-as-markdown, the downloads and links to every section page', async () => {
    const html = await readPage(outDir, 'ai-policy');
    expect(html).toMatch(/<button[^>]*aria-label="Copy as Markdown: the policy"/);
    expect(html).toMatch(/role="?status"?/);
    expect(html).toMatch(/href="?\/ai-policy\.md"?/);
    expect(html).toMatch(/href="?\/ai-policy\.json"?/);
    for (const id of EXPECTED_SECTION_IDS) expect(html, id).toMatch(new RegExp(`href="?/ai-policy/${id}"?`));
  });

  it('builds one page per section, the history page and the builder, and no other page under the policy route', async () => {
    // `enforce/` holds the enforcement files, not a page.
    expect((await subdirectories(path.join(outDir, 'ai-policy'))).sort()).toEqual(
      [...EXPECTED_SECTION_IDS, 'builder', 'changes', 'controls', 'enforce'].sort(),
    );
    expect(existsSync(path.join(outDir, 'ai-policy/enforce/index.html'))).toBe(false);
    const gdpr = await readPage(outDir, 'ai-policy/gdpr');
    expect(gdpr).toMatch(/<h1[^>]*>GDPR obligations<\/h1>/);
    expect(gdpr).toMatch(
      /<title[^>]*>GDPR[^<]*\| AI Tool Usage Policy \| Northwind Engineering Handbook<\/title>/,
    );
    expect(visibleText(gdpr)).toContain('Art. 28');
    // Links back to the full policy, and on to the neighbouring sections.
    expect(gdpr).toMatch(/href="?\/ai-policy"?[ >]/);
    expect(gdpr).toMatch(/href="?\/ai-policy\/hipaa"?/);
    expect(gdpr).toMatch(/href="?\/ai-policy\/iso27001"?/);
    // A section page carries its own section, not the whole policy.
    expect(visibleText(gdpr)).not.toContain('§164.502(e)');
  });

  it('server-renders the control crosswalk at /ai-policy/controls, linking each duty to its section', async () => {
    const html = await readPage(outDir, 'ai-policy/controls');
    expect(html).toMatch(/<h1[^>]*>Controls: AI Tool Usage Policy<\/h1>/);
    const text = visibleText(html);
    // The example selects HIPAA, SOC 2, GDPR, ISO 27001 and the EU AI Act; the OWASP list always applies.
    for (const framework of [
      'SOC 2',
      'HIPAA',
      'GDPR',
      'ISO/IEC 27001',
      'EU AI Act',
      'OWASP Top 10 for LLM Applications',
    ])
      expect(text).toContain(framework);
    expect(text).not.toContain('PCI DSS');
    expect(text).toContain('164.308(a)(5)');
    expect(text).toContain('Not addressed by this policy');
    expect(html).toMatch(/href="?\/ai-policy\/hipaa"?/);
    expect(html).toMatch(/href="?\/ai-policy\.oscal\.json"?/);
    const oscal = JSON.parse(await readFile(path.join(outDir, 'ai-policy.oscal.json'), 'utf8'));
    expect(oscal['component-definition'].components[0].type).toBe('policy');
  });

  it('writes the Markdown and JSON downloads next to the policy page', async () => {
    const markdown = await readFile(path.join(outDir, 'ai-policy.md'), 'utf8');
    expect(markdown).toMatch(/^# AI Tool Usage Policy\n/);
    expect(markdown).toContain('Northwind Health Cloud');
    expect(markdown).toContain('## Data classification');

    const json = JSON.parse(await readFile(path.join(outDir, 'ai-policy.json'), 'utf8'));
    expect(json).toMatchObject({
      schemaVersion: 6,
      organization: 'Northwind Health Cloud',
      industry: 'healthcare',
      effectiveDate: '2026-06-15',
      compliance: ['soc2', 'hipaa', 'gdpr', 'iso27001', 'eu-ai-act'],
    });
    expect(json.tools.map((tool: {name: string}) => tool.name)).toContain('Claude / Claude Code');
    expect(json.dataClasses.map((dataClass: {id: string}) => dataClass.id)).toEqual([
      'public',
      'confidential',
      'phi',
      'secrets',
    ]);
    // One decision per tool and class, each saying whether and why.
    expect(json.decisions).toHaveLength(json.tools.length * json.dataClasses.length);
    expect(json.decisions).toContainEqual({
      tool: 'Cursor',
      dataClass: 'phi',
      allowed: false,
      reason: expect.any(String),
    });
    expect(json.decisions).toContainEqual({
      tool: 'Claude / Claude Code',
      dataClass: 'phi',
      allowed: true,
      reason: 'allowed',
    });
    expect(json.sections.map((section: {id: string}) => section.id)).toEqual(EXPECTED_SECTION_IDS);
    expect(json.review).toEqual({cadence: 'quarterly', lastReviewed: '2026-11-02', nextDue: '2027-02-02'});
    const baseline = await readFile(path.join(EXAMPLE_SITE, '..', 'example-baseline', 'ai-policy.yml'));
    expect(json.extends).toEqual([
      {
        name: '@northwind/ai-policy-baseline',
        version: '1.0.0',
        hash: createHash('sha256').update(baseline).digest('hex').slice(0, 12),
      },
    ]);
    expect(new Set(json.tools.map((tool: {from: string | null}) => tool.from))).toEqual(
      new Set(['@northwind/ai-policy-baseline']),
    );
  });

  it("publishes the contractors' stricter policy, over the same baseline, at /contractors/ai-policy", async () => {
    const text = visibleText(await readPage(outDir, 'contractors/ai-policy'));
    expect(text).toMatch(/Baseline:?\s*@northwind\/ai-policy-baseline 1\.0\.0/);
    expect(text).toContain('Only through the contractor workspace Northwind provides');
    expect(text).toContain('Claude / Claude Code');
    // Fewer tools: the overlay removes two of the baseline's four.
    // The tool list starts with the baseline's first tool (the section has no lead-in label).
    const listed = text.indexOf('Claude / Claude Code');
    const tools = text.slice(listed, text.indexOf('Prohibited tools', listed));
    expect(tools).toContain('GitHub Copilot Business');
    expect(tools).not.toContain('Cursor');
    expect(tools).not.toContain('Azure OpenAI Service');
    expect(text.match(/\(set by @northwind\/ai-policy-baseline\)/g)?.length).toBeGreaterThanOrEqual(6);

    // Lower ceilings, read from the instance's own JSON download.
    const json = JSON.parse(await readFile(path.join(outDir, 'contractors', 'ai-policy.json'), 'utf8'));
    const allowed = (tool: string) =>
      json.decisions
        .filter((decision: {tool: string; allowed: boolean}) => decision.tool === tool && decision.allowed)
        .map((decision: {dataClass: string}) => decision.dataClass);
    expect(json.tools.map((tool: {name: string}) => tool.name)).toEqual([
      'Claude / Claude Code',
      'GitHub Copilot Business',
    ]);
    expect(allowed('Claude / Claude Code')).toEqual(['public', 'confidential']);
    expect(allowed('GitHub Copilot Business')).toEqual(['public']);
    expect(json.extends.map((baseline: {name: string}) => baseline.name)).toEqual([
      '@northwind/ai-policy-baseline',
    ]);
    // The handbook's own policy keeps the baseline's four tools and its PHI rule.
    const handbook = JSON.parse(await readFile(path.join(outDir, 'ai-policy.json'), 'utf8'));
    expect(handbook.tools).toHaveLength(4);
    expect(handbook.decisions).toContainEqual(
      expect.objectContaining({tool: 'Claude / Claude Code', dataClass: 'phi', allowed: true}),
    );
  });

  it('publishes the enforcement files under /ai-policy/enforce/, as ai-policy export writes them', async () => {
    const policy = await loadPolicy(path.join(EXAMPLE_SITE, 'ai-policy.yml'));
    // Named from the repository root, where the hooks run.
    const expected = exportPolicy(policy.document, {policyFile: 'example-site/ai-policy.yml'}).files;
    expect(expected.map((file) => file.path)).toEqual([
      '.cursorignore',
      '.cursor/rules/ai-policy.mdc',
      'github-copilot/content-exclusion.repository.yml',
      'github-copilot/content-exclusion.organization.yml',
      '.github/copilot-instructions.md',
      '.claude/settings.json',
      '.cursor/hooks.json',
      'litellm/config.yaml',
      '.pre-commit-config.yaml',
      '.gitleaks.toml',
      '.github/workflows/ai-policy.yml',
      'AGENTS.md',
    ]);
    for (const file of expected)
      expect(await readFile(path.join(outDir, 'ai-policy/enforce', file.path), 'utf8'), file.path).toBe(
        file.content,
      );
    // Nothing is published for the clients no tool of the example policy is.
    for (const file of [
      '.aiexclude',
      '.geminiignore',
      '.aiignore',
      '.codeiumignore',
      '.clineignore',
      '.noai',
    ])
      expect(existsSync(path.join(outDir, 'ai-policy/enforce', file)), file).toBe(false);
  });

  it('shows on the policy what enforces each rule, with the limits of each file', async () => {
    for (const route of ['ai-policy', 'ai-policy/enforcement']) {
      const text = visibleText(await readPage(outDir, route));
      expect(text, route).toContain('What enforces each rule');
      expect(text, route).toContain(
        'Protected health information (PHI): kept out of GitHub Copilot Business and Cursor',
      );
      expect(text, route).toContain('.cursorignore (Cursor)');
      expect(text, route).toContain('.claude/settings.json (Claude Code)');
      expect(text, route).toContain('; documented only for Azure OpenAI Service');
      expect(text, route).toContain('litellm/config.yaml (a LiteLLM proxy)');
      expect(text, route).toContain(
        'commands its agent runs in the terminal and MCP tools can still read them',
      );
    }
    const html = await readPage(outDir, 'ai-policy/enforcement');
    expect(html).toMatch(/<h1[^>]*>Enforcement<\/h1>/);
    expect(html).toMatch(
      /href="?https:\/\/docs\.github\.com\/en\/copilot\/how-tos\/configure-content-exclusion\/exclude-content-from-copilot"?[ >]/,
    );
  });

  it('shows no review notice while the policy is current', async () => {
    expect(visibleText(await readPage(outDir, 'ai-policy'))).not.toContain('Review overdue');
    expect(run.stdout + run.stderr).not.toContain('review-overdue');
  });
});

describe('a site with a second instance, a baseUrl and hostile strings in its policy', () => {
  let siteDir: string;
  let outDir: string;
  let run: CliRun;

  const HOSTILE_POLICY = `
organization: "<img src=x onerror=alert(1)> Contractors"
effectiveDate: 2026-01-01
compliance: [gdpr]
tools:
  - name: "<script>alert(1)</script>"
    agreement: enterprise
    url: /\\evil.example
  - name: "Trojan \\u202Eemoc.live"
    agreement: standard
    url: "//evil.example"
review:
  lastReviewed: 2020-01-01
sections:
  custom:
    - id: hostile
      title: "<img src=x onerror=alert(2)>"
      body: |
        <script>alert(3)</script>

        A [harmless looking link](javascript:alert(4)) and <b onclick="alert(5)">bold</b> text.
        Also [a path](/\\evil.example), [another](\\\\\\\\evil.example) and [a third](//evil.example).
    - id: constructor
      title: A section named like Object.prototype's constructor
      body: Its title must not be a function.
`;

  beforeAll(async () => {
    siteDir = await copySite(EXAMPLE_SITE, 'hostile-site');
    outDir = await outputDir('hostile-build');
    await writeFile(path.join(siteDir, 'contractors-policy.yml'), HOSTILE_POLICY);
    const configPath = path.join(siteDir, 'docusaurus.config.ts');
    const config = (await readFile(configPath, 'utf8'))
      .replace("baseUrl: '/',", "baseUrl: '/handbook/',")
      // The pages plugin without the remark plugin: src/pages/security.md embeds the policy all the same.
      .replace('pages: {\n          remarkPlugins: [remarkAiPolicy],\n        },', 'pages: {},')
      // The example's second instance (id `contractors`) reads the hostile policy instead.
      .replace(
        "policyFile: 'contractors/ai-policy.yml',",
        "policyFile: 'contractors-policy.yml',\n        onStale: 'ignore',",
      );
    await writeFile(configPath, config);
    run = await buildSite(siteDir, outDir, {env: {SOURCE_DATE_EPOCH: LATE_BUILD_DATE_EPOCH}});
    expectSuccess(run);
  });

  afterAll(async () => {
    if (siteDir) await removeDir(siteDir);
    if (outDir) await removeDir(outDir);
  });

  it('renders config strings as text, never as live HTML', async () => {
    const html = await readPage(outDir, 'contractors/ai-policy');
    const text = visibleText(html);
    expect(text).toContain('<img src=x onerror=alert(1)> Contractors');
    expect(text).toContain('<script>alert(1)</script>');
    // The HTML minifier leaves a bare ">" in text; "<" is what must be escaped.
    expect(html).toMatch(/&lt;script(>|&gt;)alert\(1\)&lt;\/script/);
    // The section title also reaches the table of contents, which Docusaurus renders as HTML.
    expect(html).toMatch(/class="table-of-contents__link[^>]*>&lt;img src=x onerror=alert\(2\)(>|&gt;)<\/a>/);
    expect(text).toContain('harmless looking link');

    // Quoted attribute values may hold "<" safely (the meta description does); judge the markup without them.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script>alert/i);
    expect(markup).not.toMatch(/<img[^>]*onerror/i);
    expect(markup).not.toMatch(/<b[^>]*onclick/i);
    expect(html).not.toMatch(/href="?\s*javascript:/i);
    const markdown = await readFile(path.join(outDir, 'contractors/ai-policy.md'), 'utf8');
    // In the Markdown download, config text is backslash-escaped: "\<script>" is text, not HTML.
    expect(markdown).toContain('\\<script>alert(1)\\</script>');
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|b )/im);
    expect(markdown).not.toContain('javascript:');
  });

  it('links nowhere off the site, strips bidi controls and keeps the "constructor" section', async () => {
    const html = await readPage(outDir, 'contractors/ai-policy');
    const page = 'https://handbook.northwind-health.example/handbook/contractors/ai-policy/';
    const hrefs = [...html.matchAll(/\shref=(?:"([^"]*)"|([^\s>]+))/g)].map((match) =>
      (match[1] ?? match[2]!).replace(/&amp;/g, '&'),
    );
    expect(hrefs.length).toBeGreaterThan(5);
    // Chromium follows <a href=/\evil.example> to http://evil.example/: no href may lead there. (The policy's
    // own citations link to the regulations' sources; those come from the engine, not from the config.)
    for (const href of hrefs) expect(new URL(href, page).hostname, href).not.toContain('evil.example');
    const markdown = await readFile(path.join(outDir, 'contractors/ai-policy.md'), 'utf8');
    expect(markdown).not.toMatch(/\]\([^)]*evil\.example/);
    expect(html).not.toMatch(/\u202e/);
    expect(visibleText(html)).toContain('Trojan emoc.live');
    expect(html).toContain("A section named like Object.prototype's constructor");
    expect(html).not.toContain('[native code]');
    // The build warns about both, located in the policy file.
    const log = run.stdout + run.stderr;
    expect(log).toMatch(
      /contractors-policy\.yml:\d+:\d+ {2}tools\[0\]\.url {2}The link "\/\\\\evil\.example" is left out/,
    );
    expect(log).toMatch(
      /contractors-policy\.yml:\d+:\d+ {2}tools\[1\]\.name {2}Removed an invisible bidirectional/,
    );
  });

  it('serves both instances side by side, each under the baseUrl', async () => {
    const main = await readPage(outDir, 'ai-policy');
    expect(main).toMatch(/href="?\/handbook\/ai-policy\.md"?/);
    expect(main).toMatch(/href="?\/handbook\/ai-policy\/gdpr"?/);
    expect(existsSync(path.join(outDir, 'ai-policy/gdpr/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'ai-policy.json'))).toBe(true);

    const contractors = await readPage(outDir, 'contractors/ai-policy');
    expect(contractors).toMatch(/href="?\/handbook\/contractors\/ai-policy\.json"?/);
    // `sectionPages: false`: the contents link to anchors, and no section page is built (the history and
    // the control crosswalk are).
    expect(contractors).toMatch(/href="?#hostile"?/);
    // (`enforce/` holds its enforcement files.)
    expect((await subdirectories(path.join(outDir, 'contractors/ai-policy'))).sort()).toEqual([
      'changes',
      'controls',
      'enforce',
    ]);
    // Without section pages the crosswalk links each duty to its anchor on the full page.
    expect(await readPage(outDir, 'contractors/ai-policy/controls')).toMatch(
      /href="?\/handbook\/contractors\/ai-policy#code-review"?/,
    );
    const json = JSON.parse(await readFile(path.join(outDir, 'contractors/ai-policy.json'), 'utf8'));
    expect(json.organization).toBe('<img src=x onerror=alert(1)> Contractors');
  });

  it('names a page that embeds the policy without the remark plugin, and the exact line to add', () => {
    const output = `${run.stdout}\n${run.stderr}`;
    const warnings = output.split('\n').filter((line) => line.includes('embeds the policy with ::ai-policy'));
    // Once, for the page only: the docs and the blog list the remark plugin.
    expect(warnings).toEqual([
      '[WARNING] docusaurus-plugin-ai-policy: src/pages/security.md:17 embeds the policy with ::ai-policy, but the content plugin that compiles it does not list remarkAiPolicy, so the page is published without the policy.',
    ]);
    expect(output).toContain(
      "  In docusaurus.config, in the classic preset's docs, blog and pages options (whichever compile pages that embed the policy), add:\n    beforeDefaultRemarkPlugins: [remarkAiPolicy],\n",
    );
  });

  it('applies onStale per instance', async () => {
    const output = run.stdout + run.stderr;
    // The default instance warns (onStale: "warn"), locating each finding, and says so on its pages.
    expect(output).toMatch(/\[WARNING\] AI policy ai-policy\.yml has 2 findings:/);
    expect(output).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}review\.lastReviewed {2}The policy's quarterly review was due on 2027-02-02/,
    );
    expect(output).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}exceptions\.granted\[0\]\.expires {2}The exception for Data science team/,
    );
    for (const route of ['ai-policy', 'ai-policy/gdpr']) {
      const html = await readPage(outDir, route);
      expect(html, route).toMatch(/class="[^"]*alert--warning/);
      expect(visibleText(html), route).toContain('Review overdue');
    }
    // The contractors policy was last reviewed in 2020, but that instance ignores staleness.
    expect(visibleText(await readPage(outDir, 'contractors/ai-policy'))).not.toContain('Review overdue');
    expect(output).not.toContain('was due on 2020-04-01');
  });
});

describe('a site whose policy file is invalid', () => {
  let siteDir: string;
  let outDir: string;
  let run: CliRun;

  beforeAll(async () => {
    siteDir = await copySite(EXAMPLE_SITE, 'broken-site');
    outDir = path.join(await outputDir('broken-build'), 'build');
    const policyPath = path.join(siteDir, 'ai-policy.yml');
    // The site's file extends the baseline package: the mistakes are the site's own, in its own file.
    const policy = `${await readFile(policyPath, 'utf8')}
industry: helthcare
tools:
  - name: Claude / Claude Code
  - name: GitHub Copilot Business
    agreement: enterprize
`;
    await writeFile(policyPath, policy);
    run = await buildSite(siteDir, outDir);
  });

  afterAll(async () => {
    if (siteDir) await removeDir(siteDir);
    if (outDir) await removeDir(path.dirname(outDir));
  });

  it('fails the build with every problem located as file:line:column', () => {
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/ai-policy\.yml:\d+:\d+ {2}industry {2}.*did you mean "healthcare"/);
    expect(run.stderr).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}tools\[1\]\.agreement {2}.*did you mean "enterprise"/,
    );
  });

  it('prints no stack trace from the plugin', () => {
    // Docusaurus wraps every build failure in its own "Unable to build website" error, whose frames are
    // Docusaurus's; the plugin's error contributes its located message only.
    const frames = run.stderr.split('\n').filter((line) => /^\s+at /.test(line));
    const ownCode = [path.join(REPO_ROOT, 'lib'), path.join(REPO_ROOT, 'src')];
    expect(frames.filter((line) => ownCode.some((dir) => line.includes(dir)))).toEqual([]);
    expect(run.stderr).not.toMatch(/problems: \[/);
  });

  it('writes nothing', () => {
    expect(existsSync(outDir)).toBe(false);
  });
});

/**
 * Issue #24: a link in the policy must never reach a file on the build machine. Docusaurus's Markdown link
 * handling copies a linked file into `build/assets/files/` when the link names one (`@site/...`, or a path
 * with a file extension, looked up beside the embedding file, in the site folder or in static/ joined with
 * `..`). Canary files are planted outside the site, inside it, beside the embedding doc and page, and as a
 * fake `.env`; the policy links them through `tools[].url` and a custom section's body, embedded in a doc
 * (`beforeDefaultRemarkPlugins`) and in a page (`remarkPlugins`), with broken links ignored. One build for
 * every case: it must fail with the located errors, and nothing of the canaries may reach the output.
 */
describe('a policy that links files on the build machine', () => {
  const TOKEN = `canary-${randomUUID()}`;
  let siteDir: string;
  let outDir: string;
  let outsideCanary: string;
  let run: CliRun;

  beforeAll(async () => {
    siteDir = await copySite(EXAMPLE_SITE, 'canary-site');
    outDir = await outputDir('canary-build');
    outsideCanary = `${path.basename(siteDir)}-outside-canary.json`;
    await writeFile(path.join(path.dirname(siteDir), outsideCanary), `{"secret": "${TOKEN}-outside"}\n`);
    await writeFile(path.join(siteDir, 'canary-inside.json'), `{"secret": "${TOKEN}-inside"}\n`);
    await writeFile(path.join(siteDir, '.env'), `DEPLOY_TOKEN=${TOKEN}-env\n`);
    await writeFile(path.join(siteDir, 'docs', 'canary-beside.json'), `{"secret": "${TOKEN}-doc"}\n`);
    await writeFile(
      path.join(siteDir, 'src', 'pages', 'canary-beside.json'),
      `{"secret": "${TOKEN}-page"}\n`,
    );

    const policyPath = path.join(siteDir, 'ai-policy.yml');
    // The site's policy extends the baseline package, which names the tools: the copy gets one whole file,
    // the baseline's rules with the site's own sections, so the tools' links can be changed here.
    const overlay = (await readFile(policyPath, 'utf8')).replace(/^extends:.*\n/m, '').split(/^links:/m)[0];
    const baseline = await readFile(
      path.join(EXAMPLE_SITE, '..', 'example-baseline', 'ai-policy.yml'),
      'utf8',
    );
    const policy = `${baseline}\n${overlay}`
      .replace('    url: https://claude.ai\n', '    url: "@site/.env"\n')
      .replace('    vendor: GitHub\n', '    vendor: GitHub\n    url: ../canary-inside.json\n')
      .replace(
        '  custom:\n',
        [
          '  custom:',
          '    - id: canary-links',
          '      title: Files',
          '      body: |',
          `        [a](@site/canary-inside.json) [b](../../${outsideCanary}) [c](../../../${outsideCanary})`,
          `        [d](canary-beside.json) [e](@site/.env) [f](/../../${outsideCanary}) [g](@site/../${outsideCanary})`,
          '        [h](./canary-beside.json) [i][ref]',
          '',
          '        [ref]: %2e%2e/canary-inside.json',
          '',
        ].join('\n'),
      );
    await writeFile(policyPath, policy);
    const embeds = '\n::ai-policy{section="canary-links"}\n\n::ai-policy{section="approved-tools"}\n';
    for (const file of ['docs/intro.md', 'src/pages/security.md'])
      await writeFile(
        path.join(siteDir, file),
        `${await readFile(path.join(siteDir, file), 'utf8')}${embeds}`,
      );
    const configPath = path.join(siteDir, 'docusaurus.config.ts');
    const config = (await readFile(configPath, 'utf8')).replace(
      "onBrokenLinks: 'throw',",
      "onBrokenLinks: 'ignore',\n  markdown: {hooks: {onBrokenMarkdownLinks: 'ignore'}},",
    );
    await writeFile(configPath, config);
    run = await buildSite(siteDir, outDir, {env: {SOURCE_DATE_EPOCH: BUILD_DATE_EPOCH}});
  });

  afterAll(async () => {
    if (siteDir) {
      await removeDir(path.join(path.dirname(siteDir), outsideCanary));
      await removeDir(siteDir);
    }
    if (outDir) await removeDir(outDir);
  });

  it('fails the build with each link located in the policy file, and how to fix it', () => {
    expect(run.code).not.toBe(0);
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}tools\[0\]\.url {2}The link "@site\/\.env" names a file on the build machine, not a page: it starts with "@".*link a page by its URL path/,
    );
    expect(output).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}tools\[1\]\.url {2}The link "\.\.\/canary-inside\.json" names a file on the build machine, not a page: it is a relative path to a file \(\.json\)/,
    );
    for (const [line, link] of [
      [1, '@site/canary-inside.json'],
      [1, `../../${outsideCanary}`],
      [2, 'canary-beside.json'],
      [2, `/../../${outsideCanary}`],
      [3, './canary-beside.json'],
      [3, '%2e%2e/canary-inside.json'],
    ] as const)
      expect(output).toContain(
        `sections.custom[0].body  The link ${JSON.stringify(link)} on line ${line} of the body names a file on the build machine`,
      );
  });

  it('publishes no canary: not its content, not its name, not a copy of .env', async () => {
    const files = existsSync(outDir) ? await readdir(outDir, {recursive: true, withFileTypes: true}) : [];
    for (const entry of files) {
      expect(entry.name).not.toMatch(/canary|^\.env/);
      if (!entry.isFile()) continue;
      const content = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      expect(content.includes(TOKEN), path.join(entry.parentPath, entry.name)).toBe(false);
      expect(content.includes('canary-inside') || content.includes('canary-beside')).toBe(false);
    }
  });
});
