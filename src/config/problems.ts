import {showBidiControls} from '../vocabulary/bidi-controls.js';

/** One thing wrong with a policy config, located in its file. */
export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Field path as a user reads it: `tools[1].agreement`; empty for the document itself. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The value the user most likely meant, for near-misses. */
  suggestion?: string;
}

export function formatProblem(problem: ConfigProblem): string {
  const location = `${problem.file}:${problem.line}:${problem.column}`;
  return `${location}  ${problem.path || '(document)'}  ${describeProblem(problem)}`;
}

/** What is wrong, with the "did you mean" hint: the words shared by the file report and `init`'s prompts. */
export function describeProblem(problem: Pick<ConfigProblem, 'message' | 'suggestion'>): string {
  const hint = problem.suggestion === undefined ? '' : ` (did you mean "${problem.suggestion}"?)`;
  // Messages quote the user's values; a bidirectional control among them would reorder the terminal line.
  return showBidiControls(`${problem.message}${hint}`);
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Invalid AI policy config (${count}):`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/**
 * Thrown by loaders for an invalid config. Its message is the full located report, written for the person
 * who edits the file; callers print `message` and exit non-zero, never the stack.
 */
export class PolicyConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = 'PolicyConfigError';
    this.problems = problems;
    // The stack points into this package, which helps nobody fixing their YAML.
    this.stack = this.message;
  }
}

/** Orders problems as they appear in the file, so the report reads top to bottom. */
export function sortProblems(problems: ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}

/** Renders a path array as `tools[1].agreement`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}
