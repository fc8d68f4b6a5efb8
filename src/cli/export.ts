import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {suggest} from '../config/suggest.js';
import {
  EXPORT_TARGET_INFO,
  EXPORT_TARGETS,
  type ExportTargetName,
  exportPolicy,
  targetText,
} from '../export/index.js';
import {loadPolicy} from '../store/policy-store.js';
import {parseCommandArgs, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

/** `--target cursor --target claude-code`, `--target cursor,claude-code` or `--target all`. */
export function parseTargets(values: string[] | undefined): {targets: ExportTargetName[]; all: boolean} {
  const names = (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (names.length === 0 || names.every((name) => name === ''))
    throw new UsageError(`--target is required: one of ${EXPORT_TARGETS.join(', ')}, or all`, true);
  if (names.includes('all')) return {targets: [...EXPORT_TARGETS], all: true};
  const targets: ExportTargetName[] = [];
  for (const name of names.filter((candidate) => candidate !== '')) {
    if (!(EXPORT_TARGETS as readonly string[]).includes(name)) {
      const hint = suggest(name, [...EXPORT_TARGETS, 'all']);
      throw new UsageError(
        `unknown target "${name}"; targets: ${EXPORT_TARGETS.join(', ')}, all${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
    targets.push(name as ExportTargetName);
  }
  return {targets, all: false};
}

/** Lines of a text; the newline that ends the last line does not start another. */
const linesOf = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');

/** The first line where two texts differ (1-based), with both lines (null past the end); null when equal. */
export function firstDifference(
  expected: string,
  found: string,
): {line: number; expected: string | null; found: string | null} | null {
  if (expected === found) return null;
  const a = linesOf(expected);
  const b = linesOf(found);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return {line: index + 1, expected: a[index] ?? null, found: b[index] ?? null};
  }
  // Only the newline at the end of the file differs.
  return {line: a.length, expected: `${a.at(-1) ?? ''}⏎`, found: b.at(-1) ?? ''};
}

const shown = (line: string | null) => (line === null ? '(end of file)' : JSON.stringify(line));

/**
 * `ai-policy export`: renders the selected targets from the policy and writes them under `--out` (the
 * repository root, by default the current folder), or with `--check` writes nothing and exits 1 when a
 * committed file differs from what the policy generates. The renderers are pure; this adapter only
 * reads and writes files.
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    target: {type: 'string', multiple: true},
    out: {type: 'string'},
    check: {type: 'boolean'},
  });
  const {targets, all} = parseTargets(values.target);
  const file = resolvePolicyFile(positionals, io.cwd);
  const outDir = path.resolve(io.cwd, values.out ?? '.');
  const policyFile = path.relative(outDir, file).split(path.sep).join('/') || path.basename(file);
  const {document} = await loadPolicy(file);
  const result = exportPolicy(document, {policyFile}, targets);
  const displayPolicy = path.relative(io.cwd, file) || file;
  const display = (relative: string) => path.relative(io.cwd, path.join(outDir, relative)) || relative;

  let failed = false;
  const staleFiles: string[] = [];
  for (const skipped of result.skipped) {
    const info = EXPORT_TARGET_INFO[skipped.name];
    const present = [];
    for (const relative of info.files)
      if ((await readFile(path.join(outDir, relative), 'utf8').catch(() => null)) !== null)
        present.push(relative);
    staleFiles.push(...present);
    if (!all) failed = true;
    if (all) io.stdout.write(`skipped ${skipped.name}: ${skipped.reason}\n`);
    else io.stderr.write(`nothing to write for ${skipped.name}: ${skipped.reason}\n`);
  }

  if (values.check) {
    let checked = 0;
    for (const exported of result.files) {
      const found = await readFile(path.join(outDir, exported.path), 'utf8').catch(() => null);
      if (found === null) {
        if (all) io.stdout.write(`not present, not checked: ${display(exported.path)}\n`);
        else {
          failed = true;
          io.stderr.write(`${display(exported.path)}: missing; the policy generates it\n`);
        }
        continue;
      }
      checked++;
      const difference = firstDifference(exported.content, found.replace(/\r\n/g, '\n'));
      if (difference) {
        failed = true;
        io.stderr.write(
          `${display(exported.path)}:${difference.line}: differs from what ${displayPolicy} generates\n` +
            `  expected: ${shown(difference.expected)}\n  found:    ${shown(difference.found)}\n`,
        );
      }
    }
    for (const stale of staleFiles) {
      failed = true;
      io.stderr.write(`${display(stale)}: the policy generates nothing for this file any more; delete it\n`);
    }
    if (failed) {
      io.stderr.write(
        `Regenerate with: npx ai-policy export ${displayPolicy} --target ${all ? 'all' : targets.join(',')}${values.out ? ` --out ${values.out}` : ''}\n`,
      );
      return 1;
    }
    io.stdout.write(`${checked} file${checked === 1 ? '' : 's'} match ${displayPolicy}\n`);
    return 0;
  }

  // Before writing anything: a file where a folder must go (`--out` an existing file, a `.claude` file)
  // would fail half-way, leaving some files written.
  for (const exported of result.files) {
    const blocking = await fileInTheWay(outDir, exported.path);
    if (blocking !== null)
      throw new UsageError(
        blocking === outDir
          ? `--out ${values.out} is a file; --out names the folder to write into (the repository root)`
          : `cannot write ${display(exported.path)}: ${path.relative(io.cwd, blocking) || blocking} is ${blocking === path.join(outDir, exported.path) ? 'a folder' : 'a file'}; nothing was written`,
      );
  }
  for (const exported of result.files) {
    const target = path.join(outDir, exported.path);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, exported.content);
    io.stdout.write(`wrote ${display(exported.path)} (${targetText(exported.target, 'reader')})\n`);
  }
  for (const stale of staleFiles)
    io.stderr.write(`note: ${display(stale)} exists, but the policy generates nothing for it; delete it\n`);
  return failed ? 1 : 0;
}

/**
 * The first path that stops `relative` from being written under `root`: an existing file where a folder
 * must be (the root itself included), or a folder where the file goes. Null when the way is clear.
 */
async function fileInTheWay(root: string, relative: string): Promise<string | null> {
  const segments = relative.split('/');
  let current = root;
  for (const [index, segment] of ['', ...segments].entries()) {
    current = segment === '' ? current : path.join(current, segment);
    const found = await stat(current).catch(() => null);
    if (found === null) return null;
    const isLast = index === segments.length;
    if (isLast ? found.isDirectory() : !found.isDirectory()) return current;
  }
  return null;
}
