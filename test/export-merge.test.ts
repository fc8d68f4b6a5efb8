/**
 * `ai-policy export` in a repository where people already wrote files: their `.claude/settings.json`,
 * `AGENTS.md` and `.pre-commit-config.yaml` keep every line they wrote, a file the export cannot merge into
 * is refused (and replaced only with `--force`), and the generated pre-commit config runs offline under
 * Debian's pre-commit, failing when a generated file is deleted.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Ajv} from 'ajv';
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

const POLICY = cliPolicy('**/.env');

const HAND_SETTINGS = {
  permissions: {allow: ['Bash(npm run test:*)'], deny: ['Bash(rm -rf *)']},
  hooks: {
    PostToolUse: [{matcher: 'Edit', hooks: [{type: 'command', command: 'npx biome format --write'}]}],
  },
  enabledMcpjsonServers: ['github'],
};
const HAND_AGENTS = '# Working here\n\nUse pnpm, never npm. Run `pnpm test` before you push.\n';
const HAND_PRE_COMMIT = `# Our own hooks: keep them.
repos:
  - repo: local
    hooks:
      - id: no-todo
        name: No TODO in staged files
        entry: sh -c '! grep -n TODO "$@"' --
        language: system
        files: \\.ts$
`;

const newFolder = temporaryFolders('ai-policy-merge-');
const repoWithPolicy = (files: Record<string, string> = {}) => newFolder({'ai-policy.yml': POLICY, ...files});

describe('a file someone wrote survives export', () => {
  it('.claude/settings.json keeps every key and rule it had; a re-export replaces only the export’s own rules', async () => {
    // With a standard agreement, Claude Code may not receive internal code (src/**) either.
    const standard = POLICY.replace('Claude Code, agreement: enterprise', 'Claude Code, agreement: standard');
    const dir = repoWithPolicy({
      'ai-policy.yml': standard,
      '.claude/settings.json': JSON.stringify(HAND_SETTINGS, null, 4),
    });
    const run = await cli(['export', '--target', 'claude-code'], dir);
    expect(run).toMatchObject({code: 0});
    expect(run.stdout).toContain('merged into .claude/settings.json');
    const merged = JSON.parse(read(dir, '.claude/settings.json'));
    // The user's hook stays; the export's PreToolUse hook is added beside it.
    expect(merged.hooks.PostToolUse).toEqual(HAND_SETTINGS.hooks.PostToolUse);
    expect(merged.hooks.PreToolUse[0].hooks[0].command).toContain('ai-policy hook claude-code');
    expect(merged.enabledMcpjsonServers).toEqual(['github']);
    expect(merged.permissions.allow).toEqual(['Bash(npm run test:*)']);
    expect(merged.permissions.deny[0]).toBe('Bash(rm -rf *)');
    expect(merged.permissions.deny).toContain('Read(/secrets/**)');
    expect(merged.permissions.deny).toContain('Read(/src/**)');

    const schema = JSON.parse(
      readFileSync(new URL('schemas/claude-code-settings.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv({strict: false, validateFormats: false}).compile(schema);
    expect(validate(merged), JSON.stringify(validate.errors)).toBe(true);
    expect(await cli(['export', '--target', 'claude-code', '--check'], dir)).toMatchObject({code: 0});

    // With an enterprise agreement Claude Code may receive internal code: the src/** rules go, the user's stay.
    writeFileSync(path.join(dir, 'ai-policy.yml'), POLICY);
    expect(await cli(['export', '--target', 'claude-code', '--check'], dir)).toMatchObject({code: 1});
    await cli(['export', '--target', 'claude-code'], dir);
    const again = JSON.parse(read(dir, '.claude/settings.json'));
    expect(again.permissions.deny).not.toContain('Read(/src/**)');
    expect(again.permissions.deny).toContain('Read(/secrets/**)');
    expect(again.permissions.deny[0]).toBe('Bash(rm -rf *)');
    expect(again.hooks.PostToolUse).toEqual(HAND_SETTINGS.hooks.PostToolUse);
    expect(again.hooks.PreToolUse).toHaveLength(1);
  });

  it('replaces the files an earlier export wrote whole, rules included, instead of keeping them beside the new ones', async () => {
    const legacySettings = {
      $schema: 'https://json.schemastore.org/claude-code-settings.json',
      permissions: {deny: ['Read(./secrets/**)', 'Read(./**/.env*)']},
    };
    const legacyIgnore =
      '# Generated from ai-policy.yml by docusaurus-plugin-ai-policy. Do not edit by hand:\n# ...\n\nsecrets/**\n';
    const dir = repoWithPolicy({
      '.claude/settings.json': JSON.stringify(legacySettings, null, 2),
      '.cursorignore': legacyIgnore,
    });
    expect(await cli(['export', '--target', 'claude-code,cursor'], dir)).toMatchObject({code: 0});
    const deny: string[] = JSON.parse(read(dir, '.claude/settings.json')).permissions.deny;
    expect(deny.filter((rule) => rule.startsWith('Read(./'))).toEqual([]);
    expect(deny).toContain('Read(/secrets/**)');
    const cursorignore = read(dir, '.cursorignore');
    expect(cursorignore.startsWith('# >>> ai-policy')).toBe(true);
    expect(cursorignore).not.toContain('\nsecrets/**\n');
  });

  it('AGENTS.md keeps its text; the policy goes in a marked block that a re-export replaces in place', async () => {
    const dir = repoWithPolicy({'AGENTS.md': HAND_AGENTS});
    await cli(['export', '--target', 'agents-md'], dir);
    const first = read(dir, 'AGENTS.md');
    expect(first.startsWith(HAND_AGENTS)).toBe(true);
    expect(first).toContain('AI policy for coding agents: Acme Corp');
    writeFileSync(path.join(dir, 'AGENTS.md'), `${first}\n## Notes\n\nAsk before adding a dependency.\n`);
    expect(await cli(['export', '--target', 'agents-md', '--check'], dir)).toMatchObject({code: 0});

    writeFileSync(path.join(dir, 'ai-policy.yml'), POLICY.replace('Acme Corp', 'Acme Group'));
    await cli(['export', '--target', 'agents-md'], dir);
    const second = read(dir, 'AGENTS.md');
    expect(second.startsWith(HAND_AGENTS)).toBe(true);
    expect(second).toContain('AI policy for coding agents: Acme Group');
    expect(second).not.toContain('Acme Corp');
    expect(second.endsWith('## Notes\n\nAsk before adding a dependency.\n')).toBe(true);
    expect(second.match(/>>> ai-policy/g)).toHaveLength(1);
  });

  it('.pre-commit-config.yaml keeps its hooks and comments, and gains one entry of the export’s own', async () => {
    const dir = repoWithPolicy({'.pre-commit-config.yaml': HAND_PRE_COMMIT});
    await cli(['export', '--target', 'pre-commit'], dir);
    const text = read(dir, '.pre-commit-config.yaml');
    expect(text).toContain('# Our own hooks: keep them.');
    const config = parse(text);
    expect(config.repos[0].hooks[0].id).toBe('no-todo');
    expect(config.repos[1].hooks.map((hook: {id: string}) => hook.id)).toContain('ai-policy-export-check');
    expect(config.default_install_hook_types).toEqual(['pre-commit', 'commit-msg']);
    // A second export replaces its own entry and nothing else.
    await cli(['export', '--target', 'pre-commit'], dir);
    expect(read(dir, '.pre-commit-config.yaml')).toBe(text);
    expect(await cli(['export', '--target', 'pre-commit', '--check'], dir)).toMatchObject({code: 0});
  });

  it('refuses a file it cannot merge and did not write, says what differs, and replaces it with --force', async () => {
    const mine = 'model_list:\n  - model_name: local\n    litellm_params: {model: ollama/llama3}\n';
    const dir = repoWithPolicy({'litellm/config.yaml': mine});
    const refused = await cli(['export', '--target', 'litellm'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'litellm/config.yaml: not written: it exists and was not written by ai-policy export. First difference at line 1',
    );
    expect(refused.stderr).toContain('rerun with --force');
    expect(read(dir, 'litellm/config.yaml')).toBe(mine);
    expect(await cli(['export', '--target', 'litellm', '--force'], dir)).toMatchObject({code: 0});
    expect(read(dir, 'litellm/config.yaml')).not.toBe(mine);
  });
});

describe('the generated pre-commit config under Debian’s pre-commit, offline', () => {
  const hasPreCommit = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0;
  const env = {
    ...CLEAN_SHELL_ENV,
    // No proxy and no package index: a hook that needed a download would fail.
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    PIP_NO_INDEX: '1',
  };
  const run = (cwd: string, command: string, args: string[]) =>
    spawnSync(command, args, {
      cwd,
      encoding: 'utf8',
      env: {...env, PRE_COMMIT_HOME: path.join(cwd, '.pre-commit-home')},
    });

  it.skipIf(!hasPreCommit && !process.env.CI)(
    'passes `pre-commit run --all-files` in a clean repository, and fails once a generated file is deleted',
    async () => {
      expect(hasPreCommit, 'pre-commit is not installed (apt-get install -y pre-commit)').toBe(true);
      const dir = repoWithPolicy({
        '.gitignore': '.pre-commit-home/\nnode_modules/\n',
        'package.json': '{}\n',
      });
      installCli(dir);
      expect(run(dir, 'git', ['init', '-q']).status).toBe(0);
      expect(await cli(['export', '--target', 'all'], dir)).toMatchObject({code: 0});
      run(dir, 'git', ['add', '-A']);

      const clean = run(dir, 'pre-commit', ['run', '--all-files']);
      expect(clean.status, clean.stdout + clean.stderr).toBe(0);
      expect(clean.stdout).toMatch(/AI policy exports are present and up to date\.+Passed/);

      rmSync(path.join(dir, '.cursorignore'));
      run(dir, 'git', ['add', '-A']);
      const deleted = run(dir, 'pre-commit', ['run', '--all-files']);
      expect(deleted.status).not.toBe(0);
      expect(deleted.stdout).toContain('.cursorignore: missing; the policy gives it content');
    },
  );
});
