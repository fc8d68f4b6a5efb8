/**
 * The plugin's lifecycles with fake Docusaurus actions, the way Docusaurus's own content plugins test
 * themselves: options validation, routes and page data, findings and `onStale`, downloads, several
 * instances side by side. No bundler runs here; `example-site.test.ts` covers the real build.
 */
import {existsSync} from 'node:fs';
import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {PolicyDownloadsDevPlugin} from '../src/plugin/downloads.js';
import pluginAiPolicy, {
  type AiPolicyLoadedContent,
  buildDate,
  TYPESCRIPT_THEME_PATH,
} from '../src/plugin/index.js';
import {type PluginOptions, validateOptions} from '../src/plugin/options.js';
import type {AiPolicyContent, AiPolicyMetadata, AiPolicySectionContent} from '../src/plugin/page-data.js';
import {getSwizzleConfig} from '../src/plugin/swizzle-config.js';
import {policyToc} from '../src/plugin/toc.js';
import {policyFileForInstance, policyPageForInstance} from '../src/store/instances.js';
import {escapeHtml} from '../src/vocabulary/escape-html.js';

const VALID_POLICY = `
organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
owner: Security team <security@acme.example>
compliance: [soc2, gdpr]
tools:
  - name: Claude / Claude Code
    vendor: Anthropic
    agreement: enterprise
  - name: GitHub Copilot
    agreement: enterprise
review: {cadence: quarterly, lastReviewed: 2026-06-15}
incidents: {contact: security@acme.example}
sections:
  custom:
    - id: open-source
      title: Open-source contributions
      after: code-review
      body: |
        Read the project's rules first.

        ## Disclosure

        Say when AI helped.
`;

const SECTION_IDS = [
  'purpose-and-scope',
  'approved-tools',
  'data-classification',
  'soc2',
  'gdpr',
  'code-review',
  'open-source',
  'budgets',
  'incidents-and-exceptions',
];

/** Noon UTC on `date`, as a SOURCE_DATE_EPOCH value. */
/** The repository root: the package folder a site config may point a plugin entry into. */
const REPO_ROOT_FOR_TEST = path.resolve(import.meta.dirname, '..');

function epochOf(date: string): string {
  return String(Date.parse(`${date}T12:00:00Z`) / 1000);
}

let sitesRoot: string;
beforeAll(async () => {
  sitesRoot = await mkdtemp(path.join(tmpdir(), 'ai-policy-plugin-test-'));
});
afterAll(async () => {
  await rm(sitesRoot, {recursive: true, force: true});
});
beforeEach(() => {
  // "Today" for staleness: a date when VALID_POLICY is current. Tests about staleness move it.
  vi.stubEnv('SOURCE_DATE_EPOCH', epochOf('2026-07-01'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

let siteCount = 0;
/** A site directory holding the given files. */
async function createSite(files: Record<string, string>): Promise<string> {
  const siteDir = path.join(sitesRoot, `site-${++siteCount}`);
  await rm(siteDir, {recursive: true, force: true});
  const {mkdir} = await import('node:fs/promises');
  await mkdir(siteDir, {recursive: true});
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(path.join(siteDir, name), text)));
  return siteDir;
}

function loadContext(siteDir: string, baseUrl = '/'): LoadContext {
  // The plugin reads these fields; the rest of LoadContext is Docusaurus's business.
  return {
    siteDir,
    siteConfig: {baseUrl},
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
    i18n: {currentLocale: 'en', defaultLocale: 'en', locales: ['en']},
    localizationDir: path.join(siteDir, 'i18n', 'en'),
  } as LoadContext;
}

/** Records what a plugin does with Docusaurus's actions. */
function fakeActions() {
  const routes: RouteConfig[] = [];
  const data = new Map<string, unknown>();
  let globalData: unknown;
  const actions: PluginContentLoadedActions = {
    addRoute: (route) => routes.push(route),
    createData: async (name, content) => {
      data.set(name, typeof content === 'string' ? JSON.parse(content) : structuredClone(content));
      return `@generated/docusaurus-plugin-ai-policy/${name}`;
    },
    setGlobalData: (value) => {
      globalData = value;
    },
  };
  /** The JSON a route module points at. */
  const moduleData = <T>(modulePath: unknown): T => data.get(path.basename(String(modulePath))) as T;
  return {actions, routes, data, moduleData, globalData: () => globalData};
}

type AiPolicyPlugin = Plugin<AiPolicyLoadedContent>;

function createPlugin(siteDir: string, options: PluginOptions = {}, baseUrl = '/'): AiPolicyPlugin {
  return pluginAiPolicy(loadContext(siteDir, baseUrl), validateOptions({options}));
}

/** loadContent, then contentLoaded with fake actions: what Docusaurus does for one plugin. */
async function runLifecycle(plugin: AiPolicyPlugin) {
  const content = (await plugin.loadContent!()) as AiPolicyLoadedContent;
  const fake = fakeActions();
  await plugin.contentLoaded!({content, actions: fake.actions, allContent: {}} as never);
  return {content, ...fake};
}

describe('validateOptions', () => {
  it('fills in the documented defaults, including the instance id', () => {
    expect(validateOptions({options: {}})).toEqual({
      id: 'default',
      policyFile: 'ai-policy.yml',
      routeBasePath: '/ai-policy',
      sectionPages: true,
      downloads: true,
      onStale: 'warn',
      onUntranslated: 'warn',
      builder: false,
      controls: true,
      history: true,
    });
    // Docusaurus passes a Joi `validate` helper; it is not needed.
    expect(validateOptions({validate: () => ({}), options: undefined}).id).toBe('default');
  });

  it('normalizes routeBasePath to one leading slash and no trailing slash', () => {
    expect(validateOptions({options: {routeBasePath: 'policies/ai/'}}).routeBasePath).toBe('/policies/ai');
  });

  it('accepts .yml, .yaml and .json policy files', () => {
    for (const policyFile of ['policy.yml', 'config/policy.yaml', 'policy.json']) {
      expect(validateOptions({options: {policyFile}}).policyFile).toBe(policyFile);
    }
  });

  it.each([
    [{polcyFile: 'x.yml'}, /unknown option "polcyFile" \(did you mean "policyFile"\?\)/],
    [{policyFile: 'policy.toml'}, /policyFile: expected a \.yml, \.yaml or \.json file/],
    [{routeBasePath: '/'}, /routeBasePath: expected a URL path below the site root/],
    [{routeBasePath: '/ai policy'}, /routeBasePath: expected a URL path made of/],
    [{onStale: 'error'}, /onStale: expected "warn", "throw" or "ignore"/],
    [{sectionPages: 'yes'}, /sectionPages: expected true or false/],
  ])('rejects %j with a message that says what to fix', (options, message) => {
    expect(() => validateOptions({options})).toThrow(message);
  });

  it('reports every problem at once, naming the instance, without a stack', () => {
    let error: Error | undefined;
    try {
      validateOptions({options: {id: 'contractors', onStale: 'loud', downloads: 1}});
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toContain('instance "contractors"');
    expect(error?.message).toContain('onStale');
    expect(error?.message).toContain('downloads');
    expect(error?.stack).toBe(error?.message);
  });
});

describe('loadContent and contentLoaded', () => {
  it('reads the policy in loadContent, not when the plugin is created', async () => {
    const siteDir = await createSite({});
    const plugin = createPlugin(siteDir);
    await writeFile(path.join(siteDir, 'ai-policy.yml'), VALID_POLICY);
    const {content} = await runLifecycle(plugin);
    expect(content.policy.document.header.organization).toBe('Acme Corp');
  });

  it('watches the policy file and its translation files for the locale', async () => {
    const siteDir = await createSite({'policy.yaml': VALID_POLICY});
    const plugin = createPlugin(siteDir, {policyFile: 'policy.yaml'});
    const watched = plugin.getPathsToWatch!();
    expect(watched[0]).toBe(path.join(siteDir, 'policy.yaml'));
    expect(watched).toContain(path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-ai-policy', 'gdpr.json'));
    expect(watched).toContain(path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-ai-policy', 'common.json'));
  });

  it('adds the full page and one page per section, with their data in JSON modules', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const {routes, moduleData} = await runLifecycle(createPlugin(siteDir));

    expect(routes.map((route) => route.path)).toEqual([
      '/ai-policy',
      ...SECTION_IDS.map((id) => `/ai-policy/${id}`),
      '/ai-policy/changes',
      '/ai-policy/controls',
    ]);
    expect(routes[0]).toMatchObject({component: '@theme/AiPolicyPage', exact: true});
    expect(routes.slice(1, -2).every((route) => route.component === '@theme/AiPolicySectionPage')).toBe(true);
    expect(routes.at(-2)).toMatchObject({component: '@theme/AiPolicyChangesPage', exact: true});
    expect(routes.at(-1)).toMatchObject({component: '@theme/AiPolicyControlsPage', exact: true});
    // The crosswalk: the selected frameworks (SOC 2 and GDPR) and the OWASP list, with the OSCAL download.
    const controls = moduleData<{frameworks: Array<{id: string}>; oscal: string | null}>(
      routes.at(-1)!.modules!.content,
    );
    expect(controls.frameworks.map((framework) => framework.id)).toEqual(['soc2', 'gdpr', 'owasp-llm']);
    expect(controls.oscal).toBe('/ai-policy.oscal.json');
    expect(routes[0]!.metadata).toEqual({sourceFilePath: 'ai-policy.yml'});

    const metadata = moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata);
    expect(metadata).toMatchObject({
      title: 'AI Tool Usage Policy',
      organization: 'Acme Corp',
      permalink: '/ai-policy',
      downloads: {markdown: '/ai-policy.md', json: '/ai-policy.json', oscal: '/ai-policy.oscal.json'},
      staleFindings: [],
    });
    expect(metadata.description).toMatch(/^How Acme Corp staff may use AI tools.*SOC 2 and GDPR/);
    expect(metadata.headerFields.map((field) => field.key)).toContain('effectiveDate');
    expect(metadata.sections[3]).toEqual({
      id: 'soc2',
      title: expect.any(String),
      permalink: '/ai-policy/soc2',
    });
    // No drafting note on the page: it is for reviewers (`render --reviewer`).
    expect(metadata.footer).toEqual([]);
    // Every page of the instance shares one metadata module.
    expect(new Set(routes.map((route) => route.modules!.metadata))).toHaveProperty('size', 1);

    const content = moduleData<AiPolicyContent>(routes[0]!.modules!.content);
    expect(content.markdown).toMatch(/^# AI Tool Usage Policy\n/);
    expect(content.sections.map((section) => section.id)).toEqual(SECTION_IDS);
    expect(content.toc[0]).toEqual({value: 'Purpose and scope', id: 'purpose-and-scope', level: 2});
    // Sub-headings carry the Markdown renderer's anchors, so links work on pages that embed them too.
    expect(content.toc).toContainEqual({value: 'Disclosure', id: 'open-source--disclosure', level: 3});

    const gdpr = moduleData<AiPolicySectionContent>(
      routes.find((route) => route.path === '/ai-policy/gdpr')!.modules!.content,
    );
    expect(gdpr.section.id).toBe('gdpr');
    expect(gdpr.markdown).toMatch(/^## GDPR/);
    expect(gdpr.previous).toMatchObject({id: 'soc2', permalink: '/ai-policy/soc2'});
    expect(gdpr.next).toMatchObject({id: 'code-review'});
  });

  it('publishes links to the pages as global data, for other pages to use', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const {globalData} = await runLifecycle(createPlugin(siteDir));
    expect(globalData()).toMatchObject({
      permalink: '/ai-policy',
      downloads: {markdown: '/ai-policy.md'},
      sections: expect.arrayContaining([
        {id: 'gdpr', title: expect.any(String), permalink: '/ai-policy/gdpr'},
      ]),
    });
  });

  it('points a section page’s links to other sections at the full page, and tells embeds where it is', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const {routes, moduleData} = await runLifecycle(createPlugin(siteDir, {}, '/handbook/'));
    // The GDPR section names the duty said under Approved tools, "Prohibited uses".
    const gdpr = moduleData<AiPolicySectionContent>(
      routes.find((route) => route.path === '/handbook/ai-policy/gdpr')!.modules!.content,
    );
    const target = '/handbook/ai-policy#approved-tools--prohibited-uses';
    expect(JSON.stringify(gdpr.section.blocks)).toContain(`"url":"${target}"`);
    expect(gdpr.markdown).toContain(`[human intervention](${target})`);
    // On the full page the same link is the fragment, and the heading it names is there.
    const full = moduleData<AiPolicyContent>(routes[0]!.modules!.content);
    expect(JSON.stringify(full.sections)).toContain('"url":"#approved-tools--prohibited-uses"');
    expect(full.toc.map((entry) => entry.id)).toContain('approved-tools--prohibited-uses');
    // The remark plugin finds the page here, for the sections it embeds elsewhere.
    expect(policyPageForInstance('default')).toBe('/handbook/ai-policy');
  });

  it('adds only the full page when sectionPages is off, linking sections by anchor', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const {routes, moduleData} = await runLifecycle(createPlugin(siteDir, {sectionPages: false}));
    expect(routes.map((route) => route.path)).toEqual([
      '/ai-policy',
      '/ai-policy/changes',
      '/ai-policy/controls',
    ]);
    const metadata = moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata);
    expect(metadata.sections.every((section) => section.permalink === null)).toBe(true);
  });

  it('adds no crosswalk with controls: false, and refuses a section whose page would take its URL', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const {routes, moduleData} = await runLifecycle(
      createPlugin(siteDir, {controls: false, sectionPages: false}),
    );
    expect(routes.map((route) => route.path)).toEqual(['/ai-policy', '/ai-policy/changes']);
    expect(moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata).controlsPermalink).toBeNull();

    const clash = await createSite({
      'ai-policy.yml': VALID_POLICY.replace('id: open-source', 'id: controls'),
    });
    await expect(runLifecycle(createPlugin(clash))).rejects.toThrow(
      'the section "controls" would have the same URL as the policy\'s control crosswalk (/ai-policy/controls)',
    );
  });

  it('puts routes and download links under the site baseUrl', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugin = createPlugin(siteDir, {routeBasePath: '/policies/ai'}, '/handbook/');
    const {routes, moduleData} = await runLifecycle(plugin);
    expect(routes[0]!.path).toBe('/handbook/policies/ai');
    expect(routes[1]!.path).toBe('/handbook/policies/ai/purpose-and-scope');
    expect(moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata).downloads).toEqual({
      markdown: '/handbook/policies/ai.md',
      json: '/handbook/policies/ai.json',
      oscal: '/handbook/policies/ai.oscal.json',
    });
  });

  it('escapes config text that reaches the table of contents, which Docusaurus renders as HTML', async () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co',
    );
    const toc = policyToc([{id: 'x', kind: 'custom', title: '<b>bold</b>', summary: '', blocks: []}]);
    expect(toc).toEqual([{value: '&lt;b&gt;bold&lt;/b&gt;', id: 'x', level: 2}]);
  });
});

describe('an invalid or missing policy file', () => {
  it('fails loadContent with every problem located, and no stack', async () => {
    const broken = VALID_POLICY.replace('industry: saas', 'industry: sass').replace(
      '    agreement: enterprise\n  - name: GitHub',
      '    agreement: enterprize\n  - name: GitHub',
    );
    const siteDir = await createSite({'ai-policy.yml': broken});
    const error = await Promise.resolve(createPlugin(siteDir).loadContent!()).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(/^docusaurus-plugin-ai-policy: Invalid AI policy config \(2 problems\):/);
    expect(error!.message).toMatch(/ai-policy\.yml:3:11 {2}industry {2}.*did you mean "saas"/);
    expect(error!.message).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}tools\[0\]\.agreement {2}.*did you mean "enterprise"/,
    );
    // Printed by Docusaurus with util.inspect: a bare message, no frames, no `problems` dump.
    expect(error!.stack).toBe(error!.message);
    expect(Object.keys(error!)).toEqual([]);
  });

  it('says that a policyFile naming a directory is a directory, with no stack', async () => {
    const siteDir = await createSite({});
    const {mkdir} = await import('node:fs/promises');
    await mkdir(path.join(siteDir, 'policy.yml'));
    const error = await Promise.resolve(
      createPlugin(siteDir, {policyFile: 'policy.yml'}).loadContent!(),
    ).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error!.message).toMatch(
      /^docusaurus-plugin-ai-policy: Invalid AI policy config \(1 problem\):\n {2}\S*policy\.yml:1:1 {2}\(document\) {2}this is a directory, not a policy file; name the file in it/,
    );
    expect(error!.stack).toBe(error!.message);
  });

  it('fails the build on a link that names a file on the build machine, located', async () => {
    const siteDir = await createSite({
      'ai-policy.yml': VALID_POLICY.replace(
        '  - name: GitHub',
        '  - name: Docs\n    agreement: enterprise\n    url: "@site/.env"\n  - name: GitHub',
      ),
    });
    const error = await Promise.resolve(createPlugin(siteDir).loadContent!()).then(
      () => undefined,
      (caught: Error) => caught,
    );
    expect(error!.message).toMatch(
      /^AI policy ai-policy\.yml is refused \(1 error\):\n {2}ai-policy\.yml:\d+:\d+ {2}tools\[\d\]\.url {2}The link "@site\/\.env" names a file on the build machine/,
    );
    expect(error!.stack).toBe(error!.message);
  });

  it('in docusaurus start, keeps the last valid policy after a broken save, with a notice naming the first problem', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    // One instance, its loadContent run again on each save: what `docusaurus start` does.
    const plugin = createPlugin(siteDir);
    const first = await runLifecycle(plugin);
    expect(first.content.invalidEdit).toBeNull();

    await writeFile(
      path.join(siteDir, 'ai-policy.yml'),
      VALID_POLICY.replace('industry: saas', 'industry: sass'),
    );
    const broken = await runLifecycle(plugin);
    expect(broken.content.policy).toBe(first.content.policy);
    expect(broken.content.invalidEdit).toMatch(
      /^ai-policy\.yml:3:11 {2}industry {2}expected one of .*did you mean "saas"/,
    );
    const metadata = [...broken.data.values()].find(
      (value) => (value as AiPolicyMetadata).invalidEdit !== undefined,
    ) as AiPolicyMetadata;
    expect(metadata.invalidEdit).toBe(broken.content.invalidEdit);

    await writeFile(
      path.join(siteDir, 'ai-policy.yml'),
      VALID_POLICY.replace('industry: saas', 'industry: healthcare'),
    );
    const repaired = await runLifecycle(plugin);
    expect(repaired.content.invalidEdit).toBeNull();
    expect(repaired.content.policy.config.industry).toBe('healthcare');
  });

  it('names the instance when it is not the default one', async () => {
    const siteDir = await createSite({});
    await expect(createPlugin(siteDir, {id: 'contractors'}).loadContent!()).rejects.toThrow(
      /^docusaurus-plugin-ai-policy \(instance "contractors"\): .*\n.*ai-policy\.yml:1:1 .*policy file not found/,
    );
  });
});

describe('lint findings and onStale', () => {
  const STALE_POLICY = VALID_POLICY.replace('lastReviewed: 2026-06-15', 'lastReviewed: 2020-01-01').replace(
    'effectiveDate: 2026-06-15',
    'effectiveDate: 2020-01-01',
  );

  function captureWarnings() {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn.mock.calls.map((call) => String(call[0])).join('\n');
  }

  it('judges staleness against SOURCE_DATE_EPOCH when set, else today', () => {
    expect(buildDate({SOURCE_DATE_EPOCH: epochOf('2027-03-04')})).toBe('2027-03-04');
    expect(buildDate({})).toBe(new Date().toISOString().slice(0, 10));
  });

  it('warn: reports stale findings with file:line:column and shows them on the page', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epochOf('2026-12-01'));
    const warnings = captureWarnings();
    const siteDir = await createSite({'ai-policy.yml': STALE_POLICY});
    const {routes, moduleData} = await runLifecycle(createPlugin(siteDir));
    expect(warnings()).toMatch(/\[WARNING\] AI policy ai-policy\.yml has 1 finding:/);
    expect(warnings()).toMatch(
      /ai-policy\.yml:\d+:\d+ {2}review\.lastReviewed {2}The policy's quarterly review was due/,
    );
    const metadata = moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata);
    expect(metadata.staleFindings.map((finding) => finding.code)).toEqual(['review-overdue']);
  });

  it('throw: fails loadContent on a stale policy', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epochOf('2026-12-01'));
    captureWarnings();
    const siteDir = await createSite({'ai-policy.yml': STALE_POLICY});
    await expect(createPlugin(siteDir, {onStale: 'throw'}).loadContent!()).rejects.toThrow(
      /AI policy ai-policy\.yml is out of date \(onStale: "throw"\):\n {2}ai-policy\.yml:\d+:\d+ {2}review\.lastReviewed/,
    );
  });

  it('throw: passes a policy that is current', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    await expect(createPlugin(siteDir, {onStale: 'throw'}).loadContent!()).resolves.toBeDefined();
  });

  it('throw: also fails on an expired exception', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epochOf('2026-07-01'));
    captureWarnings();
    const withException = `${VALID_POLICY}exceptions:\n  granted:\n    - {who: data team, what: a pilot, expires: 2026-06-30}\n`;
    const siteDir = await createSite({'ai-policy.yml': withException});
    await expect(createPlugin(siteDir, {onStale: 'throw'}).loadContent!()).rejects.toThrow(
      /exceptions\.granted\[0\]\.expires {2}The exception for data team/,
    );
  });

  it('ignore: neither reports nor shows stale findings', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epochOf('2026-12-01'));
    const warnings = captureWarnings();
    const siteDir = await createSite({'ai-policy.yml': STALE_POLICY});
    const {routes, moduleData} = await runLifecycle(createPlugin(siteDir, {onStale: 'ignore'}));
    expect(warnings()).not.toContain('review');
    expect(moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata).staleFindings).toEqual([]);
  });

  it('reports contradictions whatever onStale says, without failing', async () => {
    const warnings = captureWarnings();
    const contradictory = VALID_POLICY.replace('incidents: {contact: security@acme.example}\n', '');
    const siteDir = await createSite({'ai-policy.yml': contradictory});
    await expect(createPlugin(siteDir, {onStale: 'throw'}).loadContent!()).resolves.toBeDefined();
    expect(warnings()).toMatch(/\[WARNING\] AI policy ai-policy\.yml has \d+ findings?:/);
  });
});

describe('downloads', () => {
  it('postBuild writes <routeBasePath>.md, .json and .oscal.json into the output directory', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugin = createPlugin(siteDir, {routeBasePath: '/policies/ai'});
    const {content} = await runLifecycle(plugin);
    const outDir = path.join(siteDir, 'build');
    await plugin.postBuild!({outDir, content} as never);
    // `ai/` holds the enforcement files, under `<routeBasePath>/enforce/`.
    expect(await readdir(path.join(outDir, 'policies'))).toEqual(['ai', 'ai.json', 'ai.md', 'ai.oscal.json']);
    const oscal = JSON.parse(await readFile(path.join(outDir, 'policies/ai.oscal.json'), 'utf8'));
    expect(oscal['component-definition'].metadata.version).toBe(content.policy.version);
    expect(await readdir(path.join(outDir, 'policies/ai'))).toEqual(['enforce']);
    expect(await readFile(path.join(outDir, 'policies/ai.md'), 'utf8')).toBe(content.policy.markdown);
    expect(JSON.parse(await readFile(path.join(outDir, 'policies/ai.json'), 'utf8'))).toMatchObject({
      organization: 'Acme Corp',
    });
  });

  it('leaves the OSCAL download out when controls is off', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugin = createPlugin(siteDir, {controls: false});
    const {content, routes, moduleData} = await runLifecycle(plugin);
    const outDir = path.join(siteDir, 'build');
    await plugin.postBuild!({outDir, content} as never);
    expect(existsSync(path.join(outDir, 'ai-policy.oscal.json'))).toBe(false);
    expect(existsSync(path.join(outDir, 'ai-policy.json'))).toBe(true);
    expect(moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata).downloads?.oscal).toBeNull();
  });

  it('writes nothing and links nothing when downloads is off', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugin = createPlugin(siteDir, {downloads: false});
    const {content, routes, moduleData} = await runLifecycle(plugin);
    const outDir = path.join(siteDir, 'build');
    await plugin.postBuild!({outDir, content} as never);
    expect(existsSync(outDir)).toBe(false);
    expect(moduleData<AiPolicyMetadata>(routes[0]!.modules!.metadata).downloads).toBeNull();
  });

  it('adds the dev-server downloads plugin to the client bundle in development only', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugin = createPlugin(siteDir);
    const configure = (mode: string, isServer: boolean) =>
      plugin.configureWebpack!({mode} as never, isServer, {} as never, undefined as never) as {
        plugins: unknown[];
        module: {rules: unknown[]};
      };
    expect(configure('development', false).plugins[0]).toBeInstanceOf(PolicyDownloadsDevPlugin);
    expect(configure('development', true).plugins).toEqual([]);
    expect(configure('production', false).plugins).toEqual([]);
    // The embed dependency rule is there in every mode: a Markdown page that embeds a section depends on the file.
    expect(configure('production', true).module.rules).toHaveLength(1);
    expect(
      (
        createPlugin(siteDir, {downloads: false}).configureWebpack!(
          {mode: 'development'} as never,
          false,
          {} as never,
          undefined as never,
        ) as {plugins: unknown[]}
      ).plugins,
    ).toEqual([]);
  });

  it('the dev-server plugin emits the current policy on every compilation', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const policyFile = path.join(siteDir, 'ai-policy.yml');
    const compiler = fakeCompiler();
    new PolicyDownloadsDevPlugin({policyFile, routeBasePath: '/ai-policy', controls: true}).apply(compiler);

    const first = await compiler.compile();
    expect(first.fileDependencies).toEqual([policyFile]);
    // The enforcement files come with them; this policy gives only the hooks, CI and AGENTS.md anything to say.
    expect(Object.keys(first.assets).sort()).toEqual([
      'ai-policy.json',
      'ai-policy.md',
      'ai-policy.oscal.json',
      'ai-policy/enforce/.github/workflows/ai-policy.yml',
      'ai-policy/enforce/.gitleaks.toml',
      'ai-policy/enforce/.pre-commit-config.yaml',
      'ai-policy/enforce/AGENTS.md',
    ]);
    expect(first.assets['ai-policy.md']).toContain('Acme Corp');

    await writeFile(policyFile, VALID_POLICY.replace('Acme Corp', 'Acme Holdings'));
    expect((await compiler.compile()).assets['ai-policy.md']).toContain('Acme Holdings');

    // While the file is invalid it emits nothing new and does not break the compilation.
    await writeFile(policyFile, 'organization: [');
    expect((await compiler.compile()).assets).toEqual({});
  });
});

describe('several instances', () => {
  it('serve different policy files at different routes, each registered for the remark plugin', async () => {
    const siteDir = await createSite({
      'ai-policy.yml': VALID_POLICY,
      'contractors.json': JSON.stringify({
        organization: 'Acme Contractors',
        effectiveDate: '2026-06-15',
        tools: [{name: 'GitHub Copilot', agreement: 'enterprise'}],
      }),
    });
    const main = await runLifecycle(createPlugin(siteDir));
    const contractors = await runLifecycle(
      createPlugin(siteDir, {
        id: 'contractors',
        policyFile: 'contractors.json',
        routeBasePath: '/contractors/ai-policy',
      }),
    );
    expect(main.routes[0]!.path).toBe('/ai-policy');
    expect(contractors.routes[0]!.path).toBe('/contractors/ai-policy');
    expect(contractors.content.policy.document.header.organization).toBe('Acme Contractors');
    const paths = [...main.routes, ...contractors.routes].map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(policyFileForInstance('default')).toBe(path.join(siteDir, 'ai-policy.yml'));
    expect(policyFileForInstance('contractors')).toBe(path.join(siteDir, 'contractors.json'));
  });
});

describe('several instances with the same routeBasePath', () => {
  /** What Docusaurus hands each instance: the site config with every `plugins` entry as written. */
  const constructWith = (siteDir: string, plugins: unknown[], options: PluginOptions) =>
    pluginAiPolicy(
      {...loadContext(siteDir), siteConfig: {baseUrl: '/', plugins}} as LoadContext,
      validateOptions({options}),
    );

  it.each([
    ['the package name', 'docusaurus-plugin-ai-policy'],
    ['the imported function', pluginAiPolicy],
    ['a path into the package', path.join(REPO_ROOT_FOR_TEST, 'lib', 'native-entry.js')],
  ])('are refused, naming both instances, when the config names the plugin by %s', async (_, module) => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugins = [
      [module, {policyFile: 'ai-policy.yml'}],
      [module, {id: 'contractors', policyFile: 'contractors.yml', routeBasePath: 'ai-policy/'}],
    ];
    for (const options of [{policyFile: 'ai-policy.yml'}, plugins[1]![1] as PluginOptions])
      expect(() => constructWith(siteDir, plugins, options)).toThrow(
        'docusaurus-plugin-ai-policy: the instances "contractors" and "default" both use routeBasePath "/ai-policy", so one would replace the other\'s pages and its /ai-policy.md and /ai-policy.json downloads. Give each instance its own routeBasePath, e.g. routeBasePath: "/ai-policy-default".',
      );
  });

  it('are accepted with different routes, and other plugins are not compared', async () => {
    const siteDir = await createSite({'ai-policy.yml': VALID_POLICY});
    const plugins = [
      'docusaurus-plugin-ai-policy',
      ['docusaurus-plugin-ai-policy', {id: 'contractors', routeBasePath: '/contractors/ai-policy'}],
      ['@docusaurus/plugin-content-docs', {id: 'other', routeBasePath: '/ai-policy'}],
      false,
    ];
    expect(() => constructWith(siteDir, plugins, {})).not.toThrow();
  });
});

describe('theme', () => {
  it('declares a swizzle config entry for every theme component, and only for those', async () => {
    const entries = await readdir(TYPESCRIPT_THEME_PATH, {withFileTypes: true});
    const components = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(Object.keys(getSwizzleConfig().components).sort()).toEqual(components.sort());
  });
});

/** Just enough of a webpack/Rspack compiler to run the dev downloads plugin's processAssets hook. */
function fakeCompiler() {
  type ProcessAssets = () => Promise<void>;
  let onCompilation: ((compilation: never) => void) | undefined;
  class RawSource {
    constructor(readonly text: string) {}
  }
  const compiler = {
    webpack: {sources: {RawSource}, Compilation: {PROCESS_ASSETS_STAGE_ADDITIONAL: -2000}},
    hooks: {
      thisCompilation: {tap: (_name: string, fn: (compilation: never) => void) => (onCompilation = fn)},
    },
    async compile() {
      const assets: Record<string, string> = {};
      const fileDependencies: string[] = [];
      let processAssets: ProcessAssets | undefined;
      const compilation = {
        hooks: {processAssets: {tapPromise: (_options: unknown, fn: ProcessAssets) => (processAssets = fn)}},
        fileDependencies: {add: (file: string) => fileDependencies.push(file)},
        getAsset: (name: string) => assets[name],
        emitAsset: (name: string, source: RawSource) => (assets[name] = source.text),
        updateAsset: (name: string, source: RawSource) => (assets[name] = source.text),
      };
      onCompilation!(compilation as never);
      await processAssets!();
      return {assets, fileDependencies};
    },
  };
  return compiler;
}
