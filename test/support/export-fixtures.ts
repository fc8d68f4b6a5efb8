/**
 * What the export tests share: the policy the CLI tests export, throwaway folders removed after the test
 * file, a git repository holding a tree of paths with git's own ignore matcher run in it, and the built
 * CLI installed in a repository the way a project's `npm install` would put it there.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, expect} from 'vitest';
import {runCliCaptured} from './cli.js';

/** The built CLI: what a hook or `npx ai-policy` runs in a user's repository. */
export const BIN = fileURLToPath(new URL('../../lib/cli/main.js', import.meta.url));

/**
 * Two coding tools with clients (one with a model), a prohibited tool, a commit trailer and three classes,
 * the secrets class matching `envFiles` (the CLI tests use `**\/.env*`, the merge tests `**\/.env`).
 */
export function cliPolicy(envFiles: string): string {
  return `organization: Acme Corp
effectiveDate: 2026-06-15
tools:
  - {name: Claude Code, agreement: enterprise, client: claude-code, models: [anthropic/claude-sonnet-4]}
  - {name: Cursor, agreement: standard, client: cursor}
prohibitedTools: [DeepSeek]
disclosure: {commitTrailer: "Assisted-by: <tool>"}
dataClasses:
  - {id: public, name: Public, rule: any-approved-tool}
  - {id: internal, name: Internal code, rule: enterprise-agreement-only, paths: [src/**]}
  - {id: secrets, name: Secrets, rule: never, paths: ["${envFiles}", secrets/**]}
`;
}

/** Writes each file (its folders too) under `dir`. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    writeFileSync(path.join(dir, file), content);
  }
}

/**
 * A maker of new folders named `prefix…` in the system's temporary directory, holding the given files;
 * every folder it made is removed after the test file. Call it at the top of the test file.
 */
export function temporaryFolders(prefix: string): (files?: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, {recursive: true, force: true});
  });
  return (files = {}) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    made.push(dir);
    writeTree(dir, files);
    return dir;
  };
}

/** A new git repository in `dir` holding each of `paths` with one line of content. */
export function repositoryHolding(dir: string, paths: readonly string[]): string {
  expect(spawnSync('git', ['init', '-q'], {cwd: dir}).status).toBe(0);
  writeTree(dir, Object.fromEntries(paths.map((file) => [file, 'content\n'])));
  return dir;
}

/** Which of `paths` git's own matcher excludes with `rules` as the repository's root ignore file. */
export function ignoredByGit(dir: string, rules: string, paths: readonly string[]): Set<string> {
  writeFileSync(path.join(dir, '.git', 'info', 'exclude'), rules);
  // -z: paths with spaces, brackets and unicode go in and come out unquoted.
  const run = spawnSync(
    'git',
    ['-c', 'core.quotePath=false', 'check-ignore', '--no-index', '-z', '--stdin'],
    {
      cwd: dir,
      input: `${paths.join('\0')}\0`,
      encoding: 'utf8',
    },
  );
  // 0: some paths are ignored, 1: none are; anything else is an error.
  expect([0, 1], run.stderr).toContain(run.status);
  return new Set(run.stdout.split('\0').filter(Boolean));
}

/** The environment of a clean shell: no npm script or outer git hook variables leaking in. */
export const CLEAN_SHELL_ENV: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith('npm_') && !key.startsWith('GIT_')),
);

/** The built CLI as `node_modules/.bin/ai-policy` of the project in `dir`, where a hook's npx finds it. */
export function installCli(dir: string): void {
  expect(existsSync(BIN), 'lib/cli/main.js is missing: run `npm run build` first').toBe(true);
  mkdirSync(path.join(dir, 'node_modules', '.bin'), {recursive: true});
  symlinkSync(BIN, path.join(dir, 'node_modules', '.bin', 'ai-policy'));
}

/** `ai-policy <argv>` run in `cwd`. */
export const cli = (argv: string[], cwd: string) => runCliCaptured(argv, {cwd});

/** The text of `file` under `dir`. */
export const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
