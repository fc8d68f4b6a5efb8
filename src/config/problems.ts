import type {ConfigProblemCode} from '../diagnostics/config-codes.js';
import type {Diagnostic} from '../diagnostics/diagnostic.js';
import {formatDiagnosticReport} from '../diagnostics/text.js';

/** One thing wrong with a policy config, located in its file: always an error, with a config code. */
export interface ConfigProblem extends Diagnostic {
  code: ConfigProblemCode;
  severity: 'error';
}

/**
 * Thrown by loaders for an invalid config. Its message is the full located report, written for the person
 * who edits the file; callers print `message` and exit non-zero, never the stack.
 */
export class PolicyConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatDiagnosticReport(problems));
    this.name = 'PolicyConfigError';
    this.problems = problems;
    // The stack points into this package, which helps nobody fixing their YAML.
    this.stack = this.message;
  }
}
