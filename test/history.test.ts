/**
 * The policy's history from git, end to end: a temporary repository holding a small handbook site, whose
 * policy file six commits edit (adopted, a tool added, a ceiling raised, the file renamed, a regime added,
 * an expired exception dropped), plus an uncommitted edit. Checked: `ai-policy diff`, the plugin's
 * lifecycle as `docusaurus start` reruns it after a save, and real `docusaurus build`s of the repository, of
 * a depth-1 clone and of a copy outside any repository. Expected sentences are written out by hand.
 */

import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {parsePolicyConfig} from '../src/config/parse.js';
import {describeChangeText} from '../src/diff/describe.js';
import {inlineText} from '../src/engine/inline.js';
import {historyStats, loadPolicyHistory, resetHistoryMemory} from '../src/history/load.js';
import type {AiPolicyHistoryContent} from '../src/plugin/history-data.js';
import pluginAiPolicy, {type AiPolicyLoadedContent} from '../src/plugin/index.js';
import {validateOptions} from '../src/plugin/options.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {buildSite, type CliRun, outputDir, removeDir, TMP_ROOT, visibleText} from './helpers/site.js';
import {runCliCaptured} from './support/cli.js';

const REPO = path.join(TMP_ROOT, `history-repo-${process.pid}`);
const SITE = path.join(REPO, 'handbook');
const CLONE = path.join(TMP_ROOT, `history-clone-${process.pid}`);
const NO_GIT = path.join(TMP_ROOT, `history-nogit-${process.pid}`);
/** The classic template's placeholder: a fresh site's docs "edit this page" points at Docusaurus itself. */
const EDIT_URL =
  'https://github.com/facebook/docusaurus/tree/main/packages/create-docusaurus/templates/shared/';
/** 2026-05-10: the policy's review is current then. */
const BUILD_ENV = {SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 10) / 1000)};

const V1 = `organization: Acme Corp
industry: saas
effectiveDate: 2026-01-15
owner: Security team <security@acme.example>
compliance: [soc2]
tools:
  - name: GitHub Copilot
    agreement: enterprise
    maxDataClass: public
review: {cadence: quarterly, lastReviewed: 2026-01-10}
incidents: {contact: security@acme.example}
exceptions:
  granted:
    - who: data-science team
      what: Jupyter AI on internal notebooks
      expires: 2026-03-31
`;
const V2 = V1.replace(
  '    maxDataClass: public\n',
  '    maxDataClass: public\n  - name: Claude Code\n    vendor: Anthropic\n    agreement: enterprise\n',
);
const V3 = V2.replace('maxDataClass: public', 'maxDataClass: internal');
const V5 = V3.replace('compliance: [soc2]', 'compliance: [soc2, gdpr]');
const V6 = V5.replace('lastReviewed: 2026-01-10', 'lastReviewed: 2026-05-04').replace(
  /exceptions:\n[\s\S]*$/,
  '',
);
/** The uncommitted edit in the working copy. */
const WORKING = `${V6}posture: advisory\n`;

const SITE_FILES: Record<string, string> = {
  'package.json': '{"name": "history-fixture", "private": true}\n',
  'docusaurus.config.mjs': `export default {
  title: 'History fixture',
  url: 'https://handbook.example',
  baseUrl: '/',
  future: {v4: true},
  onBrokenLinks: 'throw',
  presets: [['classic', {docs: {editUrl: '${EDIT_URL}'}, blog: false, theme: {}}]],
  plugins: ['docusaurus-plugin-ai-policy'],
};
`,
  'docs/intro.md': '---\ntitle: Intro\n---\n\nThe handbook.\n',
  'src/pages/index.md': '# Handbook\n',
};

/** git with a known identity and none of the machine's config (signing, hooks, default branch). */
function git(args: string[], {cwd = REPO, env = {}}: {cwd?: string; env?: Record<string, string>} = {}) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...env},
  }).trim();
}

function commit(author: string, date: string, message: string): string {
  const when = `${date}T09:00:00+00:00`;
  const email = `${author.split(' ')[0]!.toLowerCase()}@acme.example`;
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], {
    env: {
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_NAME: author,
      GIT_COMMITTER_EMAIL: email,
      GIT_COMMITTER_DATE: when,
    },
  });
  return git(['rev-parse', 'HEAD']);
}

/** The version as specified: the first 12 hex digits of SHA-256 over the validated config, keys sorted. */
function versionOf(yaml: string): string {
  const result = parsePolicyConfig(yaml, 'ai-policy.yml');
  if (!result.ok) throw new Error('fixture policy is invalid');
  const sort = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sort)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, child]) => child !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([key, child]) => [key, sort(child)]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(sort(result.config)))
    .digest('hex')
    .slice(0, 12);
}

const hashes: Record<string, string> = {};

beforeAll(async () => {
  await rm(REPO, {recursive: true, force: true});
  for (const [name, text] of Object.entries(SITE_FILES)) {
    await mkdir(path.dirname(path.join(SITE, name)), {recursive: true});
    await writeFile(path.join(SITE, name), text);
  }
  await writeFile(path.join(REPO, '.gitignore'), 'node_modules/\n.docusaurus/\nbuild/\n');
  await mkdir(path.join(SITE, 'policy'));
  git(['init', '-q', '-b', 'main']);
  // The repository commits are linked on: the policy file's own remote, not the docs editUrl.
  git(['remote', 'add', 'origin', 'git@github.com:acme/handbook.git']);
  await writeFile(path.join(SITE, 'policy/ai.yml'), V1);
  hashes.v1 = commit('Ada Lovelace', '2026-01-10', 'Adopt the AI tool usage policy');
  await writeFile(path.join(SITE, 'policy/ai.yml'), V2);
  hashes.v2 = commit('Grace Hopper', '2026-02-02', 'Approve Claude Code');
  await writeFile(path.join(SITE, 'policy/ai.yml'), V3);
  hashes.v3 = commit('Ada Lovelace', '2026-03-02', "Raise Copilot's ceiling to internal code");
  git(['mv', 'handbook/policy/ai.yml', 'handbook/ai-policy.yml']);
  hashes.v4 = commit('Grace Hopper', '2026-04-01', 'Move the policy next to the site config');
  await writeFile(path.join(SITE, 'ai-policy.yml'), V5);
  hashes.v5 = commit('Linus & Co', '2026-04-15', 'Add GDPR <script>alert("history")</script>');
  await writeFile(path.join(SITE, 'ai-policy.yml'), V6);
  hashes.v6 = commit(
    'Ada Lovelace',
    '2026-05-04',
    'Drop the expired data-science exception\n\nReviewed the whole policy.\n\nApproved-by: Grace Hopper',
  );
  await writeFile(path.join(SITE, 'ai-policy.yml'), WORKING);
});

afterAll(async () => {
  for (const dir of [REPO, CLONE, NO_GIT]) await rm(dir, {recursive: true, force: true});
});

const cli = (argv: string[], cwd = SITE) => runCliCaptured(argv, {cwd});

describe('ai-policy diff', () => {
  it('compares two revisions, following the file through its old path', async () => {
    const run = await cli([
      'diff',
      `${hashes.v2}:handbook/policy/ai.yml`,
      `${hashes.v3}:handbook/policy/ai.yml`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`<!-- ai-policy-diff -->

## What this change does to the AI policy

From \`${hashes.v2}:handbook/policy/ai.yml\` (version \`${versionOf(V2)}\`) to \`${hashes.v3}:handbook/policy/ai.yml\` (version \`${versionOf(V3)}\`): 2 changes, the most important first.

- **GitHub Copilot** may now receive **Internal code and documentation** (before: this class is above the tool's data ceiling).
- **GitHub Copilot**: its data ceiling was raised from **Public data and open-source code** to **Internal code and documentation**.
`);
  });

  it('reads revisions of the policy file by its current name', async () => {
    const run = await cli(['diff', 'HEAD~2', 'HEAD', '--today', '2026-05-04']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`<!-- ai-policy-diff -->

## What this change does to the AI policy

From \`HEAD~2\` (version \`${versionOf(V3)}\`) to \`HEAD\` (version \`${versionOf(V6)}\`): 3 changes, the most important first.

- New compliance regime: **GDPR**, with its own section and obligations.
- Exception for **data-science team** removed from the register: Jupyter AI on internal notebooks (expired on 31 March 2026).
- Reviewed on **4 May 2026** (the review before: 10 January 2026).
`);
  });

  it('compares with the working file by default, as Markdown or JSON', async () => {
    const markdown = await cli(['diff', 'HEAD']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      `From \`HEAD\` (version \`${versionOf(V6)}\`) to \`ai-policy.yml\` (version \`${versionOf(WORKING)}\`): 1 change.\n\n- Posture changed from **Mandatory** to **Advisory**.\n`,
    );
    const json = await cli(['diff', 'HEAD', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      schemaVersion: 1,
      base: {label: 'HEAD', version: versionOf(V6)},
      head: {label: 'ai-policy.yml', version: versionOf(WORKING)},
      changes: [{code: 'posture-changed', from: 'Mandatory', to: 'Advisory'}],
    });
  });

  it('exits 1 with located problems when a side is not a valid policy', async () => {
    await writeFile(path.join(SITE, 'broken.yml'), V6.replace('industry: saas', 'industry: sass'));
    try {
      const run = await cli(['diff', 'HEAD', 'broken.yml']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^Invalid AI policy config \(1 problem\):\n/);
      expect(run.stderr).toContain(
        '  broken.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)',
      );
    } finally {
      await rm(path.join(SITE, 'broken.yml'));
    }
  });

  it('says plainly when a revision or a file does not exist', async () => {
    expect(await cli(['diff', 'no-such-branch'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: "no-such-branch" is neither a file nor a revision of this repository\n',
    });
    expect((await cli(['diff', 'missing.yml'])).stderr).toBe(
      'ai-policy: "missing.yml" is neither a file nor a revision of this repository\n',
    );
    expect(await cli(['diff', hashes.v1!])).toEqual({
      code: 1,
      stdout: '',
      stderr: `ai-policy: ai-policy.yml does not exist in revision "${hashes.v1}" (was it renamed? name the old path as ${hashes.v1}:<path>)\n`,
    });
  });
});

/** loadContent then contentLoaded with fake actions, as Docusaurus runs them (and reruns them in `start`). */
function lifecycle(siteDir: string) {
  const context = {
    siteDir,
    siteConfig: {baseUrl: '/', presets: [['classic', {docs: {editUrl: EDIT_URL}}]]},
    generatedFilesDir: path.join(siteDir, '.docusaurus'),
  } as unknown as LoadContext;
  const plugin = pluginAiPolicy(context, validateOptions({options: {}}));
  return async () => {
    const content = (await plugin.loadContent!()) as AiPolicyLoadedContent;
    const routes: RouteConfig[] = [];
    const data = new Map<string, unknown>();
    const actions: PluginContentLoadedActions = {
      addRoute: (route) => routes.push(route),
      createData: async (name, value) => {
        data.set(name, typeof value === 'string' ? JSON.parse(value) : structuredClone(value));
        return name;
      },
      setGlobalData: () => {},
    };
    await plugin.contentLoaded!({content, actions, allContent: {}} as never);
    return {content, routes, history: data.get('history.json') as AiPolicyHistoryContent | undefined};
  };
}

const texts = (history: AiPolicyHistoryContent | undefined) =>
  (history?.unreleased?.changes ?? []).map((change) => inlineText(change.text));

describe('docusaurus start: each save reruns loadContent, and the unreleased changes follow the file', () => {
  it('diffs the working file against the last commit on every rerun, running git log once each', async () => {
    const run = lifecycle(SITE);
    try {
      const before = historyStats().gitLogRuns;
      const first = await run();
      expect(historyStats().gitLogRuns).toBe(before + 1);
      // The control crosswalk's route comes after it.
      expect(first.routes.at(-2)).toMatchObject({
        path: '/ai-policy/changes',
        component: '@theme/AiPolicyChangesPage',
      });
      expect(first.history!.entries.map((entry) => entry.subject)).toEqual([
        'Drop the expired data-science exception',
        'Add GDPR <script>alert("history")</script>',
        'Move the policy next to the site config',
        "Raise Copilot's ceiling to internal code",
        'Approve Claude Code',
        'Adopt the AI tool usage policy',
      ]);
      expect(first.history!.entries[0]!.url).toBe(`https://github.com/acme/handbook/commit/${hashes.v6}`);
      expect(texts(first.history)).toEqual(['Posture changed from Mandatory to Advisory.']);

      // Saved again, with one more edit.
      await writeFile(
        path.join(SITE, 'ai-policy.yml'),
        WORKING.replace('tools:\n', 'tools:\n  - name: Cursor\n'),
      );
      const second = await run();
      expect(historyStats().gitLogRuns).toBe(before + 2);
      expect(texts(second.history)).toEqual([
        'New approved tool: Cursor, under standard terms. It may receive: Public data and open-source code.',
        'Posture changed from Mandatory to Advisory.',
      ]);

      // Saved back to the committed text: nothing is unreleased.
      await writeFile(path.join(SITE, 'ai-policy.yml'), V6);
      const third = await run();
      expect(third.history!.unreleased).toBeNull();
      expect(third.content.policy.version).toBe(versionOf(V6));
    } finally {
      await writeFile(path.join(SITE, 'ai-policy.yml'), WORKING);
    }
  });

  it('without a git binary on the PATH, loads with a notice instead of failing', async () => {
    vi.stubEnv('PATH', path.join(TMP_ROOT, 'no-such-bin'));
    try {
      const {history, routes} = await lifecycle(SITE)();
      expect(routes.map((route) => route.path)).toContain('/ai-policy/changes');
      expect(history!.entries).toEqual([]);
      expect(history!.notices).toEqual([
        {
          code: 'no-git',
          message:
            'The history of ai-policy.yml is not shown: git is not installed or not on the PATH where the site was built.',
          slots: {file: 'ai-policy.yml'},
        },
      ]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('what the history says when it cannot show everything', () => {
  const SMALL = path.join(TMP_ROOT, `history-small-${process.pid}`);
  const policy = path.join(SMALL, 'ai-policy.yml');
  afterAll(() => rm(SMALL, {recursive: true, force: true}));

  async function load() {
    const loaded = await loadPolicy(policy);
    return loadPolicyHistory({
      policyFile: policy,
      displayFile: 'ai-policy.yml',
      working: {config: loaded.config, document: loaded.document, version: loaded.version},
      cacheDir: null,
    });
  }

  it('a file never committed: a notice, and the whole policy as unreleased', async () => {
    await rm(SMALL, {recursive: true, force: true});
    await mkdir(SMALL, {recursive: true});
    git(['init', '-q', '-b', 'main'], {cwd: SMALL});
    await writeFile(policy, V1);
    const history = await load();
    expect(history.entries).toEqual([]);
    expect(history.notices).toEqual([
      {
        code: 'not-committed',
        message:
          'ai-policy.yml has not been committed yet, so it has no history; the changes below are not committed.',
        slots: {file: 'ai-policy.yml'},
      },
    ]);
    expect(history.unreleased?.changes.map(describeChangeText)).toEqual([
      'Policy created for Acme Corp: 1 approved tool (GitHub Copilot), 3 data classes, compliance regimes SOC 2; posture Mandatory.',
    ]);
  });

  it('a commit with an invalid policy: its entry and the next say why their changes cannot be shown', async () => {
    git(['add', '-A'], {cwd: SMALL});
    git(['-c', 'user.name=Ada', '-c', 'user.email=ada@acme.example', 'commit', '-qm', 'Adopt'], {cwd: SMALL});
    await writeFile(policy, V1.replace('industry: saas', 'industry: sass'));
    git(['-c', 'user.name=Ada', '-c', 'user.email=ada@acme.example', 'commit', '-qam', 'Typo'], {cwd: SMALL});
    await writeFile(policy, V2);
    git(['-c', 'user.name=Ada', '-c', 'user.email=ada@acme.example', 'commit', '-qam', 'Fix'], {cwd: SMALL});
    const history = await load();
    expect(history.notices).toEqual([]);
    expect(history.unreleased).toBeNull();
    expect(history.entries.map(({subject, problem, version}) => ({subject, problem, version}))).toEqual([
      {
        subject: 'Fix',
        problem:
          "What this commit changed cannot be shown: the file's previous version is not a valid policy (1 problem; the first: " +
          `${history.entries[1]!.shortHash}:ai-policy.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)).`,
        version: versionOf(V2),
      },
      {
        subject: 'Typo',
        problem:
          "What this commit changed cannot be shown: the file's version in this commit is not a valid policy (1 problem; the first: " +
          `${history.entries[1]!.shortHash}:ai-policy.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | defense | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)).`,
        version: null,
      },
      {subject: 'Adopt', problem: null, version: versionOf(V1)},
    ]);
  });

  it('history: false adds no page, no header link, and runs no git', async () => {
    const before = historyStats().gitLogRuns;
    const context = {siteDir: SMALL, siteConfig: {baseUrl: '/'}} as unknown as LoadContext;
    const plugin = pluginAiPolicy(context, validateOptions({options: {history: false}}));
    const content = (await plugin.loadContent!()) as AiPolicyLoadedContent;
    expect(content.history).toBeNull();
    const routes: RouteConfig[] = [];
    const data = new Map<string, unknown>();
    await plugin.contentLoaded!({
      content,
      actions: {
        addRoute: (route: RouteConfig) => routes.push(route),
        createData: async (name: string, value: unknown) => {
          data.set(name, value);
          return name;
        },
        setGlobalData: () => {},
      },
      allContent: {},
    } as never);
    expect(routes.map((route) => route.path)).not.toContain('/ai-policy/changes');
    expect(data.get('metadata.json')).toMatchObject({historyPermalink: null, version: versionOf(V2)});
    expect(historyStats().gitLogRuns).toBe(before);
  });

  it('a custom section with the id "changes" would shadow the page: the build says so', async () => {
    await writeFile(
      policy,
      `${V2}sections:\n  custom: [{id: changes, title: Recent changes, body: See below.}]\n`,
    );
    await expect(lifecycle(SMALL)()).rejects.toThrow(
      'docusaurus-plugin-ai-policy: the section "changes" would have the same URL as the policy\'s history page (/ai-policy/changes). Give the section another id, or set the plugin option `history: false`.',
    );
  });
});

describe('the history cache', () => {
  const DIR = path.join(TMP_ROOT, `history-cache-${process.pid}`);
  const policy = path.join(DIR, 'ai-policy.yml');
  const cacheDir = path.join(DIR, '.cache');
  afterAll(() => rm(DIR, {recursive: true, force: true}));
  const commitAll = (message: string) =>
    git(['-c', 'user.name=Ada', '-c', 'user.email=ada@acme.example', 'commit', '-qam', message], {cwd: DIR});

  async function load() {
    const loaded = await loadPolicy(policy);
    return loadPolicyHistory({
      policyFile: policy,
      displayFile: 'ai-policy.yml',
      working: {config: loaded.config, document: loaded.document, version: loaded.version},
      cacheDir,
    });
  }

  it('is kept on disk by the newest commit, and reused per commit when a new one arrives', async () => {
    await rm(DIR, {recursive: true, force: true});
    await mkdir(DIR, {recursive: true});
    git(['init', '-q', '-b', 'main'], {cwd: DIR});
    await writeFile(policy, V1);
    git(['add', '-A'], {cwd: DIR});
    commitAll('Adopt');
    await writeFile(policy, V2);
    commitAll('Approve Claude Code');
    expect((await load()).entries.map((entry) => entry.subject)).toEqual(['Approve Claude Code', 'Adopt']);

    // A new build process: nothing in memory. Marking the cached entries shows they are what it reads.
    const [file] = await readdir(cacheDir);
    const cached = JSON.parse(await readFile(path.join(cacheDir, file!), 'utf8'));
    for (const item of cached.items) item.entry.subject = `cached: ${item.entry.subject}`;
    await writeFile(path.join(cacheDir, file!), JSON.stringify(cached));
    resetHistoryMemory();
    expect((await load()).entries.map((entry) => entry.subject)).toEqual([
      'cached: Approve Claude Code',
      'cached: Adopt',
    ]);

    // A new commit: only its entry is computed; the older ones come from the cache.
    resetHistoryMemory();
    await writeFile(policy, V3);
    commitAll('Raise the ceiling');
    const history = await load();
    expect(history.entries.map((entry) => entry.subject)).toEqual([
      'Raise the ceiling',
      'cached: Approve Claude Code',
      'cached: Adopt',
    ]);
    expect(history.entries[0]!.changes.map(describeChangeText)).toEqual([
      "GitHub Copilot may now receive Internal code and documentation (before: this class is above the tool's data ceiling).",
      'GitHub Copilot: its data ceiling was raised from Public data and open-source code to Internal code and documentation.',
    ]);
  });
});

/** Visible text, with the spaces that removed tags leave before punctuation taken out. */
function pageText(html: string): string {
  return visibleText(html)
    .replace(/\u200b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:)])/g, '$1');
}

function expectBuilt(run: CliRun): void {
  if (run.code !== 0) throw new Error(`docusaurus build failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
}

describe('docusaurus build in the repository', () => {
  let outDir: string;
  let html: string;
  let text: string;

  beforeAll(async () => {
    outDir = await outputDir('history');
    expectBuilt(await buildSite(SITE, outDir, {env: BUILD_ENV}));
    html = await readFile(path.join(outDir, 'ai-policy/changes/index.html'), 'utf8');
    text = pageText(html);
  });
  afterAll(() => removeDir(outDir));

  it('publishes the history page, newest first, with the unreleased edit on top', () => {
    expect(text).toContain('Changes to the AI Tool Usage Policy');
    expect(text).toContain(
      `Every commit that changed ai-policy.yml, newest first, with what it changed in the policy. This site publishes version ${versionOf(WORKING)}.`,
    );
    const order = [
      'Unreleased changes',
      'Drop the expired data-science exception',
      'Add GDPR',
      'Move the policy next to the site config',
      "Raise Copilot's ceiling to internal code",
      'Approve Claude Code',
      'Adopt the AI tool usage policy',
    ].map((subject) => text.indexOf(subject));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says what each commit changed in meaning', () => {
    const short = (hash: string) => hash.slice(0, 7);
    for (const expected of [
      `Unreleased changes Edits to the file that are not committed yet, against version ${versionOf(V6)}. Posture changed from Mandatory to Advisory.`,
      `4 May 2026 Drop the expired data-science exception Ada Lovelace · commit ${short(hashes.v6!)} · version ${versionOf(V6)} · approved by Grace Hopper`,
      'Exception for data-science team removed from the register: Jupyter AI on internal notebooks (expired on 31 March 2026).',
      'Reviewed on 4 May 2026 (the review before: 10 January 2026).',
      `15 April 2026 Add GDPR <script>alert("history")</script> Linus & Co · commit ${short(hashes.v5!)} · version ${versionOf(V5)}`,
      'New compliance regime: GDPR, with its own section and obligations.',
      `1 April 2026 Move the policy next to the site config Grace Hopper · commit ${short(hashes.v4!)} · version ${versionOf(V3)}`,
      'The file was renamed from handbook/policy/ai.yml to handbook/ai-policy.yml. No change in meaning: comments, formatting or the order of keys only.',
      "GitHub Copilot may now receive Internal code and documentation (before: this class is above the tool's data ceiling).",
      'GitHub Copilot: its data ceiling was raised from Public data and open-source code to Internal code and documentation.',
      'New approved tool: Claude Code, under an enterprise data agreement. It may receive: Public data and open-source code; Internal code and documentation.',
      `10 January 2026 Adopt the AI tool usage policy Ada Lovelace · commit ${short(hashes.v1!)}`,
      'Policy created for Acme Corp: 1 approved tool (GitHub Copilot), 3 data classes, compliance regimes SOC 2; posture Mandatory.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("links each commit on the git remote's repository, never the template's placeholder editUrl, and renders commit text as text", () => {
    // The minified HTML may leave attribute values unquoted.
    for (const hash of Object.values(hashes)) {
      expect(html).toMatch(new RegExp(`href="?https://github\\.com/acme/handbook/commit/${hash}[" >]`));
    }
    expect(html).not.toContain('facebook/docusaurus/commit');
    expect(html).not.toContain('<script>alert(');
    // Escaped as text (the minifier may leave `>` and `"` bare, which is safe in text content).
    expect(html).toMatch(
      /Add GDPR &lt;script(&gt;|>)alert\((&quot;|")history(&quot;|")\)&lt;\/script(&gt;|>)/,
    );
  });

  it('shows the version in the policy header, links the history, and puts the version in the JSON', async () => {
    const policy = await readFile(path.join(outDir, 'ai-policy/index.html'), 'utf8');
    expect(pageText(policy)).toContain(`Version ${versionOf(WORKING)} · What changed, and when`);
    expect(policy).toMatch(/<a[^>]+href="?\/ai-policy\/changes"?[ >][^>]*>?What changed, and when<\/a>/);
    const json = JSON.parse(await readFile(path.join(outDir, 'ai-policy.json'), 'utf8'));
    expect(json.version).toBe(versionOf(WORKING));
    expect(json.posture).toBe('advisory');
  });
});

describe('docusaurus build in a depth-1 clone', () => {
  let outDir: string;
  let html: string;
  let text: string;

  beforeAll(async () => {
    await rm(CLONE, {recursive: true, force: true});
    git(['clone', '-q', '--depth', '1', `file://${REPO}`, CLONE], {cwd: TMP_ROOT});
    outDir = await outputDir('history-shallow');
    expectBuilt(await buildSite(path.join(CLONE, 'handbook'), outDir, {env: BUILD_ENV}));
    html = await readFile(path.join(outDir, 'ai-policy/changes/index.html'), 'utf8');
    text = pageText(html);
  });
  afterAll(() => removeDir(outDir));

  it("links no commit: the clone's remote is a local path, and the docs editUrl is only a placeholder", () => {
    expect(html).not.toMatch(/\/commit\/[0-9a-f]{7}/);
    expect(html).toContain(hashes.v6!.slice(0, 7));
  });

  it('builds, and says the history is truncated', () => {
    expect(text).toContain(
      'This site was built from a shallow clone, so the history is truncated: changes to ai-policy.yml before 2026-05-04 are not in it. Fetch the full history (for GitHub Actions: actions/checkout with fetch-depth: 0) to show them.',
    );
    expect(text).toContain(
      'Drop the expired data-science exception Ada Lovelace · commit ' +
        `${hashes.v6!.slice(0, 7)} · version ${versionOf(V6)} · approved by Grace Hopper The oldest version in this clone of the repository: what this commit changed is not part of it.`,
    );
    expect(text).not.toContain('Adopt the AI tool usage policy');
    expect(text).not.toContain('Policy created');
    expect(text).not.toContain('Unreleased changes');
  });
});

describe('docusaurus build outside any git repository', () => {
  let outDir: string;
  let text: string;

  beforeAll(async () => {
    await rm(NO_GIT, {recursive: true, force: true});
    await cp(SITE, path.join(NO_GIT, 'handbook'), {
      recursive: true,
      filter: (source) => !['node_modules', '.docusaurus', 'build'].includes(path.basename(source)),
    });
    outDir = await outputDir('history-nogit');
    // Git must not find this repository's own checkout above the copy.
    const run = await buildSite(path.join(NO_GIT, 'handbook'), outDir, {
      env: {...BUILD_ENV, GIT_CEILING_DIRECTORIES: NO_GIT},
    });
    expectBuilt(run);
    text = pageText(await readFile(path.join(outDir, 'ai-policy/changes/index.html'), 'utf8'));
  });
  afterAll(() => removeDir(outDir));

  it('builds, and the page says the history is not available', async () => {
    expect(text).toContain(
      'The history of ai-policy.yml is not shown: the site was built outside a git repository.',
    );
    const policy = pageText(await readFile(path.join(outDir, 'ai-policy/index.html'), 'utf8'));
    expect(policy).toContain(`Version ${versionOf(WORKING)} · What changed, and when`);
  });
});
