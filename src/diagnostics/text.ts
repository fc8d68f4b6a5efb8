import {showBidiControls} from '../vocabulary/bidi-controls.js';
import {type Diagnostic, formatPath} from './diagnostic.js';

/**
 * A diagnostic as one terminal line, `file:line:column  path  message (did you mean "…"?)`, which
 * terminals and editors turn into a link to the spot.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const location = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  return `${location}  ${formatPath(diagnostic.path) || '(document)'}  ${describeDiagnostic(diagnostic)}`;
}

/** The line with its severity in front and its code behind, as `ai-policy check` lists lint findings. */
export function formatTaggedDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}  ${formatDiagnostic(diagnostic)} [${diagnostic.code}]`;
}

/** What is wrong, with the "did you mean" hint: the words shared by every report and `init`'s prompts. */
export function describeDiagnostic(diagnostic: Pick<Diagnostic, 'message' | 'suggestion'>): string {
  const hint = diagnostic.suggestion === undefined ? '' : ` (did you mean "${diagnostic.suggestion}"?)`;
  // Messages quote the user's values; a bidirectional control among them would reorder the line.
  return showBidiControls(`${diagnostic.message}${hint}`);
}

/** The report of an invalid config: a count, then one indented line per problem. */
export function formatDiagnosticReport(diagnostics: readonly Diagnostic[]): string {
  return [
    `Invalid AI policy config (${countOf(diagnostics.length, 'problem')}):`,
    ...diagnostics.map((d) => `  ${formatDiagnostic(d)}`),
  ].join('\n');
}

/** `1 problem`, `2 problems`: the counts the reports print. */
export function countOf(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
