import {logger} from '@docusaurus/logger';
import {locateFindings} from '../diagnostics/findings.js';
import {countOf, formatDiagnostic} from '../diagnostics/text.js';
import type {LoadedPolicy} from '../store/policy-store.js';
import type {LintFinding} from '../vocabulary/lint-finding.js';
import {stackFreeError} from './errors.js';
import type {OnStaleAction} from './options.js';

/**
 * Reports lint findings the Docusaurus way (`[WARNING]` lines through `@docusaurus/logger`) and applies
 * `onStale` to the date-based ones: `warn` reports them, `throw` fails the build, `ignore` drops them.
 * Findings that depend on the config alone (contradictions) are always reported, and fatal only when they
 * are errors: a contradiction is a judgment call for the policy's owner, a link that names a file on the
 * build machine is never published.
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
  const reported = findings.filter(
    (finding) => finding.severity !== 'error' && (!finding.stale || onStale === 'warn'),
  );
  if (reported.length > 0) {
    const lines = locateFindings(policy.locate, displayFile, reported).map(formatDiagnostic);
    logger.warn(`AI policy ${displayFile} has ${countOf(reported.length, 'finding')}:\n${indent(lines)}`);
  }
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const lines = locateFindings(policy.locate, displayFile, errors).map(formatDiagnostic);
    throw stackFreeError(
      `AI policy ${displayFile} is refused (${countOf(errors.length, 'error')}):\n${indent(lines)}`,
    );
  }
  if (onStale === 'throw' && stale.length > 0) {
    const lines = locateFindings(policy.locate, displayFile, stale).map(formatDiagnostic);
    throw stackFreeError(
      `AI policy ${displayFile} is out of date (onStale: "throw"):\n${indent(lines)}\n` +
        'Review the policy and update review.lastReviewed, renew or remove expired exceptions, ' +
        'or set the plugin option onStale to "warn".',
    );
  }
}

function indent(lines: string[]): string {
  return lines.map((line) => `  ${line}`).join('\n');
}
