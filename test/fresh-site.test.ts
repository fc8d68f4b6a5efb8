/**
 * The install the docs describe, end to end, on a site nobody prepared: `npm pack` this repository, create the
 * classic TypeScript template with `create-docusaurus@3.10.2`, `npm install` it together with the tarball,
 * add the plugin with its defaults, write `ai-policy.yml` with the package's own `ai-policy init`, embed one
 * section in `docs/intro.mdx`, and run the template's own `npm run build`. Then: edit the policy and build
 * again on the warm Rspack cache (`future: {v4: true}`), swizzle a component with `--typescript`, and
 * type-check the site with the `tsconfig.json` line of docs/theme.md.
 *
 * SLOW: about 20 s to pack, 30-110 s to install (network; `--prefer-offline` reuses the npm cache),
 * 10-20 s per build. Needs the npm registry. Set AI_POLICY_SKIP_FRESH_SITE_TEST=1 (or
 * AI_POLICY_SKIP_PACK_TEST=1, which skips every registry test) to skip it when offline.
 */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {visibleText} from './helpers/site.js';
import {packPackage} from './support/pack.js';

const skip =
  process.env.AI_POLICY_SKIP_FRESH_SITE_TEST === '1' || process.env.AI_POLICY_SKIP_PACK_TEST === '1';

const SECTION_IDS = [
  'purpose-and-scope',
  'approved-tools',
  'data-classification',
  'soc2',
  'gdpr',
  'code-review',
  'budgets',
  // init gives GitHub Copilot its client and the credentials class its paths: there is something to enforce.
  'enforcement',
  'incidents-and-exceptions',
];

const COMPONENTS = [
  'AiPolicyPage',
  'AiPolicySectionPage',
  'AiPolicySection',
  'AiPolicyBlocks',
  'AiPolicyInline',
  'AiPolicyTable',
  'AiPolicyDataClassTable',
  'AiPolicyToolMatrix',
  'AiPolicyHeader',
  'AiPolicyStaleNotice',
  'AiPolicyActions',
  'AiPolicyContents',
];

interface Run {
  code: number | null;
  output: string;
  ms: number;
}

/**
 * The environment a user's shell would give: without vitest's NODE_ENV=test (which Docusaurus would build
 * with) and without the variables of an enclosing `npm test` that describe this repository.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', NO_UPDATE_NOTIFIER: '1'};
  for (const name of Object.keys(env)) {
    if (
      name === 'NODE_ENV' ||
      name === 'INIT_CWD' ||
      name === 'npm_config_local_prefix' ||
      name.startsWith('npm_package_') ||
      name.startsWith('npm_lifecycle_')
    ) {
      delete env[name];
    }
  }
  return env;
}

/** Runs a command with stdin closed (a prompt fails instead of hanging); never rejects on a non-zero exit. */
function run(command: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs} ms]`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, output, ms: Date.now() - started});
    });
  });
}

async function mustRun(command: string, args: string[], cwd: string, timeoutMs?: number): Promise<Run> {
  const result = await run(command, args, cwd, timeoutMs);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.code}:\n${result.output}`);
  }
  return result;
}

/** Replaces `search` once in `text`, and fails loudly when the template no longer contains it. */
function replaceOnce(text: string, search: string, replacement: string, file: string): string {
  if (!text.includes(search)) throw new Error(`${file} of the template no longer contains ${search}`);
  return text.replace(search, replacement);
}

/** `[href, text]` of every link of the page's right-hand table of contents. */
function tocLinks(html: string): Array<[string, string]> {
  const links = html.matchAll(
    /<a href=["']?([^\s"'>]+)["']? class=["']?table-of-contents__link[^>]*>(.*?)<\/a>/g,
  );
  return [...links].map((match) => [match[1]!, visibleText(match[2]!).trim()]);
}

/** Docusaurus's `[WARNING]` lines of a build's output (the template builds without any). */
function warnings(output: string): string[] {
  return output.split('\n').filter((line) => line.includes('[WARNING]'));
}

describe.skipIf(skip)(
  'a freshly created classic site (slow: packs, installs from the registry, builds)',
  () => {
    let work = '';
    let site = '';
    const timings: Record<string, number> = {};
    let firstBuild: Run;

    const read = (file: string) => readFile(path.join(site, file), 'utf8');
    const page = async (route: string) => visibleText(await read(`build/${route}/index.html`));

    async function build(label: string): Promise<Run> {
      const result = await mustRun('npm', ['run', 'build'], site);
      timings[label] = result.ms;
      return result;
    }

    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'ai-policy-fresh-site-'));
      site = path.join(work, 'site');

      const packed = packPackage(work);
      timings.pack = packed.durationMs;

      const create = await mustRun(
        'npx',
        ['--yes', 'create-docusaurus@3.10.2', 'site', 'classic', '--typescript', '--skip-install'],
        work,
      );
      timings['create-docusaurus'] = create.ms;

      // The template's dependencies and the plugin in one `npm install`, as `npm install` followed by
      // `npm install docusaurus-plugin-ai-policy` would leave them. `--prefer-offline` only skips revalidating
      // what the npm cache already holds (about 100 s -> 30 s here); anything missing still comes from the
      // registry.
      const install = await mustRun(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', packed.tarball],
        site,
        300_000,
      );
      timings['npm install'] = install.ms;
      console.info(
        `[fresh-site] npm install of the template and the tarball: ${(install.ms / 1000).toFixed(1)} s`,
      );

      // docusaurus.config.ts: the plugin with its defaults, and the remark plugin in the docs options. Nothing else.
      let config = await read('docusaurus.config.ts');
      config = replaceOnce(
        config,
        "import type * as Preset from '@docusaurus/preset-classic';\n",
        "import type * as Preset from '@docusaurus/preset-classic';\nimport {remarkAiPolicy} from 'docusaurus-plugin-ai-policy/remark';\n",
        'docusaurus.config.ts',
      );
      config = replaceOnce(
        config,
        "sidebarPath: './sidebars.ts',\n",
        "sidebarPath: './sidebars.ts',\n          remarkPlugins: [remarkAiPolicy],\n",
        'docusaurus.config.ts',
      );
      config = replaceOnce(
        config,
        '  themeConfig: {',
        "  plugins: ['docusaurus-plugin-ai-policy'],\n\n  themeConfig: {",
        'docusaurus.config.ts',
      );
      await writeFile(path.join(site, 'docusaurus.config.ts'), config);

      // The user path for the policy file: the package's bin (`--no`: never fetch another package by that name).
      await mustRun(
        'npx',
        [
          '--no',
          'ai-policy',
          'init',
          '--yes',
          '--organization',
          'Fresh Site Co',
          '--compliance',
          'soc2,gdpr',
          '--tool',
          'GitHub Copilot:enterprise',
          '--tool',
          'ChatGPT:standard',
        ],
        site,
      );

      // The 3.10.2 template's intro page is MDX (`docs/intro.mdx`), though its own text calls it docs/intro.md.
      const intro = await read('docs/intro.mdx');
      await writeFile(
        path.join(site, 'docs/intro.mdx'),
        `${intro.trimEnd()}\n\n::ai-policy{section="data-classification"}\n`,
      );

      firstBuild = await build('build 1 (cold)');
    }, 420_000);

    afterAll(async () => {
      console.info(
        `[fresh-site] timings: ${Object.entries(timings)
          .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}`,
      );
      if (work) await rm(work, {recursive: true, force: true});
    }, 60_000);

    it('builds with the plugin added and nothing else, without warnings', () => {
      expect(warnings(firstBuild.output)).toEqual([]);
      expect(firstBuild.output).not.toMatch(/unused.*directive/i);
    });

    it('publishes the whole policy at /ai-policy', async () => {
      const text = await page('ai-policy');
      expect(text).toContain('Fresh Site Co');
      expect(text).toContain('GitHub Copilot');
      expect(text).toContain('ChatGPT');
      expect(text).toContain('Art. 28');
    });

    it('publishes one page per section, the history page and the control crosswalk, and no others', async () => {
      const entries = readdirSync(path.join(site, 'build/ai-policy')).sort();
      // `enforce/` holds the enforcement files (.pre-commit-config.yaml, AGENTS.md, ...), not a page.
      expect(entries).toEqual([...SECTION_IDS, 'changes', 'controls', 'enforce', 'index.html'].sort());
      for (const id of SECTION_IDS) {
        expect(existsSync(path.join(site, 'build/ai-policy', id, 'index.html')), id).toBe(true);
      }
      expect(await page('ai-policy/gdpr')).toContain('Art. 28');
    });

    it('writes the .md and .json downloads', async () => {
      const markdown = await read('build/ai-policy.md');
      expect(markdown.startsWith('# AI Tool Usage Policy\n')).toBe(true);
      expect(markdown).toContain('Fresh Site Co');
      const json = JSON.parse(await read('build/ai-policy.json'));
      expect(json).toMatchObject({schemaVersion: 6, organization: 'Fresh Site Co'});
      expect(json.tools.map((tool: {name: string}) => tool.name)).toEqual(['GitHub Copilot', 'ChatGPT']);
      expect(json.regimes.map((regime: {id: string}) => regime.id)).toEqual(['soc2', 'gdpr']);
    });

    it('embeds the data-classification section in docs/intro, with its headings in the table of contents', async () => {
      const html = await read('build/docs/intro/index.html');
      const text = visibleText(html);
      expect(text).toContain('Internal code and documentation');
      expect(text).toContain('Customer data, PII, credentials and secrets');
      expect(text).toContain('ChatGPT');
      expect(html).toMatch(/<h2 [^>]*id=["']?data-classification["'\s>]/);
      expect(tocLinks(html)).toEqual(
        expect.arrayContaining([
          ['#getting-started', 'Getting Started'],
          ['#data-classification', 'Data classification'],
        ]),
      );
    });

    it('a second `npm run build` on the warm cache after editing ai-policy.yml shows the edit everywhere', async () => {
      // The template's `future: {v4: true}` turns on Rspack's persistent cache; it must survive to this build.
      expect(existsSync(path.join(site, 'node_modules/.cache/rspack'))).toBe(true);
      const before = await read('ai-policy.yml');
      let edited = replaceOnce(
        before,
        'organization: Fresh Site Co\n',
        'organization: Renamed Site Ltd\n',
        'ai-policy.yml',
      );
      edited = replaceOnce(edited, '- name: ChatGPT\n', '- name: ChatGPT Enterprise\n', 'ai-policy.yml');
      await writeFile(path.join(site, 'ai-policy.yml'), edited);

      const second = await build('build 2 (warm, after edit)');
      expect(warnings(second.output)).toEqual([]);

      const policy = await page('ai-policy');
      expect(policy).toContain('Renamed Site Ltd');
      expect(policy).not.toContain('Fresh Site Co');
      expect(policy).toContain('ChatGPT Enterprise');
      expect(policy).not.toMatch(/ChatGPT(?! Enterprise)/);

      // The embedded section names the tools (its tool x class matrix), not the organization.
      const intro = await page('docs/intro');
      expect(intro).toContain('ChatGPT Enterprise');
      expect(intro).not.toMatch(/ChatGPT(?! Enterprise)/);
      expect(intro).not.toContain('Fresh Site Co');

      const json = JSON.parse(await read('build/ai-policy.json'));
      expect(json.organization).toBe('Renamed Site Ltd');
      expect(await read('build/ai-policy.md')).not.toContain('Fresh Site Co');
    }, 240_000);

    it('`npm run swizzle -- --list` lists every theme component', async () => {
      const list = await mustRun(
        'npm',
        ['run', 'swizzle', 'docusaurus-plugin-ai-policy', '--', '--list', '--typescript'],
        site,
      );
      for (const component of COMPONENTS) expect(list.output).toMatch(new RegExp(`\\b${component}\\b`));
    });

    it("a component wrapped with --typescript type-checks with the docs' tsconfig line, and the site builds", async () => {
      // The command of docs/theme.md, verbatim.
      await mustRun(
        'npm',
        [
          'run',
          'swizzle',
          'docusaurus-plugin-ai-policy',
          'AiPolicyToolMatrix',
          '--',
          '--wrap',
          '--typescript',
        ],
        site,
      );
      const wrapperFile = path.join(site, 'src/theme/AiPolicyToolMatrix/index.tsx');
      const wrapper = await readFile(wrapperFile, 'utf8');
      expect(wrapper).toContain("from '@theme-original/AiPolicyToolMatrix'");
      expect(wrapper).toContain("from '@theme/AiPolicyToolMatrix'");
      await writeFile(
        wrapperFile,
        replaceOnce(
          wrapper,
          '<AiPolicyToolMatrix {...props} />',
          '<AiPolicyToolMatrix {...props} />\n      <p className="fresh-site-wrapper">Wrapped by Fresh Site</p>',
          'the swizzled wrapper',
        ),
      );
      // If the declarations did not reach the site (types resolving to `any`), this directive would be unused.
      await writeFile(
        path.join(site, 'src/theme/ai-policy-types-probe.ts'),
        "import type {Props} from '@theme/AiPolicyToolMatrix';\n\n// @ts-expect-error `table` is required\nexport const missingTable: Props = {};\n",
      );

      // {"compilerOptions": {"types": ["docusaurus-plugin-ai-policy/theme"]}}, merged into the template's file.
      const tsconfigText = await read('tsconfig.json');
      const comments = tsconfigText.split('\n').filter((line) => line.startsWith('//'));
      const tsconfig = JSON.parse(
        tsconfigText
          .split('\n')
          .filter((line) => !line.startsWith('//'))
          .join('\n'),
      );
      tsconfig.compilerOptions.types = ['docusaurus-plugin-ai-policy/theme'];
      await writeFile(
        path.join(site, 'tsconfig.json'),
        `${[...comments, JSON.stringify(tsconfig, null, 2)].join('\n')}\n`,
      );

      const typecheck = await run('npm', ['run', 'typecheck'], site);
      timings.typecheck = typecheck.ms;
      expect(typecheck.output).not.toContain('error TS');
      expect(typecheck.code).toBe(0);

      const third = await build('build 3 (wrapped component)');
      expect(warnings(third.output)).toEqual([]);
      expect(await page('ai-policy')).toContain('Wrapped by Fresh Site');
      expect(await page('ai-policy/data-classification')).toContain('Wrapped by Fresh Site');
    }, 240_000);
  },
);
