import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {parseWithBaselines} from '../config/layers.js';
import {parsePolicyYaml} from '../config/parse.js';
import {PolicyConfigError} from '../config/problems.js';
import type {PolicyConfig} from '../config/schema.js';
import {policyVersion} from '../config/version.js';
import {diffPolicies} from '../diff/diff.js';
import {renderDiffMarkdown} from '../diff/markdown.js';
import type {PolicyDiffJson} from '../diff/model.js';
import {GitError, runGit} from '../history/git.js';
import {parseCommandArgs, parseLocale, parseToday, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

interface Side {
  label: string;
  source: string;
  /** How located problems name this side: the file, or `<rev>:<path>`. */
  problemFile: string;
  /**
   * Where the side's `extends` paths are resolved from: the file itself, or for a git revision the working
   * policy file (its baselines are read as they are now).
   */
  file: string;
}

/**
 * `ai-policy diff <base> [<head>]`: what changes in meaning between two versions of the policy. Each side is
 * a file, or a git revision of the policy file in this repository (`git show <rev>:<path>`), or an explicit
 * `<rev>:<path>`; head defaults to the working file. Prints Markdown (for a pull-request comment) or JSON.
 */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    format: {type: 'string', default: 'md'},
    file: {type: 'string'},
    today: {type: 'string'},
    baseline: {type: 'boolean', default: false},
    locale: {type: 'string'},
  });
  const language = parseLocale(values.locale);
  if (values.format !== 'md' && values.format !== 'json')
    throw new UsageError({id: 'format', slots: {choices: 'md, json', value: values.format, hint: 'none'}});
  if (values.baseline && positionals.length > 1) throw new UsageError({id: 'diff-baseline-files'}, true);
  if (positionals.length === 0 && !values.baseline) throw new UsageError({id: 'diff-no-base'}, true);
  if (positionals.length > 2)
    throw new UsageError({id: 'diff-too-many-sides', slots: {count: positionals.length}}, true);
  const today = parseToday(values.today);

  const policyFile = resolvePolicyFile(
    values.baseline && positionals.length === 1 ? positionals : values.file ? [values.file] : [],
    io.cwd,
  );
  const [baseArg, headArg] = positionals as [string, string | undefined];
  const [base, head] = values.baseline
    ? await baselineSides(policyFile, io.cwd)
    : await Promise.all([
        readSide(baseArg, policyFile, io.cwd),
        headArg === undefined ? readWorkingFile(policyFile, io.cwd) : readSide(headArg, policyFile, io.cwd),
      ]);

  // Both sides are validated before anything is printed, and every problem of both is reported. A side
  // that extends baselines is compared as the policy it resolves to.
  const parsed = await Promise.all(
    [base, head].map((side) =>
      parseWithBaselines(side.source, side.file, {
        readText: (file) => readFile(file, 'utf8'),
        display: (file) => (file === side.file ? side.problemFile : displayPath(file, io.cwd)),
      }),
    ),
  );
  const problems = parsed.flatMap((result) => (result.ok ? [] : result.problems));
  if (problems.length > 0) throw new PolicyConfigError(problems);
  const [baseConfig, headConfig] = parsed.map((result) => {
    if (!result.ok) throw new PolicyConfigError(result.problems);
    return result.config;
  }) as [PolicyConfig, PolicyConfig];

  const changes = diffPolicies(baseConfig, headConfig, {asOf: today});
  const baseSide = {label: base.label, version: policyVersion(baseConfig)};
  const headSide = {label: head.label, version: policyVersion(headConfig)};
  if (values.format === 'json') {
    const json: PolicyDiffJson = {schemaVersion: 1, base: baseSide, head: headSide, changes};
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout.write(renderDiffMarkdown({base: baseSide, head: headSide, changes, language}));
  }
  return 0;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

async function readWorkingFile(policyFile: string, cwd: string): Promise<Side> {
  const label = displayPath(policyFile, cwd);
  try {
    return {label, source: await readFile(policyFile, 'utf8'), problemFile: label, file: policyFile};
  } catch {
    throw new UsageError({id: 'diff-no-policy-file', slots: {file: label}});
  }
}

/**
 * `diff --baseline`: what this team's file adds to its baselines. The base side is the file's `extends`
 * alone, resolved from the file's own folder: exactly the policy the baselines make before the overlay.
 */
async function baselineSides(policyFile: string, cwd: string): Promise<[Side, Side]> {
  const head = await readWorkingFile(policyFile, cwd);
  const yaml = parsePolicyYaml(head.source, head.problemFile);
  if (!yaml.ok) throw new PolicyConfigError(yaml.problems);
  const written = yaml.raw.extends;
  if (written === undefined) throw new UsageError({id: 'diff-no-extends', slots: {file: head.label}});
  const names = (Array.isArray(written) ? written : [written]).map(String);
  const base: Side = {
    label: names.join(', '),
    source: `extends: ${JSON.stringify(written)}\n`,
    problemFile: head.problemFile,
    file: policyFile,
  };
  return [base, head];
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

/** A side: a file when one exists at that path, else a git revision (or `<rev>:<path>`). */
async function readSide(arg: string, policyFile: string, cwd: string): Promise<Side> {
  const asFile = path.resolve(cwd, arg);
  if (await isFile(asFile)) {
    const label = displayPath(asFile, cwd);
    return {label, source: await readFile(asFile, 'utf8'), problemFile: label, file: asFile};
  }
  const explicit = arg.includes(':');
  const relative = path.relative(cwd, policyFile).split(path.sep).join('/');
  // `<rev>:./<path>` is relative to git's working directory, which is the CLI's.
  const spec = explicit ? arg : `${arg}:${relative.startsWith('../') ? relative : `./${relative}`}`;
  const revision = explicit ? arg.slice(0, arg.indexOf(':')) : arg;
  const filePart = explicit ? arg.slice(arg.indexOf(':') + 1) : relative;
  try {
    const output = await runGit(['show', spec], {cwd});
    return {
      label: arg,
      source: output.toString('utf8'),
      problemFile: explicit ? arg : `${arg}:${relative}`,
      file: explicit ? path.resolve(cwd, filePart) : policyFile,
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (error.kind === 'no-git') throw new UsageError({id: 'diff-no-git', slots: {side: arg}});
    if (error.kind === 'not-a-repository')
      throw new UsageError({id: 'diff-not-a-repository', slots: {side: arg, dir: cwd}});
    if (/does not exist in|exists on disk, but not in/.test(error.detail))
      throw new UsageError({
        id: 'diff-not-in-revision',
        slots: {file: filePart, revision, prefix: `${revision}:`},
      });
    if (
      /invalid object name|unknown revision|bad revision|ambiguous argument|not a valid object name/i.test(
        error.detail,
      )
    )
      throw new UsageError({id: 'diff-unknown-revision', slots: {revision}});
    // git's own words follow ours, as git gives them.
    throw new UsageError({id: 'diff-cannot-read', slots: {side: arg, detail: error.detail}});
  }
}
