import type {Diagnostic} from './diagnostic.js';

/**
 * Diagnostics as the JSON array `ai-policy check --format json` prints, for tools: each object has `code`,
 * `severity`, `path` (an array of keys and indexes), `file`, `line`, `column`, `message` and, for
 * near-misses, `suggestion`, always in that order so the output is byte-identical run to run.
 */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  const plain = diagnostics.map(({code, severity, path, file, line, column, message, suggestion}) => ({
    code,
    severity,
    path,
    file,
    line,
    column,
    message,
    ...(suggestion !== undefined && {suggestion}),
  }));
  return JSON.stringify(plain, null, 2);
}
