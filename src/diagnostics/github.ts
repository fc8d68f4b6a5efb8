import {type Diagnostic, formatPath} from './diagnostic.js';
import {describeDiagnostic, ENGLISH_REPORT_WORDS, type ReportWords} from './text.js';

/**
 * A diagnostic as a GitHub Actions workflow command, `::error file=…,line=…,col=…,title=…::message`, which
 * the pull request's "Files changed" tab shows on the line. The file is as given: relative to the working
 * directory, so run the check from the repository root.
 */
export function formatGithubAnnotation(diagnostic: Diagnostic): string {
  return formatGithubAnnotationIn(diagnostic, ENGLISH_REPORT_WORDS);
}

/** `formatGithubAnnotation` in the words of a report's language. */
export function formatGithubAnnotationIn(diagnostic: Diagnostic, words: ReportWords): string {
  const properties = [
    ['file', diagnostic.file],
    ['line', String(diagnostic.line)],
    ['col', String(diagnostic.column)],
    ['title', `ai-policy ${diagnostic.code}`],
  ]
    .map(([name, value]) => `${name}=${escapeProperty(value!)}`)
    .join(',');
  const field = formatPath(diagnostic.path);
  const message = `${field ? `${field}: ` : ''}${describeDiagnostic(diagnostic, words)}`;
  return `::${diagnostic.severity} ${properties}::${escapeData(message)}`;
}

/** The escaping GitHub's runner undoes in a command's message. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value also ends at `,` and the properties at `:`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
