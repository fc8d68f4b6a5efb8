import {logger} from '@docusaurus/logger';
import {LineCounter, parseDocument} from 'yaml';
import {locatePath} from '../config/locate.js';
import type {LintFinding} from '../engine/model.js';
import type {LoadedPolicy} from '../policy-store.js';
import {stackFreeError} from './errors.js';
import type {OnStaleAction} from './options.js';

/** `tools[1].maxDataClass` → `['tools', 1, 'maxDataClass']`, the shape `locatePath` walks. */
function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] === undefined ? match[1]! : Number(match[2]));
  }
  return segments;
}

/**
 * Prefixes each finding with `file:line:column` so terminals and editors can jump to it. The file is parsed
 * again for positions only when there is something to report, which is rare.
 */
function locateFindings(policy: LoadedPolicy, displayFile: string, findings: LintFinding[]): string[] {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(policy.source, {lineCounter});
  return findings.map((finding) => {
    const {line, column} = locatePath(yaml, lineCounter, pathSegments(finding.path));
    return `${displayFile}:${line}:${column}  ${finding.path}  ${finding.message}`;
  });
}

/**
 * Reports lint findings the Docusaurus way (`[WARNING]` lines through `@docusaurus/logger`) and applies
 * `onStale` to the date-based ones: `warn` reports them, `throw` fails the build, `ignore` drops them.
 * Findings that depend on the config alone (contradictions) are always reported, never fatal: they are
 * judgment calls for the policy's owner, not broken input.
 */
export function reportFindings({
  policy,
  findings,
  onStale,
  displayFile,
}: {
  policy: LoadedPolicy;
  findings: LintFinding[];
  onStale: OnStaleAction;
  displayFile: string;
}): void {
  const stale = findings.filter((finding) => finding.stale);
  const reported = findings.filter((finding) => !finding.stale || onStale === 'warn');
  if (reported.length > 0) {
    const lines = locateFindings(policy, displayFile, reported);
    logger.warn(`AI policy ${displayFile} has ${plural(reported.length, 'finding')}:\n${indent(lines)}`);
  }
  if (onStale === 'throw' && stale.length > 0) {
    const lines = locateFindings(policy, displayFile, stale);
    throw stackFreeError(
      `AI policy ${displayFile} is out of date (onStale: "throw"):\n${indent(lines)}\n` +
        'Review the policy and update review.lastReviewed, renew or remove expired exceptions, ' +
        'or set the plugin option onStale to "warn".',
    );
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function indent(lines: string[]): string {
  return lines.map((line) => `  ${line}`).join('\n');
}
