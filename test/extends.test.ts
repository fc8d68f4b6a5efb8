/**
 * `extends`: one baseline, many handbooks. A team's `ai-policy.yml` names a baseline (a file or an npm
 * package) and states only what it changes; the result is one policy, and an overlay can only tighten.
 * Everything here goes through real files and the policy store, as a build and `ai-policy check` read them.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {createDraftEvaluator} from '../src/builder/draft.js';
import {PolicyConfigError} from '../src/config/problems.js';
import type {PolicyDiffJson} from '../src/diff/model.js';
import {loadPolicyHistory} from '../src/history/load.js';
import type {PolicyJson} from '../src/render/json.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {runCliCaptured} from './support/cli.js';
import {gitRepository} from './support/git-repository.js';
import {nodesOfType, parseMarkdown, tableCells} from './support/policy.js';

const TEMP = realpathSync(mkdtempSync(path.join(tmpdir(), 'ai-policy-extends-')));
afterAll(() => rmSync(TEMP, {recursive: true, force: true}));

let dirCount = 0;
/** A fresh folder with the given files; returns its path. */
function folder(files: Record<string, string>): string {
  const dir = path.join(TEMP, `case-${++dirCount}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The organization's baseline. Line numbers matter: the loosening cases below name them. */
const BASE = `organization: Northwind
effectiveDate: 2026-06-15
posture: mandatory
compliance: [soc2, gdpr]
tools:
  - name: Claude
    agreement: enterprise
    maxDataClass: internal
  - name: GitHub Copilot
    agreement: enterprise
    maxDataClass: internal
  - name: Cursor
    agreement: standard
    maxDataClass: public
prohibitedTools: [DeepSeek]
unlistedTools: {maxDataClass: public}
training: {required: true}
review: {cadence: quarterly}
exceptions:
  granted:
    - {who: Data team, what: Claims data in the sandbox, expires: 2027-03-31}
overlays:
  requiredSections: [code-review]
`;
const sha12 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

async function problemsOf(file: string) {
  const error = await loadPolicy(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PolicyConfigError);
  return (error as PolicyConfigError).problems;
}

describe('an overlay that tightens', () => {
  const TEAM = `extends: ./base.yml
organization: Northwind Contractors
compliance: [iso27001]
tools:
  - {name: GitHub Copilot, maxDataClass: public}
remove: {tools: [Cursor]}
prohibitedTools: [{name: Replit, reason: Not reviewed}]
dataClasses:
  - {id: client-code, name: Code of the client we work for, rule: never}
review: {cadence: monthly}
sections:
  custom: [{id: contractors, title: For contractors, body: Ask your Northwind sponsor first.}]
`;

  it('builds the merged policy: what the baseline says, with what the team changed', async () => {
    const dir = folder({'base.yml': BASE, 'ai-policy.yml': TEAM});
    const policy = await loadPolicy(path.join(dir, 'ai-policy.yml'));
    const {config, document} = policy;

    expect(config.organization).toBe('Northwind Contractors');
    expect(config.tools.map((tool) => [tool.name, tool.maxDataClass])).toEqual([
      ['Claude', 'internal'],
      ['GitHub Copilot', 'public'],
    ]);
    expect(config.compliance).toEqual(['soc2', 'gdpr', 'iso27001']);
    expect(config.dataClasses.map((dataClass) => dataClass.id)).toEqual([
      'public',
      'internal',
      'restricted',
      'client-code',
    ]);
    expect(config.prohibitedTools.map((entry) => (typeof entry === 'string' ? entry : entry.name))).toEqual([
      'DeepSeek',
      'Replit',
    ]);
    expect(config.review.cadence).toBe('monthly');
    expect(config.training.required).toBe(true);
    expect(document.sections.map((section) => section.id)).toEqual(
      expect.arrayContaining(['soc2', 'gdpr', 'iso27001', 'contractors']),
    );
    expect(policy.files).toEqual([path.join(dir, 'ai-policy.yml'), path.join(dir, 'base.yml')]);

    // The matrix says Copilot no longer receives internal code.
    const copilotInternal = document.facts.decisions.find(
      (decision) => decision.tool === 'GitHub Copilot' && decision.dataClass === 'internal',
    );
    expect(copilotInternal?.allowed).toBe(false);
  });

  it('shows where each tool and class was set: the page, the header and the JSON', async () => {
    const dir = folder({'base.yml': BASE, 'ai-policy.yml': TEAM});
    const policy = await loadPolicy(path.join(dir, 'ai-policy.yml'));
    const [classTable] = nodesOfType(parseMarkdown(policy.markdown), 'table');
    expect(policy.markdown).toContain('**Claude**: enterprise agreement. (set by ./base.yml)');
    expect(
      tableCells(classTable!)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([
      'Public data and open-source code (set by ./base.yml)',
      'Internal code and documentation (set by ./base.yml)',
      'Customer data, PII, credentials and secrets (set by ./base.yml)',
      'Code of the client we work for',
    ]);
    expect(policy.document.header.fields.find((field) => field.key === 'baseline')).toEqual({
      key: 'baseline',
      label: 'Baseline',
      value: './base.yml',
    });

    const json = JSON.parse(policy.json) as PolicyJson;
    expect(json.schemaVersion).toBe(6);
    expect(json.extends).toEqual([{name: './base.yml', version: null, hash: sha12(BASE)}]);
    expect(json.tools.map(({name, from}) => [name, from])).toEqual([
      ['Claude', './base.yml'],
      ['GitHub Copilot', './base.yml'],
    ]);
    expect(json.dataClasses.map(({id, from}) => [id, from])).toEqual([
      ['public', './base.yml'],
      ['internal', './base.yml'],
      ['restricted', './base.yml'],
      ['client-code', null],
    ]);
  });

  it('says nothing of baselines for a policy that extends none', async () => {
    const dir = folder({'ai-policy.yml': BASE});
    const policy = await loadPolicy(path.join(dir, 'ai-policy.yml'));
    expect(policy.markdown).not.toContain('set by');
    const json = JSON.parse(policy.json) as PolicyJson;
    expect(json.extends).toEqual([]);
    expect(json.tools.map((tool) => tool.from)).toEqual([null, null, null]);
  });

  it('reloads when the baseline is edited, the overlay untouched', async () => {
    const dir = folder({'base.yml': BASE, 'ai-policy.yml': 'extends: ./base.yml\n'});
    const file = path.join(dir, 'ai-policy.yml');
    expect((await loadPolicy(file)).config.tools).toHaveLength(3);
    writeFileSync(path.join(dir, 'base.yml'), BASE.replace(/ {2}- name: Cursor\n.*\n.*\n/, ''));
    expect((await loadPolicy(file)).config.tools.map((tool) => tool.name)).toEqual([
      'Claude',
      'GitHub Copilot',
    ]);
  });

  it('applies a list of baselines in order, each file once', async () => {
    const dir = folder({
      'base.yml': BASE,
      'eu.yml': 'extends: ./base.yml\ncompliance: [eu-ai-act]\n',
      'health.yml': 'extends: ./base.yml\ncompliance: [hipaa]\n',
      'ai-policy.yml': 'extends: [./eu.yml, ./health.yml]\n',
    });
    const policy = await loadPolicy(path.join(dir, 'ai-policy.yml'));
    expect(policy.config.compliance).toEqual(['soc2', 'gdpr', 'eu-ai-act', 'hipaa']);
    expect(JSON.parse(policy.json).extends.map(({name}: {name: string}) => name)).toEqual([
      './base.yml',
      './eu.yml',
      './health.yml',
    ]);
  });

  it('lets a baseline allow team tools up to a class, and no further', async () => {
    const base = `${BASE.replace('overlays:\n', 'overlays:\n  mayAddTools: {maxDataClass: public}\n')}`;
    const ok = folder({
      'base.yml': base,
      'ai-policy.yml':
        'extends: ./base.yml\ntools: [{name: Zed AI, agreement: standard, maxDataClass: public}]\n',
    });
    const policy = await loadPolicy(path.join(ok, 'ai-policy.yml'));
    expect(policy.config.tools.map((tool) => tool.name)).toContain('Zed AI');
    expect(policy.markdown).toMatch(/\*\*Zed AI\*\*: standard terms\.\n/);

    const tooHigh = folder({
      'base.yml': base,
      'ai-policy.yml':
        'extends: ./base.yml\ntools: [{name: Zed AI, agreement: standard, maxDataClass: internal}]\n',
    });
    const [problem] = await problemsOf(path.join(tooHigh, 'ai-policy.yml'));
    expect(problem).toMatchObject({code: 'overlay-loosens', path: ['tools', 0, 'maxDataClass'], line: 2});
    expect(problem!.message).toContain(`${path.join(tooHigh, 'base.yml')}:23:31`);
  });
});

describe('an overlay that would loosen its baseline', () => {
  // [what, overlay lines after `extends`, overlay path, overlay line:column, baseline line:column]. The
  // baseline keeps the default data classes, so the file as a whole (1:1) is what sets their rules.
  const CASES: Array<[string, string, Array<string | number>, string, string]> = [
    ['approves a tool the baseline does not', 'tools: [{name: Gemini}]', ['tools', 0, 'name'], '2:16', '6:3'],
    [
      'approves a tool the baseline prohibits',
      'tools: [{name: deepseek}]',
      ['tools', 0, 'name'],
      '2:16',
      '15:19',
    ],
    [
      'raises a tool’s ceiling',
      'tools: [{name: Cursor, maxDataClass: internal}]',
      ['tools', 0, 'maxDataClass'],
      '2:38',
      '14:19',
    ],
    [
      'claims a better agreement for a tool',
      'tools: [{name: Cursor, agreement: enterprise}]',
      ['tools', 0, 'agreement'],
      '2:35',
      '13:16',
    ],
    [
      'loosens a class rule',
      'dataClasses: [{id: restricted, name: R, rule: enterprise-agreement-only}]',
      ['dataClasses', 0, 'rule'],
      '2:47',
      '1:1',
    ],
    [
      'raises what unlisted tools may receive',
      'unlistedTools: {maxDataClass: internal}',
      ['unlistedTools', 'maxDataClass'],
      '2:31',
      '16:31',
    ],
    ['removes a regime', 'remove: {compliance: [gdpr]}', ['remove', 'compliance', 0], '2:23', '4:20'],
    [
      'disables a required section',
      'sections: {disable: [code-review]}',
      ['sections', 'disable', 0],
      '2:22',
      '23:22',
    ],
    [
      'lengthens an exception',
      'exceptions: {granted: [{who: Data team, what: Claims data in the sandbox, expires: 2027-06-30}]}',
      ['exceptions', 'granted', 0, 'expires'],
      '2:84',
      '21:67',
    ],
    ['reviews less often', 'review: {cadence: annual}', ['review', 'cadence'], '2:19', '18:19'],
    ['makes the policy advisory', 'posture: advisory', ['posture'], '2:10', '3:10'],
    ['drops required training', 'training: {required: false}', ['training', 'required'], '2:22', '17:22'],
  ];

  it.each(CASES)(
    '%s: refused in the overlay, naming the baseline line',
    async (_, lines, at, overlayPos, basePos) => {
      const dir = folder({'base.yml': BASE, 'ai-policy.yml': `extends: ./base.yml\n${lines}\n`});
      const problems = await problemsOf(path.join(dir, 'ai-policy.yml'));
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      const [line, column] = overlayPos.split(':').map(Number);
      expect(problem).toMatchObject({
        code: 'overlay-loosens',
        severity: 'error',
        file: path.join(dir, 'ai-policy.yml'),
        path: at,
        line,
        column,
      });
      expect(problem!.message).toContain(`set by ./base.yml at ${path.join(dir, 'base.yml')}:${basePos}`);
    },
  );
});

describe('resolving baselines', () => {
  it('resolves a package name from a real npm install of a local package', async () => {
    const dir = folder({
      'baseline/package.json': JSON.stringify({
        name: '@acme/ai-policy',
        version: '1.4.0',
        aiPolicy: 'policy/ai-policy.yml',
        files: ['policy'],
      }),
      'baseline/policy/ai-policy.yml': BASE,
      'site/package.json': JSON.stringify({name: 'site', version: '0.0.0', private: true}),
      'site/ai-policy.yml': 'extends: "@acme/ai-policy"\nreview: {cadence: monthly}\n',
    });
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', [...args, '--no-audit', '--no-fund', '--offline', '--loglevel=error'], {
        cwd,
        encoding: 'utf8',
      });
    // A packed tarball, as the registry would serve it, installed into the site.
    const tarball = npm(['pack', '--pack-destination', dir], path.join(dir, 'baseline'))
      .trim()
      .split('\n')
      .pop()!;
    npm(['install', path.join(dir, tarball)], path.join(dir, 'site'));

    const policy = await loadPolicy(path.join(dir, 'site', 'ai-policy.yml'));
    expect(policy.files[1]).toBe(
      path.join(dir, 'site', 'node_modules', '@acme', 'ai-policy', 'policy', 'ai-policy.yml'),
    );
    expect(policy.config.review.cadence).toBe('monthly');
    expect(JSON.parse(policy.json).extends).toEqual([
      {name: '@acme/ai-policy', version: '1.4.0', hash: sha12(BASE)},
    ]);
    expect(policy.document.header.fields.at(-1)).toMatchObject({
      key: 'baseline',
      value: '@acme/ai-policy 1.4.0',
    });
    expect(policy.markdown).toContain('(set by @acme/ai-policy)');
  });

  it('refuses a cycle, located at the entry that closes it and naming the chain', async () => {
    const dir = folder({'a.yml': 'extends: ./b.yml\n', 'b.yml': `${BASE}extends: ./a.yml\n`});
    const problems = await problemsOf(path.join(dir, 'a.yml'));
    expect(problems).toMatchObject([
      {code: 'extends-cycle', file: path.join(dir, 'b.yml'), path: ['extends'], line: 24, column: 10},
    ]);
    expect(problems[0]!.message).toContain('a.yml → ./b.yml → ./a.yml');
  });

  it('refuses a missing baseline file deeper in the chain, located where it is named', async () => {
    const dir = folder({'ai-policy.yml': 'extends: ./team.yml\n', 'team.yml': 'extends: [./org.yml]\n'});
    const problems = await problemsOf(path.join(dir, 'ai-policy.yml'));
    expect(problems).toMatchObject([
      {
        code: 'extends-not-found',
        file: path.join(dir, 'team.yml'),
        path: ['extends', 0],
        line: 1,
        column: 11,
      },
    ]);
    expect(problems[0]!.message).toContain('ai-policy.yml → ./team.yml → ./org.yml');
  });

  it('refuses a package that is not installed, or that names no policy file', async () => {
    const dir = folder({
      'ai-policy.yml': 'extends: [@acme/nowhere, plain-package]\n'.replace(
        '@acme/nowhere',
        '"@acme/nowhere"',
      ),
      'node_modules/plain-package/package.json': '{"name": "plain-package", "version": "1.0.0"}',
    });
    const problems = await problemsOf(path.join(dir, 'ai-policy.yml'));
    expect(problems.map(({code, path: at}) => [code, at])).toEqual([
      ['extends-not-found', ['extends', 0]],
      ['extends-invalid', ['extends', 1]],
    ]);
    expect(problems[0]!.message).toContain('package @acme/nowhere is not installed');
    expect(problems[1]!.message).toContain('"aiPolicy"');
  });

  it('refuses to remove a tool the baseline does not approve, with the name it most likely meant', async () => {
    const dir = folder({
      'base.yml': BASE,
      'ai-policy.yml': 'extends: ./base.yml\nremove: {tools: [Cursr]}\n',
    });
    expect(await problemsOf(path.join(dir, 'ai-policy.yml'))).toMatchObject([
      {code: 'overlay-unknown-tool', path: ['remove', 'tools', 0], line: 2, column: 18, suggestion: 'Cursor'},
    ]);
  });

  it('reports each file’s own problems in that file', async () => {
    const dir = folder({
      'base.yml': BASE.replace('posture: mandatory', 'postur: mandatory'),
      'ai-policy.yml': 'extends: ./base.yml\n',
    });
    expect(await problemsOf(path.join(dir, 'ai-policy.yml'))).toMatchObject([
      {code: 'unknown-key', file: path.join(dir, 'base.yml'), path: ['postur'], line: 3, column: 1},
    ]);
    // A typo is reported as the typo it is, with its suggestion, not as a loosening of the baseline.
    const typo = folder({
      'base.yml': BASE,
      'ai-policy.yml': 'extends: ./base.yml\ntools: [{name: Cursor, agreement: enterprize}]\n',
    });
    expect(await problemsOf(path.join(typo, 'ai-policy.yml'))).toMatchObject([
      {
        code: 'invalid-enum-value',
        path: ['tools', 0, 'agreement'],
        line: 2,
        column: 35,
        suggestion: 'enterprise',
      },
    ]);
    const overlay = folder({
      'base.yml': BASE,
      'ai-policy.yml': 'extends: ./base.yml\nreview: {cadence: weekly}\n',
    });
    expect(await problemsOf(path.join(overlay, 'ai-policy.yml'))).toMatchObject([
      {
        code: 'invalid-enum-value',
        file: path.join(overlay, 'ai-policy.yml'),
        path: ['review', 'cadence'],
        line: 2,
        column: 19,
      },
    ]);
  });
});

describe('the CLI on an overlay', () => {
  const TEAM = `extends: ./base.yml
tools:
  - {name: GitHub Copilot, maxDataClass: public}
compliance: [iso27001]
`;

  it('diff --baseline says what the team adds, in the diff’s sentences', async () => {
    const dir = folder({'base.yml': BASE, 'ai-policy.yml': TEAM});
    const run = await runCliCaptured(['diff', '--baseline', '--format', 'json'], {cwd: dir});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as PolicyDiffJson;
    expect(json.base.label).toBe('./base.yml');
    expect(json.changes.map((change) => change.code)).toEqual(
      expect.arrayContaining(['decision-flipped', 'tool-ceiling-changed', 'regime-added']),
    );
    const markdown = await runCliCaptured(['diff', '--baseline'], {cwd: dir});
    expect(markdown.stdout).toContain('GitHub Copilot');
  });

  it('diff compares an overlay file with its baseline file as resolved policies', async () => {
    const dir = folder({'base.yml': BASE, 'ai-policy.yml': TEAM});
    const run = await runCliCaptured(['diff', 'base.yml', 'ai-policy.yml', '--format', 'json'], {cwd: dir});
    expect(run.code).toBe(0);
    const viaBaseline = await runCliCaptured(['diff', '--baseline', '--format', 'json'], {cwd: dir});
    expect((JSON.parse(run.stdout) as PolicyDiffJson).changes).toEqual(
      (JSON.parse(viaBaseline.stdout) as PolicyDiffJson).changes,
    );
  });

  it('check reports a loosening with both places, and exits 1', async () => {
    const dir = folder({
      'base.yml': BASE,
      'ai-policy.yml': 'extends: ./base.yml\nreview: {cadence: annual}\n',
    });
    const run = await runCliCaptured(['check'], {cwd: dir});
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      "ai-policy.yml:2:19  review.cadence  reviews the policy annual, less often than the baseline's quarterly: set by ./base.yml at",
    );
    expect(run.stdout + run.stderr).toContain('base.yml:18:19');
  });

  it('diff --baseline on a file that extends nothing says so', async () => {
    const dir = folder({'ai-policy.yml': BASE});
    const run = await runCliCaptured(['diff', '--baseline'], {cwd: dir});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('extends no baseline');
  });
});

describe('the policy builder on an overlay', () => {
  it('starts from the resolved policy, and drafts only the overlay over the same baseline', async () => {
    const dir = folder({
      'base.yml': BASE,
      'ai-policy.yml':
        'extends: ./base.yml\ntools: [{name: Cursor, maxDataClass: public}]\nreview: {cadence: monthly}\n',
    });
    const policy = await loadPolicy(path.join(dir, 'ai-policy.yml'));
    const evaluate = createDraftEvaluator({
      current: policy.config,
      fileName: 'ai-policy.yml',
      currentVersion: policy.version,
      today: '2026-12-01',
      overlay: policy.overlay,
    });
    // The form shows every baseline value, so an untouched form is the same policy.
    const untouched = evaluate(policy.input);
    expect(untouched.ok).toBe(true);
    if (!untouched.ok) return;
    expect(untouched.changes).toEqual([]);
    expect(untouched.config.tools.map((tool) => tool.name)).toEqual(['Claude', 'GitHub Copilot', 'Cursor']);
    expect(untouched.yaml).toMatch(/^extends: \.\/base\.yml$/m);
    expect(untouched.yaml).not.toContain('GitHub Copilot');

    // The download is an overlay of the same baseline, and means what the site's overlay means.
    const saved = path.join(dir, 'drafted.yml');
    writeFileSync(saved, untouched.yaml);
    const reloaded = await loadPolicy(saved);
    expect(reloaded.version).toBe(policy.version);
    expect(reloaded.files).toEqual([saved, path.join(dir, 'base.yml')]);
  });
});

describe('the history of a file that becomes an overlay', () => {
  it('shows the commit that moved the rules into a baseline as what it changed, not as an invalid file', async () => {
    const dir = folder({'ai-policy.yml': BASE});
    const {commit} = gitRepository(dir);
    commit('The whole policy in one file');
    // The rules move into the organization's baseline; the team keeps only a tighter review cadence.
    writeFileSync(path.join(dir, 'base.yml'), BASE);
    writeFileSync(path.join(dir, 'ai-policy.yml'), 'extends: ./base.yml\nreview: {cadence: monthly}\n');
    commit('Extend the organization baseline');

    const file = path.join(dir, 'ai-policy.yml');
    const loaded = await loadPolicy(file);
    const history = await loadPolicyHistory({
      policyFile: file,
      displayFile: 'ai-policy.yml',
      working: {config: loaded.config, document: loaded.document, version: loaded.version},
      cacheDir: null,
      baselinesKey: sha12(BASE),
    });
    const [newest] = history.entries;
    expect(newest).toMatchObject({
      subject: 'Extend the organization baseline',
      problem: null,
      version: loaded.version,
    });
    expect(newest!.changes.map((change) => change.code)).toEqual(['review-cadence-changed']);
    expect(history.unreleased).toBeNull();
  });
});

describe('findings of a policy built on a baseline', () => {
  it('are located where the value was written: the baseline or the overlay', async () => {
    const dir = folder({
      'base.yml': BASE.replace(
        'review: {cadence: quarterly}',
        'review: {cadence: quarterly, lastReviewed: 2026-06-15}',
      ),
      'ai-policy.yml':
        'extends: ./base.yml\nexceptions: {granted: [{who: QA, what: Test data, expires: 2026-07-01}]}\n',
    });
    const run = await runCliCaptured(['check', '--today', '2027-04-10', '--format', 'json'], {cwd: dir});
    const findings = JSON.parse(run.stdout) as Array<{code: string; file: string; line: number}>;
    const dated = findings.filter(({code}) => code === 'review-overdue' || code === 'exception-expired');
    expect(dated.map(({code, file, line}) => [code, path.basename(file), line]).sort()).toEqual([
      ['exception-expired', 'ai-policy.yml', 2],
      ['exception-expired', 'base.yml', 21],
      ['review-overdue', 'base.yml', 18],
    ]);
  });
});

describe('decide on an overlay', () => {
  it('answers from the resolved policy, and a baseline edit is seen by the next call', async () => {
    const dir = folder({
      'base.yml': BASE,
      'ai-policy.yml': 'extends: ./base.yml\ntools: [{name: GitHub Copilot, maxDataClass: public}]\n',
    });
    const allowed = async (tool: string) => {
      const run = await runCliCaptured(
        ['decide', 'ai-policy.yml', '--tool', tool, '--class', 'internal', '--format', 'json'],
        {cwd: dir},
      );
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as Array<{allowed: boolean}>)[0]!.allowed;
    };
    expect(await allowed('GitHub Copilot')).toBe(false);
    expect(await allowed('Claude')).toBe(true);
    writeFileSync(
      path.join(dir, 'base.yml'),
      BASE.replace(
        '  - name: Claude\n    agreement: enterprise\n    maxDataClass: internal',
        '  - name: Claude\n    agreement: enterprise\n    maxDataClass: public',
      ),
    );
    expect(await allowed('Claude')).toBe(false);
  });
});
