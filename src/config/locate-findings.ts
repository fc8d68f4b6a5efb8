import {LineCounter, parseDocument} from 'yaml';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import {locatePath} from './locate.js';

/** `tools[1].maxDataClass` → `['tools', 1, 'maxDataClass']`, the shape `locatePath` walks. */
function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return segments;
}

/**
 * Lint findings as `file:line:column  path  message` lines, so terminals and editors can jump to them.
 * The source is parsed again for positions only when there is something to report, which is rare.
 */
export function formatLocatedFindings(
  source: string,
  fileName: string,
  findings: readonly LintFinding[],
): string[] {
  if (findings.length === 0) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter});
  return findings.map((finding) => {
    const {line, column} = locatePath(document, lineCounter, pathSegments(finding.path));
    return `${fileName}:${line}:${column}  ${finding.path}  ${finding.message}`;
  });
}

/** The lines `ai-policy check` prints for lint findings: `warning  file:line:column  path  message [code]`. */
export function findingLines(source: string, fileName: string, findings: readonly LintFinding[]): string[] {
  const located = formatLocatedFindings(source, fileName, findings);
  return findings.map((finding, index) => `${finding.severity}  ${located[index]} [${finding.code}]`);
}
