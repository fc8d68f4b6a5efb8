import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {ConfigProblemCode} from './config-codes.js';

/** Every code a diagnostic can carry: a config problem's, or a lint finding's. */
export type DiagnosticCode = ConfigProblemCode | LintFinding['code'];

/**
 * One problem with a policy file, as data: what `ai-policy check --format json` prints, and what every
 * other report (the terminal, the Docusaurus build, GitHub annotations) is formatted from.
 */
export interface Diagnostic {
  /** Stable kebab-case id of the kind of problem (`unknown-key`, `review-overdue`); see the tables in docs/cli.md and docs/policy.md. */
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  /** Field path, one segment per key or list index: `['tools', 2, 'agreement', 1]`; empty for the file itself. */
  path: DiagnosticPath;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** What is wrong and what was expected. */
  message: string;
  /** The value the user most likely meant, for near-misses. */
  suggestion?: string;
  /**
   * `message` as catalog data, so a report can be said in another language: the id of a message in
   * `messages/<locale>/config.yml` and its slots. Absent where the words are not in the catalog yet (then
   * every language shows `message`).
   */
  say?: DiagnosticMessage;
}

/** A message of the config catalog (`config.<id>`) with its slots; a slot may hold another such message. */
export interface DiagnosticMessage {
  id: string;
  slots?: Readonly<Record<string, DiagnosticSlot>>;
}

export type DiagnosticSlot = string | number | DiagnosticMessage;

export type DiagnosticSeverity = 'error' | 'warning';

export type DiagnosticPath = Array<string | number>;

/** Renders a path as a reader writes it: `tools[1].agreement`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Orders diagnostics as they appear in the file, so a report reads top to bottom. */
export function sortDiagnostics<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  return [...diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column || formatPath(a.path).localeCompare(formatPath(b.path)),
  );
}
