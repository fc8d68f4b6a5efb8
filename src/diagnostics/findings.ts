import {LineCounter, parseDocument} from 'yaml';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import type {Diagnostic, DiagnosticPath} from './diagnostic.js';
import {locatePath, type Position} from './locate.js';

/**
 * `tools[1].maxDataClass` → `['tools', 1, 'maxDataClass']`: the inverse of `formatPath` for the paths the
 * engine writes, whose keys are config keys and ids (no `.` or `[` inside a key). A finding's path is the
 * string a reader sees because that string is part of the `.json` download's contract (`PolicyJson`).
 */
export function parsePath(path: string): DiagnosticPath {
  const segments: DiagnosticPath = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return segments;
}

/** Where a config path sits in the policy file (`parsePolicyConfig` keeps one from its own parse). */
export type PathLocator = (path: ReadonlyArray<PropertyKey>) => Position;

/**
 * Lint findings as diagnostics located in the policy file, so terminals, editors and pull requests can
 * jump to them. Given the source rather than a locator, it parses it for positions, and only when there is
 * something to report.
 */
export function locateFindings(
  source: string | PathLocator,
  file: string,
  findings: readonly LintFinding[],
): Diagnostic[] {
  if (findings.length === 0) return [];
  const locate = typeof source === 'string' ? locatorOf(source) : source;
  return findings.map((finding) => {
    const path = parsePath(finding.path);
    const {line, column, file: baseline} = locate(path);
    return {
      code: finding.code,
      severity: finding.severity,
      path,
      file: baseline ?? file,
      line,
      column,
      message: finding.message,
    };
  });
}

function locatorOf(source: string): PathLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter});
  return (path) => locatePath(document, lineCounter, path);
}
