import {showBidiControls} from '../vocabulary/bidi-controls.js';
import {type Diagnostic, formatPath} from './diagnostic.js';

/**
 * The words a report puts around the problems: English here; the command line passes the words of its
 * `--locale` (`config.yml`). Each problem's own message is said by `message`.
 */
export interface ReportWords {
  /** The report's first line, for `count` problems. */
  heading(count: number): string;
  /** The hint after a message: ` (did you mean "…"?)`, with its leading space. */
  didYouMean(suggestion: string): string;
  message(diagnostic: Pick<Diagnostic, 'message' | 'say'>): string;
}

export const ENGLISH_REPORT_WORDS: ReportWords = {
  heading: (count) => `Invalid AI policy config (${countOf(count, 'problem')}):`,
  didYouMean: (suggestion) => ` (did you mean "${suggestion}"?)`,
  message: (diagnostic) => diagnostic.message,
};

/**
 * A diagnostic as one terminal line, `file:line:column  path  message (did you mean "…"?)`, which
 * terminals and editors turn into a link to the spot.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return formatDiagnosticIn(diagnostic, ENGLISH_REPORT_WORDS);
}

/** `formatDiagnostic` in the words of a report's language (one argument less, so it is never `map`ped by mistake). */
export function formatDiagnosticIn(diagnostic: Diagnostic, words: ReportWords): string {
  const location = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  return `${location}  ${formatPath(diagnostic.path) || '(document)'}  ${describeDiagnostic(diagnostic, words)}`;
}

/** The line with its severity in front and its code behind, as `ai-policy check` lists lint findings. */
export function formatTaggedDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.severity}  ${formatDiagnostic(diagnostic)} [${diagnostic.code}]`;
}

/** What is wrong, with the "did you mean" hint: the words shared by every report and `init`'s prompts. */
export function describeDiagnostic(
  diagnostic: Pick<Diagnostic, 'message' | 'suggestion' | 'say'>,
  words: ReportWords = ENGLISH_REPORT_WORDS,
): string {
  const hint = diagnostic.suggestion === undefined ? '' : words.didYouMean(diagnostic.suggestion);
  // Messages quote the user's values; a bidirectional control among them would reorder the line.
  return showBidiControls(`${words.message(diagnostic)}${hint}`);
}

/** The report of an invalid config: a count, then one indented line per problem. */
export function formatDiagnosticReport(
  diagnostics: readonly Diagnostic[],
  words: ReportWords = ENGLISH_REPORT_WORDS,
): string {
  return [
    words.heading(diagnostics.length),
    ...diagnostics.map((d) => `  ${formatDiagnosticIn(d, words)}`),
  ].join('\n');
}

/** `1 problem`, `2 problems`: the counts the reports print. */
export function countOf(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
