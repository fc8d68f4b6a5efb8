import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {suggest} from '../config/suggest.js';
import type {PolicyLanguage} from '../engine/context.js';
import {targetMessage} from '../engine/enforcement.js';
import {isEnglishLocale, type MessageId, messageText} from '../engine/messages.js';
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
/** Who reads a target's file: in the locale for a client's file; a document target's reader is a tool's name. */
const readerOf = (target: ExportedFile['target'], language: PolicyLanguage): string =>
  (DOCUMENT_TARGETS as readonly string[]).includes(target)
    ? DOCUMENT_TARGET_INFO[target as DocumentTargetName].reader
    : isEnglishLocale(language.locale)
      ? targetText(target as ExportTargetName, 'reader')
      : messageText(
          language,
          targetMessage(target as ExportTargetName, 'reader'),
          EXPORT_TARGET_INFO[target as ExportTargetName].terms,
        );

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

  // The command's own sentences are the locale's (`cli.export.*`); a target's reason and a file's problem
  // come from the exporters, which speak English.
  const t = (id: string, slots: Record<string, string | number> = {}) =>
    messageText(language, `cli.export.${id}` as MessageId, slots);
  const shownIn = (line: string | null) => (line === null ? t('end-of-file') : JSON.stringify(line));
  // The two labels padded to one width, so the lines they quote start in the same column.
  const expectedFound = (expected: string | null, found: string | null) => {
    const [expectedLabel, foundLabel] = [t('expected'), t('found')];
    const width = Math.max(expectedLabel.length, foundLabel.length);
    return `  ${expectedLabel.padEnd(width)} ${shownIn(expected)}\n  ${foundLabel.padEnd(width)} ${shownIn(found)}\n`;
  };
  let failed = false;
  const staleFiles: string[] = [];
  for (const skipped of result.skipped) {
    const info = EXPORT_TARGET_INFO[skipped.name];
    const present = [];
    for (const relative of info.files) if ((await readExisting(relative)) !== null) present.push(relative);
    staleFiles.push(...present);
    if (!all) failed = true;
    if (all) io.stdout.write(`${t('skipped', {target: skipped.name, reason: skipped.reason ?? ''})}\n`);
    else io.stderr.write(`${t('nothing-to-write', {target: skipped.name, reason: skipped.reason ?? ''})}\n`);
  }

  if (values.check) {
    let checked = 0;
    for (const exported of result.files) {
      const found = await readExisting(exported.path);
      if (found === null) {
        failed = true;
        io.stderr.write(`${t('missing', {file: display(exported.path)})}\n`);
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
        `${t('differs', {place: `${display(exported.path)}:${difference?.line ?? 1}`, policy: displayPolicy})}\n` +
          (difference ? expectedFound(difference.expected, difference.found) : ''),
      );
    }
    for (const stale of staleFiles) {
      failed = true;
      io.stderr.write(`${t('stale', {file: display(stale)})}\n`);
    }
    if (failed) {
      io.stderr.write(
        `${t('regenerate')} npx ai-policy export ${displayPolicy} --target ${[...(all ? ['all'] : targets), ...documents].join(',')}${values.out ? ` --out ${values.out}` : ''}${values.locale && values.locale !== 'en' ? ` --locale ${values.locale}` : ''}\n`,
      );
      return 1;
    }
    io.stdout.write(`${t('match', {count: checked, policy: displayPolicy})}\n`);
    return 0;
  }

  // Before writing anything: a file where a folder must go (`--out` an existing file, a `.claude` file)
  // would fail half-way, leaving some files written.
  for (const exported of result.files) {
    const blocking = await fileInTheWay(outDir, exported.path);
    if (blocking !== null)
      throw new UsageError(
        blocking === outDir
          ? {id: 'export-out-is-a-file', slots: {out: values.out ?? '.'}}
          : {
              id: 'export-blocked',
              slots: {
                file: display(exported.path),
                blocking: path.relative(io.cwd, blocking) || blocking,
                kind: blocking === path.join(outDir, exported.path) ? 'folder' : 'file',
              },
            },
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
          `${t('not-written', {
            file: display(exported.path),
            problem: placed.problem,
            difference: difference ? 'yes' : 'no',
            line: String(difference?.line ?? 0),
            expected: difference ? shownIn(difference.expected) : '',
            found: difference ? shownIn(difference.found) : '',
          })}\n`,
        );
        continue;
      }
      content = exported.content;
    } else content = placed.content;
    if (existing === content) {
      io.stdout.write(
        `${t('written', {how: 'unchanged', file: display(exported.path), reader: readerOf(exported.target, language)})}\n`,
      );
      continue;
    }
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, content);
    const how = existing === null || content === exported.content ? 'wrote' : 'merged';
    io.stdout.write(
      `${t('written', {how, file: display(exported.path), reader: readerOf(exported.target, language)})}\n`,
    );
  }
  for (const stale of staleFiles) io.stderr.write(`${t('stale-note', {file: display(stale)})}\n`);
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
