/**
 * `ai-policy export` and `ai-policy check-commit-msg` as a repository meets them: files written and checked
 * in a folder, the pre-commit config validated by pre-commit itself, and the commit-trailer hook run by a
 * real `git commit` through git's own hook mechanism, with the command line the generated config uses.
 */
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {
  CLEAN_SHELL_ENV,
  cli,
  cliPolicy,
  installCli,
  read,
  temporaryFolders,
} from './support/export-fixtures.js';

const POLICY = cliPolicy('**/.env*');
const newFolder = temporaryFolders('ai-policy-export-cli-');
const repoWithPolicy = (policy = POLICY) => newFolder({'ai-policy.yml': policy});

describe('ai-policy export', () => {
  it('writes every target the policy gives something to, and names the ones it skips', async () => {
    const dir = repoWithPolicy();
    const run = await cli(['export', '--target', 'all'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('wrote'))).toEqual([
      'wrote .cursorignore (Cursor)',
      'wrote .cursor/rules/ai-policy.mdc (Cursor)',
      'wrote .claude/settings.json (Claude Code)',
      'wrote .cursor/hooks.json (Cursor’s agent hooks)',
      'wrote litellm/config.yaml (a LiteLLM proxy)',
      'wrote .pre-commit-config.yaml (pre-commit)',
      'wrote .gitleaks.toml (pre-commit)',
      'wrote .github/workflows/ai-policy.yml (GitHub Actions)',
      'wrote AGENTS.md (coding agents)',
    ]);
    expect(run.stdout).toContain(
      'skipped gemini-code-assist: no approved tool has client "gemini-code-assist"',
    );
    expect(run.stdout).toContain('skipped github-copilot: no approved tool has client "github-copilot"');
    expect(read(dir, '.cursorignore')).toContain('\n/src/**\n');
  });

  it('writes byte-identical files on a second run, into another folder', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'all', '--out', 'one'], dir);
    await cli(['export', '--target', 'all', '--out', 'two'], dir);
    // Byte for byte, but for the folder each header's regenerate command names.
    for (const file of ['.cursorignore', '.claude/settings.json', 'litellm/config.yaml', 'AGENTS.md'])
      expect(read(dir, `two/${file}`).replaceAll('--out two', '--out one'), file).toBe(
        read(dir, `one/${file}`),
      );
    // Hooks run at the repository root: the policy is named from there, and the check repeats --out.
    const hooks = parse(read(dir, 'one/.pre-commit-config.yaml')).repos[0].hooks;
    expect(hooks.map((hook: {entry: string}) => hook.entry)).toContain(
      'npx --no -- ai-policy check ai-policy.yml',
    );
    expect(hooks.map((hook: {entry: string}) => hook.entry)).toContain(
      'npx --no -- ai-policy export ai-policy.yml --target all --check --out one',
    );
  });

  it('--check fails after a hand edit, naming the file and the first differing line, and passes after re-export', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'all'], dir);
    expect(await cli(['export', '--target', 'all', '--check'], dir)).toMatchObject({code: 0});

    const cursorignore = read(dir, '.cursorignore');
    writeFileSync(path.join(dir, '.cursorignore'), cursorignore.replace('\n/src/**\n', '\n/src/\n'));
    const line = cursorignore.split('\n').indexOf('/src/**') + 1;
    const edited = await cli(['export', '--target', 'all', '--check'], dir);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(
      `.cursorignore:${line}: differs from what ai-policy.yml generates\n  expected: "/src/**"\n  found:    "/src/"\n`,
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

  it('--check fails when a file the policy gives content to is missing, with one target or all', async () => {
    const dir = repoWithPolicy();
    const named = await cli(['export', '--target', 'cursor', '--check'], dir);
    expect(named).toMatchObject({code: 1});
    expect(named.stderr).toContain('.cursorignore: missing; the policy gives it content');
    await cli(['export', '--target', 'all'], dir);
    expect(await cli(['export', '--target', 'all', '--check'], dir)).toMatchObject({code: 0});
    rmSync(path.join(dir, 'AGENTS.md'));
    const all = await cli(['export', '--target', 'all', '--check'], dir);
    expect(all.code).toBe(1);
    expect(all.stderr).toContain('AGENTS.md: missing; the policy gives it content');
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

describe('ai-policy export --target oscal', () => {
  it('writes the OSCAL component definition only when named, and --check compares it', async () => {
    const dir = repoWithPolicy(`${POLICY}compliance: [soc2]\n`);
    const all = await cli(['export', '--target', 'all'], dir);
    expect(all.code).toBe(0);
    expect(existsSync(path.join(dir, 'ai-policy.oscal.json'))).toBe(false);

    const written = await cli(['export', '--target', 'oscal'], dir);
    expect(written).toMatchObject({code: 0});
    expect(written.stdout).toContain(
      'wrote ai-policy.oscal.json (GRC tools that import an OSCAL component definition)',
    );
    const oscal = JSON.parse(read(dir, 'ai-policy.oscal.json'));
    expect(oscal['component-definition'].components[0].type).toBe('policy');
    expect(await cli(['export', '--target', 'oscal', '--check'], dir)).toMatchObject({code: 0});

    // One the export wrote, since edited: a difference, at its line.
    const text = read(dir, 'ai-policy.oscal.json');
    writeFileSync(path.join(dir, 'ai-policy.oscal.json'), text.replace('"type": "policy"', '"type": "plan"'));
    const stale = await cli(['export', '--target', 'oscal', '--check'], dir);
    expect(stale.code).toBe(1);
    const line = text.split('\n').findIndex((entry) => entry.includes('"type": "policy"')) + 1;
    expect(stale.stderr).toContain(`ai-policy.oscal.json:${line}: differs from what ai-policy.yml generates`);
    expect(stale.stderr).toContain('Regenerate with: npx ai-policy export ai-policy.yml --target oscal');

    // One a person wrote is never replaced, without --force.
    writeFileSync(path.join(dir, 'ai-policy.oscal.json'), '{}\n');
    const foreign = await cli(['export', '--target', 'oscal'], dir);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(
      'ai-policy.oscal.json: not written: it exists and was not written by ai-policy export',
    );
    expect(read(dir, 'ai-policy.oscal.json')).toBe('{}\n');
    expect(await cli(['export', '--target', 'oscal', '--force'], dir)).toMatchObject({code: 0});
    expect(read(dir, 'ai-policy.oscal.json')).toBe(text);

    const typo = await cli(['export', '--target', 'oscl'], dir);
    expect(typo.stderr).toContain('(did you mean "oscal"?)');
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

  it('runs the secret scan and the policy checks at the commit stage, and the trailer check at commit-msg only when a trailer is set', async () => {
    const dir = repoWithPolicy();
    await cli(['export', '--target', 'pre-commit'], dir);
    const config = parse(read(dir, '.pre-commit-config.yaml'));
    expect(config.default_install_hook_types).toEqual(['pre-commit', 'commit-msg']);
    // One local entry, nothing for pre-commit to download.
    expect(config.repos).toHaveLength(1);
    const local = config.repos[0];
    expect(local.repo).toBe('local');
    expect(local.hooks.map((hook: {id: string}) => hook.id)).toEqual([
      'ai-policy-gitleaks',
      'ai-policy-check',
      'ai-policy-export-check',
      'ai-policy-commit-trailer',
    ]);
    for (const hook of local.hooks) expect(hook.language).toBe('system');
    expect(local.hooks.map((hook: {stages: string[]}) => hook.stages)).toEqual([
      ['commit'],
      ['commit'],
      ['commit'],
      ['commit-msg'],
    ]);
    expect(local.hooks[1]).toMatchObject({
      entry: 'npx --no -- ai-policy check ai-policy.yml',
      files: '^ai-policy\\.yml$',
    });
    // The export check runs on every commit: pre-commit passes no deleted file to a `files` filter.
    expect(local.hooks[2]).toMatchObject({always_run: true});

    const quiet = repoWithPolicy(POLICY.replace(/^disclosure:.*\n/m, ''));
    await cli(['export', '--target', 'pre-commit'], quiet);
    const withoutTrailer = parse(read(quiet, '.pre-commit-config.yaml'));
    expect(withoutTrailer.default_install_hook_types).toBeUndefined();
    expect(withoutTrailer.repos[0].hooks.map((hook: {id: string}) => hook.id)).not.toContain(
      'ai-policy-commit-trailer',
    );
  });
});

describe('the commit-trailer hook on a real git commit', () => {
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
      {cwd, encoding: 'utf8', env: CLEAN_SHELL_ENV},
    );

  it('accepts an approved tool and no trailer, and refuses a prohibited or unknown tool', async () => {
    const dir = repoWithPolicy();
    expect(git(dir, ['init', '-q']).status).toBe(0);
    // The package installed in the repository, where the hook's npx finds it.
    writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
    installCli(dir);

    await cli(['export', '--target', 'pre-commit'], dir);
    const hook = parse(read(dir, '.pre-commit-config.yaml')).repos[0].hooks.find(
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

  it('refuses a prohibited tool named anywhere in the trailer, and AI co-author trailers of tools not approved', async () => {
    const dir = repoWithPolicy();
    const check = async (message: string) => {
      writeFileSync(path.join(dir, 'MSG'), message);
      return cli(['check-commit-msg', 'MSG'], dir);
    };
    const viaRouter = await check('Refactor\n\nAssisted-by: Cursor (DeepSeek via OpenRouter)\n');
    expect(viaRouter.code).toBe(1);
    expect(viaRouter.stderr).toContain('"DeepSeek" is a prohibited tool in the AI policy');

    // Claude Code writes this trailer itself; it is approved here.
    expect(await check('Refactor\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n')).toMatchObject({
      code: 0,
    });
    // Copilot's agent is not an approved tool of this policy, whatever the Assisted-by trailer says.
    const copilot = await check(
      'Refactor\n\nAssisted-by: Cursor\nCo-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>\n',
    );
    expect(copilot.code).toBe(1);
    expect(copilot.stderr).toContain(
      'MSG:4: Co-authored-by: Copilot <198982749+Copilot@users.noreply.github.com>\n  is GitHub Copilot, an AI agent that is not an approved tool (no approved tool has client github-copilot)',
    );
    // A person as co-author is not an AI tool.
    expect(await check('Refactor\n\nCo-authored-by: Ada <ada@example.com>\n')).toMatchObject({code: 0});
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
