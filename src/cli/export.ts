import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {suggest} from '../config/suggest.js';
import {
  DOCUMENT_TARGET_INFO,
  DOCUMENT_TARGETS,
  type DocumentTargetName,
  EXPORT_TARGET_INFO,
  EXPORT_TARGETS,
  type ExportTargetName,
  exportPolicy,
  targetText,
} from '../export/index.js';
import {loadPolicy} from '../store/policy-store.js';
import {parseCommandArgs, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

const TARGET_NAMES: readonly string[] = [...EXPORT_TARGETS, ...DOCUMENT_TARGETS];

/**
 * `--target cursor --target claude-code`, `--target cursor,claude-code` or `--target all`. `all` is every
 * enforcement target; a document target (`oscal`) is written only when named.
 */
export function parseTargets(values: string[] | undefined): {
  targets: ExportTargetName[];
  documents: DocumentTargetName[];
  all: boolean;
} {
  const names = (values ?? []).flatMap((value) => value.split(',')).map((name) => name.trim());
  if (names.length === 0 || names.every((name) => name === ''))
    throw new UsageError(`--target is required: one of ${TARGET_NAMES.join(', ')}, or all`, true);
  const documents = DOCUMENT_TARGETS.filter((name) => names.includes(name));
  if (names.includes('all')) return {targets: [...EXPORT_TARGETS], documents, all: true};
  const targets: ExportTargetName[] = [];
  for (const name of names.filter((candidate) => candidate !== '')) {
    if (!TARGET_NAMES.includes(name)) {
      const hint = suggest(name, [...TARGET_NAMES, 'all']);
      throw new UsageError(
        `unknown target "${name}"; targets: ${TARGET_NAMES.join(', ')}, all${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
    if ((EXPORT_TARGETS as readonly string[]).includes(name)) targets.push(name as ExportTargetName);
  }
  return {targets, documents, all: false};
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
  const {targets, documents, all} = parseTargets(values.target);
  const file = resolvePolicyFile(positionals, io.cwd);
  const outDir = path.resolve(io.cwd, values.out ?? '.');
  const policyFile = path.relative(outDir, file).split(path.sep).join('/') || path.basename(file);
  const policy = await loadPolicy(file);
  const {document} = policy;
  const enforcement = exportPolicy(document, {policyFile}, targets);
  const result = {
    skipped: enforcement.skipped,
    files: [
      ...enforcement.files.map((entry) => ({...entry, reader: targetText(entry.target, 'reader')})),
      ...documents.map((name) => ({
        path: DOCUMENT_TARGET_INFO[name].file,
        content: DOCUMENT_TARGET_INFO[name].render(document, {version: policy.version}),
        reader: DOCUMENT_TARGET_INFO[name].reader,
      })),
    ],
  };
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
        `Regenerate with: npx ai-policy export ${displayPolicy} --target ${[...(all ? ['all'] : targets), ...documents].join(',')}${values.out ? ` --out ${values.out}` : ''}\n`,
      );
      return 1;
    }
    io.stdout.write(`${checked} file${checked === 1 ? '' : 's'} match ${displayPolicy}\n`);
    return 0;
  }

  for (const exported of result.files) {
    const target = path.join(outDir, exported.path);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, exported.content);
    io.stdout.write(`wrote ${display(exported.path)} (${exported.reader})\n`);
  }
  for (const stale of staleFiles)
    io.stderr.write(`note: ${display(stale)} exists, but the policy generates nothing for it; delete it\n`);
  return failed ? 1 : 0;
}
