import type {PolicyLanguage} from '../engine/context.js';
import type {ExportTargetName} from '../engine/enforcement.js';
import type {Ownership} from './merge.js';

/** What the exports need besides the document: where the policy file is, for headers and hooks. */
export interface ExportOptions {
  /** The policy file relative to the repository root (forward slashes), e.g. `ai-policy.yml`. */
  policyFile: string;
  /**
   * The folder the files are written to, relative to the repository root (forward slashes, no trailing
   * slash); empty or absent: the root. Hooks run at the root, so their paths and commands include it.
   */
  outDir?: string;
  /** The `--target` value the hooks' `export --check` repeats (`all`, or a comma-separated list). */
  targets?: string;
  /**
   * The language of the prose files (AGENTS.md, the Copilot instructions, the Cursor rule); absent: English.
   * Every command the files name repeats it as `--locale`, so a check regenerates the same text.
   */
  language?: PolicyLanguage;
}

/**
 * Targets that publish the policy itself to another kind of tool, rendered from the document alone (no
 * enforcement plan): not part of `--target all`, which writes what AI tools and hooks read.
 */
export const DOCUMENT_TARGETS = ['oscal'] as const;
export type DocumentTargetName = (typeof DOCUMENT_TARGETS)[number];

/** One file an export writes, relative to the output directory (the repository root). */
export interface ExportedFile {
  target: ExportTargetName | DocumentTargetName;
  path: string;
  /** The file as written where none exists. */
  content: string;
  /** How it goes into a repository that already has a file there. */
  ownership: Ownership;
}

/** ` --out <dir>` when the files go below the repository root, and ` --locale <l>` when not in English. */
export const outArgument = (options: ExportOptions): string =>
  (options.outDir ? ` --out ${shellWord(options.outDir)}` : '') +
  (options.language && options.language.locale !== 'en'
    ? ` --locale ${shellWord(options.language.locale)}`
    : '');

/** The command the generated hooks run: the CLI as installed in the repository, found by npx, never fetched. */
export const HOOK_COMMAND = 'npx --no -- ai-policy';

/** Config text on one line: a tool name must not start a new line in a file whose lines are rules. */
export function oneLine(text: string): string {
  const isBreak = (char: string) => char < ' ' || char === '\u007f' || char === '\u2028' || char === '\u2029';
  return [...text]
    .map((char) => (isBreak(char) ? ' ' : char))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A word for a shell command line (pre-commit splits `entry` like a POSIX shell). */
export function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The header every generated file starts with, as comment-free lines; each format adds its own marker. */
export function headerLines(target: ExportTargetName, options: ExportOptions, purpose: string): string[] {
  const policy = oneLine(options.policyFile);
  return [
    `Generated from ${policy} by docusaurus-plugin-ai-policy. Do not edit by hand:`,
    `change the policy, then run: npx ai-policy export ${shellWord(policy)} --target ${target}${outArgument(options)}`,
    oneLine(purpose),
  ];
}

/** Splits a long line at spaces so that each piece, with its comment marker, stays readable. */
export function wrap(line: string, width = 100): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      pieces.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  pieces.push(current);
  return pieces;
}

/** `#` comment lines, for the ignore files and YAML. */
export const commentLines = (lines: string[]): string =>
  lines
    .flatMap((line) => wrap(line))
    .map((line) => (line === '' ? '#' : `# ${line}`))
    .join('\n');
