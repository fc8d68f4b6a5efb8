/**
 * The `ai-policy` CLI, driven in-process through `runCli` with fake streams (and once as a real process):
 * exit codes, what lands on stdout and stderr, and the files `init` writes.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {runCli} from '../src/cli/run.js';
import {nodesOfType, parseMarkdown, tableCells, textOf} from './support/policy.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-cli-'));
  dirs.push(dir);
  return dir;
}

const VALID = `organization: Acme Corp
industry: saas
effectiveDate: 2026-06-15
posture: mandatory
compliance: [soc2]
tools:
  - name: GitHub Copilot
    agreement: enterprise
review: {cadence: quarterly, lastReviewed: 2026-06-15}
`;

const INVALID = `organization: Acme Corp
industry: sass
effectiveDate: 2026-06-15
tools:
  - name: GitHub Copilot
    agreement: enterprize
`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], {cwd, stdin = ''}: {cwd: string; stdin?: string}): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const code = await runCli(argv, {cwd, stdout, stderr, stdin: Readable.from([stdin])});
  return {code, stdout: out.join(''), stderr: err.join('')};
}

function dirWith(source: string, name = 'ai-policy.yml'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), source);
  return dir;
}

const NO_STACK = /^\s+at |\.(ts|js):\d+:\d+/m;

describe('check', () => {
  it('accepts a valid policy and prints date-based findings for --today', async () => {
    const cwd = dirWith(VALID);
    const onTime = await cli(['check', '--today', '2026-09-15'], {cwd});
    expect(onTime).toEqual({code: 0, stdout: 'ai-policy.yml: valid, 7 sections, 0 findings\n', stderr: ''});

    const late = await cli(['check', '--today', '2026-09-16'], {cwd});
    expect(late.code).toBe(0);
    expect(late.stderr).toBe('');
    expect(late.stdout.split('\n')).toEqual([
      "warning  ai-policy.yml:9:44  review.lastReviewed  The policy's quarterly review was due on 2026-09-15 (last reviewed 2026-06-15). [review-overdue]",
      'ai-policy.yml: valid, 7 sections, 1 finding',
      '',
    ]);
  });

  it('takes the file as an argument, also a .json file', async () => {
    const cwd = tempDir();
    writeFileSync(
      path.join(cwd, 'policy.json'),
      JSON.stringify({
        organization: 'Acme Corp',
        effectiveDate: '2026-06-15',
        tools: [{name: 'Copilot', agreement: 'enterprise'}],
      }),
    );
    const run = await cli(['check', 'policy.json', '--today', '2026-06-15'], {cwd});
    expect(run).toEqual({code: 0, stdout: 'policy.json: valid, 6 sections, 0 findings\n', stderr: ''});
  });

  it('rejects an invalid policy with located problems on stderr and no stack trace', async () => {
    const cwd = dirWith(INVALID);
    const run = await cli(['check'], {cwd});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Invalid AI policy config (2 problems):');
    expect(lines[1]).toMatch(
      /^ {2}\S*ai-policy\.yml:2:11 {2}industry {2}expected one of saas \| .*, got "sass" \(did you mean "saas"\?\)$/,
    );
    expect(lines[2]).toMatch(
      /^ {2}\S*ai-policy\.yml:6:16 {2}tools\[0\]\.agreement {2}expected one of none \| standard \| enterprise \| baa, got "enterprize" \(did you mean "enterprise"\?\)$/,
    );
    expect(lines).toHaveLength(3);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('says how to create a policy when there is none', async () => {
    const run = await cli(['check'], {cwd: tempDir()});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('policy file not found; create one with `npx ai-policy init`');
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('--strict fails on findings and passes without them', async () => {
    const cwd = dirWith(VALID);
    expect((await cli(['check', '--strict', '--today', '2026-07-01'], {cwd})).code).toBe(0);
    const late = await cli(['check', '--strict', '--today', '2027-01-01'], {cwd});
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('[review-overdue]');
    // A contradiction is a finding too.
    const contradiction = dirWith(VALID.replace('agreement: enterprise', 'agreement: standard'));
    const run = await cli(['check', '--strict', '--today', '2026-07-01'], {cwd: contradiction});
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[class-unreachable]');
  });

  it('rejects a malformed --today', async () => {
    const run = await cli(['check', '--today', '15/06/2026'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: --today expects YYYY-MM-DD, got "15/06/2026"\n',
    });
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10'])(
    'rejects --today %s, which is not a calendar date',
    async (today) => {
      const run = await cli(['check', '--today', today], {cwd: dirWith(VALID)});
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `ai-policy: --today expects a real calendar date written as YYYY-MM-DD, got "${today}"\n`,
      });
    },
  );

  it('accepts --today on a leap day', async () => {
    expect((await cli(['check', '--today', '2028-02-29'], {cwd: dirWith(VALID)})).code).toBe(0);
  });
});

describe('render', () => {
  it('prints the whole policy as markdown by default and with --format md', async () => {
    const cwd = dirWith(VALID);
    const byDefault = await cli(['render'], {cwd});
    const explicit = await cli(['render', '--format', 'md'], {cwd});
    expect(byDefault.code).toBe(0);
    expect(explicit).toEqual(byDefault);
    const tree = parseMarkdown(byDefault.stdout);
    const headings = nodesOfType(tree, 'heading')
      .filter((heading) => heading.depth <= 2)
      .map(textOf);
    expect(headings).toEqual([
      'AI Tool Usage Policy',
      'Purpose and scope',
      'Approved tools',
      'Data classification',
      'SOC 2 obligations',
      'Code review and ownership',
      'Budgets and cost accountability',
      'Incidents and exceptions',
    ]);
    expect(byDefault.stdout).toContain('Acme Corp');
  });

  it('prints the machine-readable policy with --format json', async () => {
    const run = await cli(['render', '--format', 'json'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({schemaVersion: 1, organization: 'Acme Corp', compliance: ['soc2']});
    expect(json.decisions).toContainEqual({
      tool: 'GitHub Copilot',
      dataClass: 'internal',
      allowed: true,
      reason: 'allowed',
    });
  });

  it('prints one section with --section', async () => {
    const run = await cli(['render', '--section', 'data-classification'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(0);
    const tree = parseMarkdown(run.stdout);
    expect(nodesOfType(tree, 'heading').map((heading) => [heading.depth, textOf(heading)])).toEqual([
      [2, 'Data classification'],
      [3, 'Tool by data class'],
    ]);
    const matrix = tableCells(nodesOfType(tree, 'table')[1]!);
    expect(matrix[1]).toEqual(['GitHub Copilot', 'Allowed', 'Allowed', 'No: never in AI tools']);
    expect(run.stdout).not.toMatch(/^#+ (Approved tools|Purpose and scope|SOC 2 obligations)/m);
    expect(run.stdout).not.toContain('AI Tool Usage Policy');
  });

  it('rejects an unknown section, listing the ids and suggesting one', async () => {
    const run = await cli(['render', '--section', 'data-clasification'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ai-policy: unknown section "data-clasification"; sections: purpose-and-scope, approved-tools, data-classification, soc2, code-review, budgets, incidents-and-exceptions (did you mean "data-classification"?)\n',
    });
  });

  it('rejects a bad format', async () => {
    const run = await cli(['render', '--format', 'yaml'], {cwd: dirWith(VALID)});
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: --format expects md or json, got "yaml"\n',
    });
  });

  it('rejects an unknown flag with the usage text', async () => {
    const run = await cli(['render', '--fromat', 'json'], {cwd: dirWith(VALID)});
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^ai-policy: Unknown option '--fromat'/);
    expect(run.stderr).toContain('Usage: ai-policy <command> [options]');
  });

  it('reports an invalid policy instead of rendering it', async () => {
    const run = await cli(['render'], {cwd: dirWith(INVALID)});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Invalid AI policy config (2 problems):');
  });
});

describe('commands and help', () => {
  it('rejects an unknown command, suggests the one meant, and shows usage', async () => {
    const run = await cli(['chek'], {cwd: tempDir()});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('ai-policy: unknown command "chek" (did you mean "check"?)');
    expect(run.stderr).toContain('Usage: ai-policy <command> [options]');
  });

  it('prints usage for --help (exit 0) and for no command (exit 1)', async () => {
    const help = await cli(['--help'], {cwd: tempDir()});
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('check [file]');
    expect(help.stdout).toContain('render [file]');
    expect(help.stdout).toContain('init');
    expect((await cli([], {cwd: tempDir()})).code).toBe(1);
  });
});

describe('init', () => {
  it('writes a policy from flags with --yes that check accepts', async () => {
    const cwd = tempDir();
    const run = await cli(
      [
        'init',
        '--yes',
        '--organization',
        'Acme Health',
        '--industry',
        'healthcare',
        '--compliance',
        'hipaa,gdpr',
        '--posture',
        'advisory',
        '--tool',
        'Claude Code:baa',
        '--tool',
        'GitHub Copilot:enterprise:internal',
        '--effective-date',
        '2026-07-01',
        '--owner',
        'Security <security@acme.example>',
      ],
      {cwd},
    );
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(run.stdout).toContain('Wrote ai-policy.yml');
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Health',
      industry: 'healthcare',
      effectiveDate: '2026-07-01',
      owner: 'Security <security@acme.example>',
      posture: 'advisory',
      compliance: ['hipaa', 'gdpr'],
      tools: [
        {name: 'Claude Code', agreement: 'baa'},
        {name: 'GitHub Copilot', agreement: 'enterprise', maxDataClass: 'internal'},
      ],
      training: {required: true},
    });
    const check = await cli(['check', '--today', '2026-07-01'], {cwd});
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/ai-policy\.yml: valid, 8 sections/);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    const cwd = dirWith('organization: Keep me\n');
    const flags = ['--yes', '--organization', 'New Corp', '--tool', 'Copilot:enterprise'];
    const refused = await cli(['init', ...flags], {cwd});
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr: 'ai-policy: ai-policy.yml already exists; pass --force to overwrite it\n',
    });
    expect(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8')).toBe('organization: Keep me\n');

    const forced = await cli(['init', ...flags, '--force'], {cwd});
    expect(forced.code).toBe(0);
    expect(parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8')).organization).toBe('New Corp');
  });

  it('asks the five steps interactively, reading answers from stdin', async () => {
    const cwd = tempDir();
    const answers = [
      'Acme Bank', // organization
      'financial-services', // step 1
      'pci-dss, soc2', // step 2
      'Claude Code:enterprise', // step 3, tool 1
      'Chat Helper:standard:public', // tool 2
      '', // done with tools
      'enterprise-agreement-only', // step 4
      'mandatory', // step 5
      'Risk team <risk@acme.example>', // owner
    ].join('\n');
    const run = await cli(['init', '--effective-date', '2026-07-01'], {cwd, stdin: `${answers}\n`});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const step of [
      'Step 1 of 5: industry',
      'Step 2 of 5: compliance regimes',
      'Step 3 of 5: approved tools',
      'Step 4 of 5: data classification',
      'Step 5 of 5: enforcement posture',
    ]) {
      expect(run.stdout).toContain(step);
    }
    // The steps come in order.
    const positions = [1, 2, 3, 4, 5].map((step) => run.stdout.indexOf(`Step ${step} of 5`));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Bank',
      industry: 'financial-services',
      posture: 'mandatory',
      compliance: ['pci-dss', 'soc2'],
      owner: 'Risk team <risk@acme.example>',
      tools: [
        {name: 'Claude Code', agreement: 'enterprise'},
        {name: 'Chat Helper', agreement: 'standard', maxDataClass: 'public'},
      ],
    });
    // PCI DSS selected: the restricted class is marked as holding cardholder data, so lint can see it.
    expect(written.dataClasses[2].categories).toContain('cardholder-data');
    expect((await cli(['check', '--today', '2026-07-01'], {cwd})).code).toBe(0);
  });

  it('takes the defaults for empty answers', async () => {
    const cwd = tempDir();
    const run = await cli(['init', '--effective-date', '2026-07-01'], {
      cwd,
      stdin: 'Acme Corp\n\n\n\n\n\n\n\n',
    });
    expect(run.code).toBe(0);
    const written = parse(readFileSync(path.join(cwd, 'ai-policy.yml'), 'utf8'));
    expect(written).toMatchObject({
      organization: 'Acme Corp',
      industry: 'saas',
      posture: 'mandatory',
      compliance: [],
      tools: [{name: 'GitHub Copilot', agreement: 'enterprise'}],
    });
  });

  it('suggests the right id for a bad --industry and writes nothing', async () => {
    const cwd = tempDir();
    const run = await cli(
      ['init', '--yes', '--organization', 'Acme', '--industry', 'helthcare', '--tool', 'Copilot:enterprise'],
      {cwd},
    );
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'ai-policy: --industry: "helthcare" is not one of saas, healthcare, financial-services, government, education, retail, manufacturing, other (did you mean "healthcare"?)\n',
    });
    expect(existsSync(path.join(cwd, 'ai-policy.yml'))).toBe(false);
  });

  it('names the missing organization and tool with --yes', async () => {
    const noOrg = await cli(['init', '--yes', '--tool', 'Copilot:enterprise'], {cwd: tempDir()});
    expect(noOrg).toMatchObject({
      code: 1,
      stderr: 'ai-policy: an organization name is required (--organization)\n',
    });
    const noTool = await cli(['init', '--yes', '--organization', 'Acme'], {cwd: tempDir()});
    expect(noTool).toMatchObject({
      code: 1,
      stderr: 'ai-policy: at least one approved tool is required (--tool "Name:agreement")\n',
    });
  });
});

describe('the built binary', () => {
  // `npm test` builds first; run `npm run build` before running this file alone.
  const bin = path.join(ROOT, 'lib', 'cli', 'main.js');

  it('runs as a real process: exit codes and streams', () => {
    expect(existsSync(bin), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
    const cwd = dirWith(VALID);
    const ok = spawnSync(process.execPath, [bin, 'check', '--today', '2026-07-01'], {cwd, encoding: 'utf8'});
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('ai-policy.yml: valid, 7 sections, 0 findings\n');

    const bad = spawnSync(process.execPath, [bin, 'check'], {cwd: dirWith(INVALID), encoding: 'utf8'});
    expect(bad.status).toBe(1);
    // Run from inside the folder, the file is shown relative to it, ready to click in a terminal.
    expect(bad.stderr.split('\n').slice(0, 2)).toEqual([
      'Invalid AI policy config (2 problems):',
      '  ai-policy.yml:2:11  industry  expected one of saas | healthcare | financial-services | government | education | retail | manufacturing | other, got "sass" (did you mean "saas"?)',
    ]);
    expect(bad.stderr).not.toMatch(NO_STACK);

    const json = spawnSync(process.execPath, [bin, 'render', '--format', 'json'], {cwd, encoding: 'utf8'});
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).organization).toBe('Acme Corp');
  });
});
