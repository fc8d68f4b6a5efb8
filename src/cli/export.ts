import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {suggest} from '../config/suggest.js';
import {
  DOCUMENT_TARGET_INFO,
  DOCUMENT_TARGETS,
  type DocumentTargetName,
  EXPORT_TARGET_INFO,
  EXPORT_TARGETS,
  type ExportedFile,
  type ExportTargetName,
  exportPolicy,
  targetText,
} from '../export/index.js';
import {placeInRepository, upToDate} from '../export/merge.js';
import {localizePolicy} from '../i18n/localized-policy.js';
import {loadPolicy} from '../store/policy-store.js';
import {hintSlot, parseCommandArgs, parseLocale, resolvePolicyFile, UsageError} from './args.js';
import type {CliIo} from './io.js';

const TARGET_NAMES: readonly string[] = [...EXPORT_TARGETS, ...DOCUMENT_TARGETS];

/** Who reads a target's files, for the "wrote" line. */
const readerOf = (target: ExportedFile['target']): string =>
  (DOCUMENT_TARGETS as readonly string[]).includes(target)
    ? DOCUMENT_TARGET_INFO[target as DocumentTargetName].reader
    : targetText(target as ExportTargetName, 'reader');

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
    throw new UsageError({id: 'target-required', slots: {targets: TARGET_NAMES.join(', ')}}, true);
  const documents = DOCUMENT_TARGETS.filter((name) => names.includes(name));
  if (names.includes('all')) return {targets: [...EXPORT_TARGETS], documents, all: true};
  const targets: ExportTargetName[] = [];
  for (const name of names.filter((candidate) => candidate !== '')) {
    if (!TARGET_NAMES.includes(name)) {
      const hint = suggest(name, [...TARGET_NAMES, 'all']);
      throw new UsageError({
        id: 'unknown-target',
        slots: {target: name, targets: TARGET_NAMES.join(', '), hint: hintSlot(hint)},
      });
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

/** The nearest folder at or above `start` that holds `.git`: where pre-commit runs hooks. */
function repositoryRoot(start: string): string | null {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

const slashes = (relative: string) => relative.split(path.sep).join('/');

/**
 * `ai-policy export`: renders the selected targets from the policy and writes them under `--out` (by
 * default the current folder). A file already there that the export did not write is never overwritten:
 * its block, its owned JSON entries or its hook entry are merged in, and a file that cannot be merged is
 * refused unless `--force`. With `--check` it writes nothing and exits 1 when a file the policy gives
 * content to is missing or differs. Paths in headers and hooks are relative to the repository root (the
 * folder with `.git` above the output folder), where pre-commit runs hooks.
 */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(args, {
    target: {type: 'string', multiple: true},
    out: {type: 'string'},
    check: {type: 'boolean'},
    force: {type: 'boolean'},
    locale: {type: 'string'},
  });
  const language = parseLocale(values.locale);
  const {targets, documents, all} = parseTargets(values.target);
  const file = resolvePolicyFile(positionals, io.cwd);
  const outDir = path.resolve(io.cwd, values.out ?? '.');
  // Outside a repository, the folder the command runs in stands for its root.
  const root = repositoryRoot(outDir) ?? io.cwd;
  const policyFile = slashes(path.relative(root, file)) || path.basename(file);
  const relativeOut = slashes(path.relative(root, outDir));
  // The prose files speak the language; the others name the classes as the policy does in it.
  const policy = localizePolicy(await loadPolicy(file), language);
  const {document} = policy;
  const options = {
    policyFile,
    ...(relativeOut !== '' && {outDir: relativeOut}),
    targets: all ? 'all' : targets.join(','),
    ...(language.locale !== 'en' && {language}),
  };
  const enforcement = exportPolicy(document, options, targets);
  const result = {
    skipped: enforcement.skipped,
    files: [
      ...enforcement.files,
      // A document target's file is the export's own: one it did not write is refused like any other.
      ...documents.map(
        (name): ExportedFile => ({
          target: name,
          path: DOCUMENT_TARGET_INFO[name].file,
          content: DOCUMENT_TARGET_INFO[name].render(document, {
            version: policy.version,
            // export/ imports no Node built-in: the SHA-1 of its UUIDs comes from here.
            sha1: (bytes) => createHash('sha1').update(bytes).digest(),
          }),
          ownership: {kind: 'whole'},
        }),
      ),
    ],
  };
  const displayPolicy = path.relative(io.cwd, file) || file;
  const display = (relative: string) => path.relative(io.cwd, path.join(outDir, relative)) || relative;
  const readExisting = (relative: string) => readFile(path.join(outDir, relative), 'utf8').catch(() => null);

  let failed = false;
  const staleFiles: string[] = [];
  for (const skipped of result.skipped) {
    const info = EXPORT_TARGET_INFO[skipped.name];
    const present = [];
    for (const relative of info.files) if ((await readExisting(relative)) !== null) present.push(relative);
    staleFiles.push(...present);
    if (!all) failed = true;
    if (all) io.stdout.write(`skipped ${skipped.name}: ${skipped.reason}\n`);
    else io.stderr.write(`nothing to write for ${skipped.name}: ${skipped.reason}\n`);
  }

  if (values.check) {
    let checked = 0;
    for (const exported of result.files) {
      const found = await readExisting(exported.path);
      if (found === null) {
        failed = true;
        io.stderr.write(`${display(exported.path)}: missing; the policy gives it content\n`);
        continue;
      }
      checked++;
      const verdict = upToDate(exported, found, options);
      if ('problem' in verdict) {
        failed = true;
        io.stderr.write(`${display(exported.path)}: ${verdict.problem}\n`);
        continue;
      }
      if (verdict.same) continue;
      failed = true;
      const difference = firstDifference(verdict.content, found.replace(/\r\n/g, '\n'));
      io.stderr.write(
        `${display(exported.path)}:${difference?.line ?? 1}: differs from what ${displayPolicy} generates\n` +
          (difference
            ? `  expected: ${shown(difference.expected)}\n  found:    ${shown(difference.found)}\n`
            : ''),
      );
    }
    for (const stale of staleFiles) {
      failed = true;
      io.stderr.write(`${display(stale)}: the policy generates nothing for this file any more; delete it\n`);
    }
    if (failed) {
      io.stderr.write(
        `Regenerate with: npx ai-policy export ${displayPolicy} --target ${[...(all ? ['all'] : targets), ...documents].join(',')}${values.out ? ` --out ${values.out}` : ''}${values.locale && values.locale !== 'en' ? ` --locale ${values.locale}` : ''}\n`,
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
    const existing = await readExisting(exported.path);
    const placed = placeInRepository(exported, existing, options);
    let content: string;
    if ('problem' in placed) {
      if (!values.force) {
        failed = true;
        const difference = existing === null ? null : firstDifference(exported.content, existing);
        io.stderr.write(
          `${display(exported.path)}: not written: it ${placed.problem}.` +
            (difference
              ? ` First difference at line ${difference.line}: expected ${shown(difference.expected)}, found ${shown(difference.found)}.`
              : '') +
            ' Move it away, or rerun with --force to replace it.\n',
        );
        continue;
      }
      content = exported.content;
    } else content = placed.content;
    if (existing === content) {
      io.stdout.write(`unchanged ${display(exported.path)} (${readerOf(exported.target)})\n`);
      continue;
    }
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, content);
    const how = existing === null || content === exported.content ? 'wrote' : 'merged into';
    io.stdout.write(`${how} ${display(exported.path)} (${readerOf(exported.target)})\n`);
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
