/**
 * `ai-policy export` and `ai-policy check-commit-msg` as a repository meets them: files written and checked
 * in a folder, the pre-commit config validated by pre-commit itself, and the commit-trailer hook run by a
 * real `git commit` through git's own hook mechanism, with the command line the generated config uses.
 */
import {spawnSync} from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {runCliCaptured} from './support/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');

const POLICY = `organization: Acme Corp
effectiveDate: 2026-06-15
tools:
  - {name: Claude Code, agreement: enterprise, client: claude-code, models: [anthropic/claude-sonnet-4]}
  - {name: Cursor, agreement: standard, client: cursor}
prohibitedTools: [DeepSeek]
disclosure: {commitTrailer: "Assisted-by: <tool>"}
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: internal, name: Internal code, rule: enterprise-agreement-only, paths: [src/**]}
  - {id: secrets, name: Secrets, rule: never, paths: ["**/.env*", secrets/**]}
`;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ai-policy-export-cli-'));
  dirs.push(dir);
  return dir;
}

function repoWithPolicy(policy = POLICY): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'ai-policy.yml'), policy);
  return dir;
}

const cli = (argv: string[], cwd: string) => runCliCaptured(argv, {cwd});

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('ai-policy export', () => {
  it('writes every target the policy gives something to, and names the ones it skips', async () => {
    const dir = repoWithPolicy();
    const run = await cli(['export', '--target', 'all'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('wrote'))).toEqual([
      'wrote .cursorignore (Cursor)',
      'wrote .claude/settings.json (Claude Code)',
      'wrote .cursor/hooks.json (Cursor’s agent hooks)',
      'wrote litellm/config.yaml (a LiteLLM proxy)',
      'wrote .pre-commit-config.yaml (pre-commit)',
      'wrote AGENTS.md (coding agents)',
    ]);
    expect(run.stdout).toContain(
      'skipped gemini-code-assist: no approved tool has client "gemini-code-assist"',
    );
    expect(run.stdout).toContain('skipped github-copilot: no approved tool has client "github-copilot"');
    expect(read(dir, '.cursorignore')).toContain('\nsrc/**\n');
  });

  it('writes byte-identical files on a second run, into another folder', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'all', '--out', 'one'], dir);
    await cli(['export', '--target', 'all', '--out', 'two'], dir);
    for (const file of ['.cursorignore', '.claude/settings.json', 'litellm/config.yaml', 'AGENTS.md'])
      expect(readFileSync(path.join(dir, 'two', file)), file).toEqual(
        readFileSync(path.join(dir, 'one', file)),
      );
    // The policy is named relative to the output folder, where the hooks run.
    expect(read(dir, 'one/.pre-commit-config.yaml')).toContain(
      'entry: npx --no -- ai-policy check ../ai-policy.yml',
    );
  });

  it('--check fails after a hand edit, naming the file and the first differing line, and passes after re-export', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'all'], dir);
    expect(await cli(['export', '--target', 'all', '--check'], dir)).toMatchObject({code: 0});

    const cursorignore = read(dir, '.cursorignore');
    writeFileSync(path.join(dir, '.cursorignore'), cursorignore.replace('\nsrc/**\n', '\nsrc/\n'));
    const line = cursorignore.split('\n').indexOf('src/**') + 1;
    const edited = await cli(['export', '--target', 'all', '--check'], dir);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(
      `.cursorignore:${line}: differs from what ai-policy.yml generates\n  expected: "src/**"\n  found:    "src/"\n`,
    );
    expect(edited.stderr).toContain('Regenerate with: npx ai-policy export ai-policy.yml --target all');
    // Nothing was written by --check.
    expect(read(dir, '.cursorignore')).not.toBe(cursorignore);

    await cli(['export', '--target', 'cursor'], dir);
    expect(await cli(['export', '--target', 'all', '--check'], dir)).toMatchObject({code: 0});
  });

  it('--check fails when the policy changed without a re-export, and for a file the policy no longer generates', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'all'], dir);
    writeFileSync(
      path.join(dir, 'ai-policy.yml'),
      POLICY.replace('paths: [src/**]', 'paths: [src/**, lib/**]'),
    );
    const changed = await cli(['export', '--target', 'all', '--check'], dir);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/^\.cursorignore:\d+: differs/m);
    expect(changed.stderr).toMatch(/^\.claude\/settings\.json:\d+: differs|^AGENTS\.md:\d+: differs/m);

    // Cursor is no longer a client the policy knows: nothing generates .cursorignore.
    writeFileSync(path.join(dir, 'ai-policy.yml'), POLICY.replace(', client: cursor', ''));
    const dropped = await cli(['export', '--target', 'all', '--check'], dir);
    expect(dropped.code).toBe(1);
    expect(dropped.stderr).toContain(
      '.cursorignore: the policy generates nothing for this file any more; delete it',
    );
  });

  it('--check of a named target fails when its file is missing; with all, a missing file is only reported', async () => {
    const dir = repoWithPolicy();
    const named = await cli(['export', '--target', 'cursor', '--check'], dir);
    expect(named).toMatchObject({code: 1});
    expect(named.stderr).toContain('.cursorignore: missing; the policy generates it');
    const all = await cli(['export', '--target', 'all', '--check'], dir);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('not present, not checked: .cursorignore');
  });

  it('rejects an unknown or missing target with a suggestion, and a target with nothing to write', async () => {
    const dir = repoWithPolicy();
    const typo = await cli(['export', '--target', 'claude'], dir);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('unknown target "claude"');
    expect(typo.stderr).toContain('(did you mean "claude-code"?)');
    expect((await cli(['export'], dir)).stderr).toContain('--target is required');
    const windsurf = await cli(['export', '--target', 'windsurf'], dir);
    expect(windsurf).toMatchObject({code: 1});
    expect(windsurf.stderr).toContain(
      'nothing to write for windsurf: no approved tool has client "windsurf"',
    );
    expect(existsSync(path.join(dir, '.codeiumignore'))).toBe(false);
  });
});

describe('the generated .pre-commit-config.yaml', () => {
  const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0;

  // Skipped only on a developer machine without pre-commit; in CI a missing pre-commit is a failure.
  it.skipIf(!hasPreCommit && !process.env.CI)('passes pre-commit validate-config', async () => {
    expect(hasPreCommit, 'pre-commit is not installed (apt-get install -y pre-commit)').toBe(true);
    for (const policy of [POLICY, POLICY.replace(/^disclosure:.*\n/m, '')]) {
      const dir = repoWithPolicy(policy);
      await cli(['export', '--target', 'pre-commit'], dir);
      const run = spawnSync('pre-commit', ['validate-config', '.pre-commit-config.yaml'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
    }
  });

  it('runs gitleaks, the policy checks, and the trailer check at the commit-msg stage only when a trailer is set', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'pre-commit'], dir);
    const config = parse(read(dir, '.pre-commit-config.yaml'));
    expect(config.default_install_hook_types).toEqual(['pre-commit', 'commit-msg']);
    expect(config.repos[0]).toEqual({
      repo: 'https://github.com/gitleaks/gitleaks',
      rev: 'v8.30.1',
      hooks: [{id: 'gitleaks'}],
    });
    const local = config.repos[1];
    expect(local.repo).toBe('local');
    expect(local.hooks.map((hook: {id: string}) => hook.id)).toEqual([
      'ai-policy-check',
      'ai-policy-export-check',
      'ai-policy-commit-trailer',
    ]);
    expect(local.hooks[0]).toMatchObject({
      entry: 'npx --no -- ai-policy check ai-policy.yml',
      files: '^ai-policy\\.yml$',
    });
    expect(local.hooks[2]).toMatchObject({stages: ['commit-msg']});

    const quiet = repoWithPolicy(POLICY.replace(/^disclosure:.*\n/m, ''));
    await cli(['export', '--target', 'pre-commit'], quiet);
    const withoutTrailer = parse(read(quiet, '.pre-commit-config.yaml'));
    expect(withoutTrailer.default_install_hook_types).toBeUndefined();
    expect(withoutTrailer.repos[1].hooks.map((hook: {id: string}) => hook.id)).not.toContain(
      'ai-policy-commit-trailer',
    );
  });
});

describe('the commit-trailer hook on a real git commit', () => {
  /** The environment of a clean shell: no npm script or outer git hook variables leaking in. */
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('GIT_')),
  );
  const git = (cwd: string, args: string[]) =>
    spawnSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.com',
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=.git/hooks',
        ...args,
      ],
      {cwd, encoding: 'utf8', env},
    );

  it('accepts an approved tool and no trailer, and refuses a prohibited or unknown tool', async () => {
    expect(existsSync(BIN), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
    const dir = repoWithPolicy();
    expect(git(dir, ['init', '-q']).status).toBe(0);
    // The package installed in the repository, where the hook's npx finds it.
    writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
    mkdirSync(path.join(dir, 'node_modules', '.bin'), {recursive: true});
    symlinkSync(BIN, path.join(dir, 'node_modules', '.bin', 'ai-policy'));

    await cli(['export', '--target', 'pre-commit'], dir);
    const hook = parse(read(dir, '.pre-commit-config.yaml')).repos[1].hooks.find(
      (candidate: {id: string}) => candidate.id === 'ai-policy-commit-trailer',
    );
    // pre-commit runs `entry` with the message file appended; git's own hook does the same with "$1".
    const hookFile = path.join(dir, '.git', 'hooks', 'commit-msg');
    writeFileSync(hookFile, `#!/bin/sh\nexec ${hook.entry} "$1"\n`);
    chmodSync(hookFile, 0o755);

    const commit = (message: string) => {
      writeFileSync(path.join(dir, 'change.txt'), message);
      git(dir, ['add', 'change.txt']);
      return git(dir, ['commit', '-q', '-m', message]);
    };
    const approved = commit('Add the parser\n\nAssisted-by: Claude Code');
    expect(approved.status, approved.stderr).toBe(0);
    expect(commit('Fix a typo by hand').status).toBe(0);

    const prohibited = commit('Add a cache\n\nAssisted-by: DeepSeek');
    expect(prohibited.status).not.toBe(0);
    expect(prohibited.stderr).toContain('"DeepSeek" is a prohibited tool in the AI policy');

    const unknown = commit('Add a test\n\nassisted-by: Claude Cod');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain(
      '"Claude Cod" is not an approved tool; approved: Claude Code, Cursor (did you mean "Claude Code"?)',
    );

    const log = git(dir, ['log', '--format=%s']).stdout.trim().split('\n');
    expect(log).toEqual(['Fix a typo by hand', 'Add the parser']);
  });

  it('accepts a trailer that goes on after the tool name, and checks every trailer', async () => {
    const dir = repoWithPolicy();
    const message = path.join(dir, 'MSG');
    writeFileSync(
      message,
      'Refactor\n\nAssisted-by: Cursor (claude-sonnet-4)\nAssisted-by: Claude Code <noreply@anthropic.com>\n',
    );
    expect(await cli(['check-commit-msg', 'MSG'], dir)).toMatchObject({code: 0, stderr: ''});
    writeFileSync(
      message,
      'Refactor\n\nAssisted-by: Cursor\nAssisted-by: DeepSeek\n# Assisted-by: Nobody (a comment)\n',
    );
    const run = await cli(['check-commit-msg', 'MSG', '--policy', 'ai-policy.yml'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('MSG:4: Assisted-by: DeepSeek');
    expect(run.stderr).not.toContain('Nobody');
  });
});
